//! Copy of the three labs (leverage, account, margin) in both languages, the figures they
//! start from, and the small formatting they need.
//!
//! Templates mark their slots with `{}`, filled in order by [`fill`]; the words around a number
//! stay with the translator, not with the code.

use super::facts::{fact, Bound, Fact, FactId};
use super::lang::Text;
use crate::model::assets::{Asset, NightMove};
use crate::model::margin::Metal;

// ---------------------------------------------------------------------------------------------
// Figures from the article, as the labs' models take them.
// ---------------------------------------------------------------------------------------------

/// The fact holding a coin's move on the night.
pub fn move_fact(asset: Asset) -> &'static Fact {
    fact(match asset {
        Asset::Btc => FactId::BtcDay,
        Asset::Eth => FactId::EthDay,
        Asset::Xrp => FactId::XrpDay,
        Asset::Sol => FactId::SolDay,
        Asset::Doge => FactId::DogeDay,
    })
}

/// The night's move of a coin. Only bitcoin comes with a quoted price (63,860.8 at 06:30) and a
/// documented low; for the others the reading's move is applied to the reader's entry.
pub fn night_move(asset: Asset) -> NightMove {
    let day = move_fact(asset);
    let btc = asset == Asset::Btc;
    NightMove {
        change: day.value / 100.0,
        at_least: day.bound == Bound::MoreThan,
        quoted_price: btc.then(|| fact(FactId::BtcAt0630).value),
        documented_low: btc.then(|| fact(FactId::BtcIntradayLow).value),
    }
}

/// The dated dollar price a coin's entry starts at: bitcoin's day reference is worked back from
/// the 06:30 reading (`None` here); the others take a price a report gives.
pub fn entry_price_fact(asset: Asset) -> Option<&'static Fact> {
    let id = match asset {
        Asset::Btc => return None,
        Asset::Eth => FactId::EthPrice,
        Asset::Xrp => FactId::XrpPrice,
        Asset::Sol => FactId::SolPrice,
        Asset::Doge => FactId::DogePrice,
    };
    Some(fact(id))
}

/// The entry a coin's lab starts at, in dollars.
pub fn default_entry(asset: Asset) -> f64 {
    entry_price_fact(asset).map_or_else(
        || night_move(asset).reference_price().unwrap_or(1.0),
        |fact| fact.value,
    )
}

/// CME's margin level for a metal in force when the night's fall happened (after the 2 Feb
/// step, before the 6 Feb one), as a fraction of notional.
pub fn prior_margin_rate(metal: Metal) -> f64 {
    let id = match metal {
        Metal::Gold => FactId::CmeGoldMarginPrior,
        Metal::Silver => FactId::CmeSilverMarginPrior,
    };
    fact(id).value / 100.0
}

/// CME's new margin level for a metal, as a fraction of notional.
pub fn new_margin_rate(metal: Metal) -> f64 {
    let id = match metal {
        Metal::Gold => FactId::CmeGoldMargin,
        Metal::Silver => FactId::CmeSilverMargin,
    };
    fact(id).value / 100.0
}

/// The fact holding a metal's spot move on the night.
pub fn metal_move_fact(metal: Metal) -> &'static Fact {
    fact(match metal {
        Metal::Gold => FactId::GoldDay,
        Metal::Silver => FactId::SilverDay,
    })
}

// ---------------------------------------------------------------------------------------------
// The labs' own assumptions, each stated on screen.
// ---------------------------------------------------------------------------------------------

/// The leverage lab's position size in USDT: small enough for every exchange's first tier.
pub const LAB_NOTIONAL: f64 = 10_000.0;
/// The maintenance rate assumed for coins we have no dated tier table for.
pub const ASSUMED_MMR: f64 = 0.005;
/// The guessing game's position: a 20× bitcoin long.
pub const GUESS_LEVERAGE: f64 = 20.0;
/// The range and starting point of the guess slider, in percent.
pub const GUESS_RANGE: (f64, f64) = (0.5, 30.0);
pub const GUESS_START: f64 = 10.0;

// ---------------------------------------------------------------------------------------------
// Shared words.
// ---------------------------------------------------------------------------------------------

pub const LEVERAGE: Text = Text::new("杠杆倍数", "Leverage");
pub const LONG: Text = Text::new("做多", "Long");
pub const SHORT: Text = Text::new("做空", "Short");
pub const BINANCE: Text = Text::new("币安", "Binance");
pub const BYBIT: Text = Text::new("Bybit", "Bybit");
pub const GOLD: Text = Text::new("黄金", "Gold");
pub const SILVER: Text = Text::new("白银", "Silver");
/// Punctuation between run-in labels and listed sources.
/// Goes before a figure derived from a lower bound ("more than 19 %"): it is a bound too.
pub const AT_LEAST: Text = Text::new("至少", "at least ");
pub const COLON: Text = Text::new("：", ": ");
/// The fold over a lab's secondary controls.
pub const MORE_SETTINGS: Text = Text::new("更多设置", "More settings");
pub const LIST_SEPARATOR: Text = Text::new("；", "; ");
pub const FULL_STOP: Text = Text::new("。", ". ");
pub const COMMA: Text = Text::new("，", ", ");

// ---------------------------------------------------------------------------------------------
// Leverage lab.
// ---------------------------------------------------------------------------------------------

pub const LEV_TITLE: Text = Text::new(
    "杠杆实验室：这一夜能扛住几倍杠杆",
    "Leverage lab: how much leverage the night allowed",
);
pub const LEV_INTRO: Text = Text::new(
    "选一个币、一个方向和一个倍数。实验室会算出交易所在哪个价位强平这笔逐仓仓位，再把它放到当晚的真实走势上对照。",
    "Pick a coin, a direction and a multiple. The lab works out the price at which the exchange would force-close this isolated position, then lays that price against what the coin actually did that night.",
);
pub const GUESS_QUESTION: Text = Text::new(
    "先猜一猜：用{}杠杆做多比特币，价格跌多少，这笔仓位就会被清掉？",
    "First, a guess: how far must bitcoin fall to wipe out a {} long?",
);
pub const GUESS_LABEL: Text = Text::new("你猜的跌幅", "Your guess: a fall of");
pub const GUESS_REVEAL: Text = Text::new("看答案", "Show the answer");
pub const GUESS_ANSWER: Text = Text::new(
    "你猜的是下跌{}。答案：只要下跌{}，仓位就会在{}被强平。{}杠杆的保证金只有仓位的{}，而交易所不会等它全部亏光才出手。",
    "You guessed a fall of {}. The answer: {} is enough, and the position is liquidated at {}. At {} the margin is only {} of the position, and the exchange steps in before all of it is gone.",
);
pub const GUESS_MARK: Text = Text::new("你的猜测", "Your guess");
pub const ANSWER_MARK: Text = Text::new("答案", "Answer");
pub const GUESS_SUMMARY: Text = Text::new(
    "跌幅轴：你的猜测{}，答案{}。",
    "Fall axis: your guess {}, the answer {}.",
);
pub const ASSET_LEGEND: Text = Text::new("币种", "Coin");
pub const SIDE_LEGEND: Text = Text::new("方向", "Direction");
pub const VENUE_LEGEND: Text = Text::new("按哪家交易所的公式", "Whose formula");
pub const ENTRY_USD: Text = Text::new("开仓价（美元）", "Entry price (USD)");
pub const ENTRY_HINT_USD: Text = Text::new(
    "默认是当日参考价{}：由{}的报价和当日{}倒推而来。当晚低点{}出自其他报道，见“更正与澄清”。",
    "Starts at the day's reference price, {}, worked back from the quote of {} and the day's move of {}. The night's low, {}, is from a report listed under Corrections and clarifications.",
);
pub const ENTRY_HINT_PRICED: Text = Text::new(
    "默认取当天报道的价格{0}，时间为{1}（出处见“更正与澄清”）。原文只给出{2}当晚{3}，没有价格，所以实验室把这个跌幅套在你的开仓价上，当作开仓时正是当晚起点。",
    "Starts at {0}, a price reported for {1} (sources under Corrections and clarifications). The article gives only {2}'s move that night ({3}), not a price, so the lab applies that move to your entry, as if you opened when the night began.",
);
pub const MMR_LABEL: Text = Text::new("维持保证金率", "Maintenance margin rate");
pub const MMR_HINT_TABLE: Text = Text::new(
    "取自{}档位表中小仓位所在的第{}档。拖动滑块可改用自己的维持保证金率（那时不再扣除维持保证金速算额）。",
    "From tier {1} of {0}'s table, where a small position sits. Move the slider to use your own rate instead (with no maintenance amount).",
);
pub const MMR_HINT_ASSUMED: Text = Text::new(
    "我们没有找到这个币带日期的档位表，默认假定首档维持保证金率为{}，你可以自行调整。",
    "We found no dated tier table for this coin, so the default is an assumed first-tier rate of {}; set your own.",
);
pub const MMR_HINT_OWN: Text = Text::new(
    "你设定的维持保证金率，不扣除维持保证金速算额。",
    "Your own rate, with no maintenance amount.",
);
pub const MMR_RESET: Text = Text::new("恢复默认维持保证金率", "Back to the default rate");
pub const POSITION_NOTE: Text = Text::new(
    "仓位按{}名义价值计算，属于小仓位。",
    "The position is taken as {} of notional value: a small one.",
);
pub const OUT_LIQ_PRICE: Text = Text::new("强平价", "Liquidation price");
pub const OUT_DISTANCE: Text = Text::new("距开仓价", "Distance from entry");
pub const OUT_VERDICT: Text = Text::new("这一夜", "On the night");
pub const OUT_FATAL: Text = Text::new("爆仓临界杠杆", "Fatal leverage");
pub const NO_LIQUIDATION: Text = Text::new(
    "无（价格跌到零也不会强平）",
    "none (not even a fall to zero liquidates it)",
);
/// The same on the price axis, where a long label would run off a phone screen.
pub const NO_LIQUIDATION_SHORT: Text = Text::new("无", "none");
pub const VERDICT_LIQUIDATED: Text = Text::new("爆仓", "Liquidated");
pub const VERDICT_SURVIVED: Text = Text::new("扛住了", "Survived");
pub const VERDICT_SURVIVED_STATED: Text = Text::new(
    "扛住了文章写出的跌幅，但实际跌得更深，结果未知",
    "Survived the stated fall, but the real fall was deeper: unknown",
);
pub const VERDICT_DEPENDS: Text = Text::new("取决于开仓时间", "Depends on when you opened it");
pub const DEPENDS_NOTE: Text = Text::new(
    "开仓价低于当晚起点：高于开仓价的已知价格都出现在开仓之前，而开仓之后价格有没有反弹到强平价，现有记录说不清。",
    "The entry is below the price the night began at: every known price above it came before such a short was opened, and whether the price climbed back to the trigger afterwards, no record says.",
);
pub const VERDICT_NO_ROOM: Text = Text::new(
    "开仓即爆：维持保证金已超过本金",
    "Liquidated at once: maintenance exceeds the margin",
);
pub const FATAL_ABOVE: Text = Text::new(
    "高于{}的杠杆，都扛不过当晚的低点。",
    "Any leverage above {} did not survive the night's low.",
);
pub const FATAL_ABOVE_BOUND: Text = Text::new(
    "按文章写出的跌幅，高于{}就会爆仓；实际跌得更深，真实门槛只会更低。",
    "On the stated fall, anything above {} was liquidated; the real fall was deeper, so the true threshold is lower.",
);
pub const FATAL_ALWAYS: Text = Text::new("连{}都没能扛住。", "Even {} did not survive.");
pub const FATAL_NONE: Text = Text::new(
    "在{}以内，没有哪个倍数会被当晚已知的价格打爆。",
    "No leverage up to {} is liquidated by the prices we know for the night.",
);
pub const SHORT_NOTE: Text = Text::new(
    "没有报道给出高于当日起点的盘中高点，空单只能对照已知的价格来判断。",
    "No report gives an intraday high above the day's starting price, so a short is judged only against the prices we know.",
);
pub const COMPARE: Text = Text::new(
    "换用{}的公式：强平价{}，相差{}（开仓价的{}）。",
    "Under {}'s formula: liquidation at {}, a difference of {} ({} of entry).",
);
pub const COMPARE_WHY: Text = Text::new(
    "差别来自两处：币安按强平价计算维持保证金，Bybit 按开仓价计算；两家首档的维持保证金率也不一样。",
    "Two things differ: Binance values the maintenance margin at the liquidation price and Bybit at the entry price, and their first-tier rates are not the same.",
);
pub const COMPARE_WHY_SAME_RATE: Text = Text::new(
    "两边用的是同一个维持保证金率，差别只来自计算基准：币安按强平价计算维持保证金，Bybit 按开仓价计算。",
    "Both use the same rate here, so the gap comes only from the basis: Binance values the maintenance margin at the liquidation price, Bybit at the entry price.",
);
pub const LIMIT_NOTE: Text = Text::new(
    "{0}不会按{1}开这笔仓：这个规模的仓位，它的档位表最高只给{2}。下面的结果按交易所允许的{2}计算。",
    "{0} would not open this position at {1}: for a position this size its table allows at most {2}. The results below use the {2} the exchange would give.",
);
pub const TRIGGER_NOTE: Text = Text::new(
    "触及强平价（按标记价格）时，交易所接管并平掉仓位，必要时按破产价成交；剩下的保证金通常归入风险保障基金，逐仓仓位的本金拿不回来。",
    "When the mark price reaches the trigger, the exchange takes the position over and closes it, at the bankruptcy price if need be; what is left of the margin normally goes to its insurance fund, so an isolated position returns nothing.",
);
pub const LEFT_OUT: Text = Text::new(
    "未计入：手续费、资金费率和强平清算费。它们会让真实的强平价略有出入。",
    "Left out: trading fees, funding payments and liquidation fees, all of which shift a real liquidation price a little.",
);
pub const FORMULAS_LABEL: Text = Text::new("公式", "Formulas");
pub const TIERS_LABEL: Text = Text::new("档位表", "Tier table");
pub const TIER_HEAD_NOTIONAL: Text = Text::new("仓位名义价值（USDT）", "Notional (USDT)");
pub const TIER_HEAD_MAX: Text = Text::new("最高杠杆", "Max leverage");
pub const TIER_HEAD_MMR: Text = Text::new("维持保证金率", "Maintenance margin rate");
pub const TIER_HEAD_CUM: Text = Text::new("速算额（USDT）", "Maintenance amount (USDT)");
pub const TIER_IN_USE: Text = Text::new("（本仓位）", " (this position)");
pub const CHART_ENTRY: Text = Text::new("开仓", "Entry");
pub const CHART_LIQ: Text = Text::new("强平", "Liquidation");
pub const CHART_LOW: Text = Text::new("当晚低点", "Night's low");
pub const CHART_LOW_BOUND: Text = Text::new("至少跌到", "At least as low as");
pub const CHART_REFERENCE: Text = Text::new("参考价", "Reference");
pub const CHART_SUMMARY: Text = Text::new(
    "价格轴：开仓{}，强平{}，当晚低点{}，参考价{}。",
    "Price axis: entry {}, liquidation {}, night's low {}, reference {}.",
);

// ---------------------------------------------------------------------------------------------
// Account lab.
// ---------------------------------------------------------------------------------------------

pub const ACCOUNT_TITLE: Text = Text::new("被清空的账户", "The wiped-out account");
pub const ACCOUNT_INTRO: Text = Text::new(
    "那张被广泛转发的截图里，账户余额从{}跌到了{}。下面只是算术：假设全部余额都压在一笔逐仓多单上，标的要跌多少才会亏成这样，交易所又会在哪里先行强平。这不是那位交易者的真实操作。",
    "In the screenshot that went round, a balance fell from {} to {}. What follows is arithmetic only: if the whole balance backed one isolated long, how far would the underlying have to fall to lose that much, and where would the exchange have liquidated first? It is not a record of that trader's actual trades.",
);
pub const ACCOUNT_OUT_MOVE: Text = Text::new("亏到不足{}所需的跌幅", "Fall needed to end below {}");
pub const ACCOUNT_OUT_LIQ_MOVE: Text =
    Text::new("触发强平的跌幅", "Fall that triggers liquidation");
pub const ACCOUNT_OUT_EQUITY: Text =
    Text::new("触发强平时的仓位权益", "Equity when liquidation triggers");
pub const ACCOUNT_OUT_BACK: Text = Text::new("强平后拿回", "Returned after liquidation");
pub const ACCOUNT_REFUSED: Text = Text::new(
    "币安不会开这笔仓：{0}全部按{1}加杠杆，这个规模的仓位最高只给{2}。整笔余额最多只能用到{3}；要用{1}，仓位不能超过{4}。下面按{3}计算。",
    "Binance would not open this: the whole {0} at {1} is a position whose tier allows at most {2}. The most the whole balance can carry is {3}; at {1} the largest position it opens is {4}. The figures below use {3}.",
);
pub const ACCOUNT_LIQUIDATED_FIRST: Text = Text::new(
    "强平先到：标的跌{}时交易所接管仓位，此时仓位权益还有约{}，即那个价位上的维持保证金。这笔钱不会退回：仓位被平掉（必要时按破产价），剩下的保证金通常归入风险保障基金，全部余额做逐仓保证金的账户会一无所剩。",
    "Liquidation comes first: after a {} fall the exchange takes the position over while its equity is still about {}, the maintenance margin at that price. That money is not returned: the position is closed, at the bankruptcy price if need be, and what is left of the margin normally goes to the insurance fund, so an account that put its whole balance up as isolated margin is left with nothing.",
);
pub const ACCOUNT_LOSS_FIRST: Text = Text::new(
    "在这个杠杆下，亏损先到：标的跌{}时余额就已不足{}，而强平线要跌到{}才会触发。",
    "At this leverage the loss comes first: a {} fall already leaves less than {}, while liquidation would need a {} fall.",
);
pub const ACCOUNT_BTC_SCALE: Text = Text::new(
    "作为参照：比特币当晚跌了{}。单凭这一跌幅亏掉这么多，大约需要{}的杠杆。",
    "For scale: bitcoin fell {} that night. That fall alone loses this much at about {}.",
);
pub const ACCOUNT_ASSUMPTIONS: Text = Text::new(
    "假设：一笔多单，全部余额作为逐仓保证金，维持保证金按币安 BTCUSDT 档位表（{}）计算；不计手续费和资金费率。",
    "Assumptions: one long position, the whole balance as its isolated margin, maintenance margin from Binance's BTCUSDT tier table ({}); fees and funding left out.",
);

// ---------------------------------------------------------------------------------------------
// Margin lab.
// ---------------------------------------------------------------------------------------------

pub const MARGIN_TITLE: Text = Text::new(
    "保证金实验室：交易所提高门槛之后",
    "Margin lab: when the exchange raises the bar",
);
pub const MARGIN_INTRO: Text = Text::new(
    "芝商所把黄金期货保证金从名义价值的{0}提高到{1}，白银从{2}提高到{3}，{4}生效（普通账户）。一周之内这已是第二步：美东时间2月2日收盘后，黄金刚从{5}调到{0}，白银从{6}调到{2}。自1月13日起，芝商所按合约价值的百分比设定金银保证金。",
    "CME raised gold futures margin from {0} to {1} of notional value and silver from {2} to {3}, effective {4} (standard accounts). It was the second step in a week: after the close on Monday 2 Feb gold had gone from {5} to {0} and silver from {6} to {2}. Since 13 January CME has set these margins as a share of contract value.",
);
pub const MARGIN_EXPLAINER: Text = Text::new(
    "初始保证金是开仓时必须存入的钱，维持保证金是持仓期间账户不能跌破的底线。跌破底线就会收到追保通知：要么补钱，要么减仓，否则会被强平。",
    "Initial margin is the deposit needed to open a position; maintenance margin is the floor the account must stay above while the position is held. Fall below it and a margin call follows: add cash or cut the position, or the broker cuts it for you.",
);
pub const METAL_LEGEND: Text = Text::new("品种", "Metal");
pub const MARGIN_OLD_LABEL: Text = Text::new("原保证金比例", "Old margin level");
pub const MARGIN_OLD_HINT: Text = Text::new(
    "起点是2月6日上调前芝商所实际执行的{}（路透社）；可以改成你自己的假设。",
    "Starts at the {} CME actually charged before the 6 Feb step (Reuters); set your own to explore.",
);
pub const MARGIN_NOTIONAL_LABEL: Text =
    Text::new("仓位名义价值（美元）", "Position notional (USD)");
pub const MARGIN_POSTED: Text = Text::new(
    "已存保证金{}，新要求{}。",
    "Margin posted {}; now required {}.",
);
pub const MARGIN_OUT_EXTRA: Text = Text::new(
    "保住整个仓位需补交",
    "Extra cash to keep the whole position",
);
pub const MARGIN_OUT_CUT: Text = Text::new(
    "不补钱则需卖出仓位的",
    "Or, with no extra cash, share of the position to sell",
);
pub const MARGIN_OUT_LOSS: Text = Text::new(
    "当晚跌幅吃掉的保证金（按当时执行的比例）",
    "Night's loss as a share of margin, at the level then in force",
);
pub const MARGIN_NO_CALL: Text = Text::new(
    "原比例不低于新比例，无需追加。",
    "The old level is at or above the new one: no call.",
);
pub const MARGIN_LOSS_OVER: Text = Text::new(
    "{0}当晚跌幅{1}，当时执行的保证金比例是{2}：亏损{3}是保证金的{4}，押进去的钱全部赔光还不够。",
    "{0} fell {1} that night, while the margin in force was {2}: the loss is {3}{4} of what was posted, more than all of it.",
);
pub const MARGIN_LOSS_UNDER: Text = Text::new(
    "{0}当晚跌幅{1}，当时执行的保证金比例是{2}：亏损{3}是保证金的{4}。",
    "{0} fell {1} that night, while the margin in force was {2}: the loss is {3}{4} of what was posted.",
);
pub const MARGIN_LOSS_NEW: Text = Text::new(
    "按新的{0}，同样的跌幅{1}相当于保证金的{2}；{0}的保证金相当于{3}的杠杆。",
    "At the new {0}, the same fall would be {1}{2} of the margin; a margin of {0} is leverage of {3}.",
);
pub const MARGIN_ASSUMPTIONS: Text = Text::new(
    "按多头计算，保证金按当前名义价值计，不计手续费。比例为普通账户（非高风险账户）的初始与维持保证金；高风险账户的初始保证金是维持保证金的110%，2月2日后黄金为{0}、白银为{1}。不同合约月份不作区分。",
    "Worked for a long position at its current notional, fees left out. Levels are standard (non-HRP) accounts' initial and maintenance margins; heightened-risk accounts post 110% of maintenance as initial margin, {0} for gold and {1} for silver after 2 Feb. Contract months are not told apart.",
);

// ---------------------------------------------------------------------------------------------
// Filling, and the few formats `content::format` leaves to the labs.
// ---------------------------------------------------------------------------------------------

/// Fills `{}` slots in order; `{0}`, `{1}`… pick an argument by position, so a translation
/// may reorder them. Missing arguments leave the slot empty.
pub fn fill(template: &str, args: &[&str]) -> String {
    let mut out =
        String::with_capacity(template.len() + args.iter().map(|a| a.len()).sum::<usize>());
    let mut next = 0;
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        match after.find('}') {
            Some(close) if after[..close].chars().all(|c| c.is_ascii_digit()) => {
                let index = if close == 0 {
                    next += 1;
                    next - 1
                } else {
                    after[..close].parse().unwrap_or(usize::MAX)
                };
                out.push_str(args.get(index).copied().unwrap_or(""));
                rest = &after[close + 1..];
            }
            _ => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fill_in_order_and_by_position() {
        assert_eq!(fill("{} of {}", &["a", "b"]), "a of b");
        assert_eq!(
            fill("tier {1} of {0}", &["Binance", "1"]),
            "tier 1 of Binance"
        );
        assert_eq!(fill("{} {} {}", &["x"]), "x  ");
        assert_eq!(fill("{x} {", &["a"]), "{x} {");
        assert_eq!(fill("{99}", &["a"]), "");
    }

    #[test]
    fn every_template_has_matching_slots_in_both_languages() {
        fn slots(text: &str) -> usize {
            text.matches('{').count()
        }
        for text in [
            GUESS_QUESTION,
            GUESS_ANSWER,
            GUESS_SUMMARY,
            ENTRY_HINT_USD,
            ENTRY_HINT_PRICED,
            MMR_HINT_TABLE,
            MMR_HINT_ASSUMED,
            POSITION_NOTE,
            FATAL_ABOVE,
            FATAL_ABOVE_BOUND,
            FATAL_ALWAYS,
            FATAL_NONE,
            COMPARE,
            LIMIT_NOTE,
            ACCOUNT_REFUSED,
            CHART_SUMMARY,
            ACCOUNT_INTRO,
            ACCOUNT_OUT_MOVE,
            ACCOUNT_LIQUIDATED_FIRST,
            ACCOUNT_LOSS_FIRST,
            ACCOUNT_BTC_SCALE,
            ACCOUNT_ASSUMPTIONS,
            MARGIN_INTRO,
            MARGIN_POSTED,
            MARGIN_LOSS_OVER,
            MARGIN_LOSS_UNDER,
            MARGIN_LOSS_NEW,
            MARGIN_ASSUMPTIONS,
        ] {
            assert_eq!(slots(text.zh), slots(text.en), "{text:?}");
            assert!(slots(text.en) > 0, "{text:?}");
        }
    }

    #[test]
    fn the_records_give_every_coin_a_dollar_entry_and_bitcoin_its_low() {
        let reference = night_move(Asset::Btc).reference_price().unwrap();
        assert!((reference - 73_243.26).abs() < 0.01);
        assert_eq!(default_entry(Asset::Btc), reference);
        assert_eq!(night_move(Asset::Btc).documented_low, Some(60_033.0));
        for asset in Asset::ALL {
            assert!(night_move(asset).change < 0.0);
            assert_eq!(
                night_move(asset).quoted_price.is_some(),
                asset == Asset::Btc
            );
            assert!(default_entry(asset) > 0.0);
            // Every non-bitcoin entry is a dated report's price.
            if let Some(fact) = entry_price_fact(asset) {
                let record = crate::content::facts::Ref::Fact(fact.id);
                assert!(
                    crate::content::documents::document_for(record).is_some(),
                    "{asset:?}"
                );
            }
        }
        assert!(!night_move(Asset::Eth).at_least && night_move(Asset::Xrp).at_least);
        assert_eq!(new_margin_rate(Metal::Gold), 0.09);
        assert_eq!(new_margin_rate(Metal::Silver), 0.18);
        assert_eq!(prior_margin_rate(Metal::Gold), 0.08);
        assert_eq!(prior_margin_rate(Metal::Silver), 0.15);
    }
}
