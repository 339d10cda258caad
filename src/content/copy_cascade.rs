//! Every word of the cascade lab, in both languages. Templates use `{0}`, `{1}` slots filled by
//! [`super::copy_labs::fill`]; figures come from `facts.rs`, model values from the model.

use super::Text;

// ---- Heading and framing -------------------------------------------------------------------

pub const KICKER: Text = Text::new("连环强平实验室", "Cascade lab");
pub const TITLE: Text = Text::new(
    "一次下跌，怎样滚成一场雪崩",
    "How one drop snowballs into an avalanche",
);
pub const INTRO: [Text; 2] = [
    Text::new(
        "强制平仓很少单独发生。一笔多头仓位被强平，交易所就得替它在市场上卖出；这笔卖单把价格再压低一点，又把下一批仓位推过它们的强平线。",
        "A forced liquidation rarely happens alone. When a long position is closed out, the exchange has to sell on its behalf; that sale pushes the price a little lower, which carries the next batch of positions past their liquidation prices.",
    ),
    Text::new(
        "这个实验室用一群虚构的交易者把这条链条演示出来：你决定这群人用多大杠杆、何时建仓、多头占多少，再给价格初始冲击；模型逐轮结算强平，直到价格不再触发新的强平，或到达轮数上限。",
        "This lab plays the chain out on an invented crowd of traders. You decide how much leverage they use, when they opened their positions and how many are long, then give the price its first push; the model settles liquidations round by round until the price stops triggering new ones or the round limit is reached.",
    ),
];
pub const MODEL_BADGE: Text = Text::new("模型", "Model");
pub const MODEL_NOTE: Text = Text::new(
    "下面所有结果都来自模拟的仓位群体，不是那一夜任何交易所的真实持仓。",
    "Every result below comes from a simulated crowd of positions, not from any exchange's real book that night.",
);

// ---- Controls ------------------------------------------------------------------------------

pub const CONTROLS_CROWD: Text = Text::new("这群交易者", "The crowd");
pub const CONTROLS_MARKET: Text = Text::new("冲击与市场", "The shock and the market");

pub const N_LABEL: Text = Text::new("模拟仓位数", "Positions simulated");
pub const N_HINT: Text = Text::new(
    "每个仓位代表一名交易者。",
    "Each position stands for one trader.",
);
pub const SHOCK_LABEL: Text = Text::new("初始冲击", "First shock");
pub const SHOCK_HINT: Text = Text::new(
    "强平开始前价格先变动多少。下跌只会强平多头，上涨只会强平空头。",
    "How far the price moves before any liquidation. A fall can only liquidate longs; a rise, only shorts.",
);
pub const DEPTH_LABEL: Text = Text::new("市场深度", "How far forced selling moves the price");
pub const DEPTH_HINT: Text = Text::new(
    "每10亿美元强平单把价格推动的幅度。数值越大，市场深度越浅，同样的强平推得越远。",
    "Percent the price moves per $1 billion of forced orders. Higher means a thinner market, where the same liquidations push further.",
);
pub const DEPTH_UNIT: Text = Text::new("每10亿美元卖单推动{0}", "{0} per $1bn sold");
pub const LONG_SHARE_LABEL: Text = Text::new("多头占比", "Share of longs");
pub const LEV_MED_LABEL: Text = Text::new("典型杠杆（中位数）", "Typical leverage (median)");
pub const LEV_SPREAD_LABEL: Text = Text::new("杠杆高低的分散程度", "How widely leverage varies");
pub const LEV_SPREAD_HINT: Text = Text::new(
    "杠杆的对数标准差。为0时人人同一杠杆；越大，极高和极低杠杆的人越多。",
    "Standard deviation of log leverage. At 0 everyone uses the same leverage; higher puts more traders at the extremes.",
);
pub const AGE_LABEL: Text = Text::new("建仓时间跨度", "Positions opened over the past");
pub const AGE_UNIT: Text = Text::new("{0}天", "{0} days");
pub const AGE_HINT: Text = Text::new(
    "跨度越长，开仓价离现价越分散：有人早已浮盈，有人离强平只差一步。",
    "The longer the span, the more entry prices scatter around today's: some traders sit on profits, others are one step from liquidation.",
);
pub const SIZE_LABEL: Text = Text::new("典型仓位规模（中位数）", "Typical position size (median)");
pub const ROUNDS_LABEL: Text = Text::new("最多结算几轮", "Round limit");
pub const SEED_LABEL: Text = Text::new("随机种子", "Random seed");
pub const SEED_HINT: Text = Text::new(
    "同一组设置加同一个种子，永远得到同一群人；换个种子看看抽样运气有多大影响。",
    "The same settings and seed always give the same crowd; change the seed to see how much is luck of the draw.",
);
pub const NEW_SEED: Text = Text::new("换一群人", "Draw a new crowd");
pub const RESET: Text = Text::new("恢复默认", "Reset");

// ---- Outputs -------------------------------------------------------------------------------

pub const OUTPUTS: Text = Text::new("模型结果", "What the model gives");
pub const OUT_COUNT: Text = Text::new("被强平的仓位", "Positions liquidated");
pub const OUT_NOTIONAL: Text = Text::new("强平金额", "Forced orders");
pub const OUT_MOVE: Text = Text::new("最终价格变动", "Final price move");
pub const OUT_SHARE: Text = Text::new("占全部仓位的{0}", "{0} of all positions");
pub const OUT_ROUNDS: Text = Text::new("共{0}强平", "{0} of liquidation");
/// A number of rounds, for `{0}` slots above and below: one round, or several.
pub const ROUNDS_ONE: Text = Text::new("1轮", "1 round");
pub const ROUNDS_MANY: Text = Text::new("{0}轮", "{0} rounds");
pub const STOP_SETTLED: Text = Text::new(
    "价格不再触发新的强平，连锁停止。",
    "The chain stopped: the price triggered no new liquidation.",
);
pub const STOP_ROUND_LIMIT: Text = Text::new(
    "到达轮数上限时仍有{0}个仓位已被价格越过、尚未结算。",
    "The round limit was hit with {0} positions already crossed by the price and not yet settled.",
);
pub const STOP_PRICE_LIMIT: Text = Text::new(
    "价格到了模型追踪的极限，模拟就此停下。",
    "The price reached the edge of what the model follows, and the run stops there.",
);
pub const NO_LIQUIDATION: Text = Text::new(
    "这一下冲击没有越过任何强平价。",
    "This shock crossed no liquidation price.",
);

pub const REPORTED: Text = Text::new("当晚报道的数字", "What was reported that night");
/// Shown while a changed crowd is drawn: the results come from its first {0} positions, and
/// update by themselves a moment later.
pub const PREVIEW_NOTE: Text = Text::new(
    "预览：按前{0}个仓位估算",
    "Preview from the first {0} positions",
);

pub const REPORTED_NOTE: Text = Text::new(
    "人数与金额为CoinGlass统计的24小时全市场数据；跌幅为比特币北京时间06:30的日内跌幅。模型只模拟一个市场里的一群仓位，两者不是一回事，放在一起只为比较量级。",
    "Traders and amount are CoinGlass's 24-hour figures for the whole market; the move is bitcoin's fall on the day at 06:30 Beijing time. The model simulates one crowd in one market, so this is a comparison of scale, not a like-for-like check.",
);
pub const MODEL_COLUMN: Text = Text::new("模型", "Model");
pub const REPORTED_COLUMN: Text = Text::new("报道", "Reported");

// ---- Calibration and sensitivity ------------------------------------------------------------

pub const CALIBRATE: Text = Text::new(
    "校准：找出让最终跌幅等于报道跌幅的市场深度",
    "Calibrate: find the depth that ends at the reported fall",
);
pub const CALIBRATED: Text = Text::new(
    "市场深度设为{0}时，模型的最终变动是{1}。",
    "With the depth at {0}, the model ends at {1}.",
);
pub const CALIBRATION_JUMP: Text = Text::new(
    "连锁在这里是跳跃的：深度再薄一点点，终点就从{0}跳到{1}，中间没有落点。已选更接近的一侧。",
    "The chain jumps here: a hair thinner and the end leaps from {0} to {1}, with nothing in between. The nearer side was chosen.",
);
pub const CALIBRATION_BEYOND: Text = Text::new(
    "初始冲击本身已超过目标跌幅，任何深度都无法让终点更浅。请把冲击调小。",
    "The first shock alone already goes past the target, so no depth can end shallower. Make the shock smaller.",
);
pub const CALIBRATION_UNREACHABLE: Text = Text::new(
    "即便市场薄到刻度的尽头，这群仓位的强平也推不到目标跌幅（最多到{0}）。试试更多仓位、更高杠杆或更大的仓位规模。",
    "Even with the thinnest market on the scale, this crowd's liquidations cannot push the price to the target (it reaches {0}). Try more positions, higher leverage or bigger positions.",
);
pub const CALIBRATION_DIRECTION: Text = Text::new(
    "目标是下跌，请先把初始冲击设为下跌。",
    "The target is a fall: set the first shock to a fall first.",
);
pub const DEPTH_NOT_PINNED: Text = Text::new(
    "校准并不能确定真实的市场深度：换一个冲击幅度或换一群交易者，用别的深度同样能跌到{0}。这只是一组彼此自洽的假设，不是测量结果。",
    "Calibration does not pin the depth down: a different shock or a different crowd reaches the same {0} with a different depth. This is one consistent set of assumptions, not a measurement.",
);
pub const PINNED_INSIGHT: Text = Text::new(
    "一旦终点被钉在{0}，谁被强平就与冲击大小、市场深度无关了：所有强平价高于{1}的多头都会出局。能改变这个人数的，只有对这群人本身的假设。",
    "Once the end is pinned at {0}, who gets liquidated no longer depends on the shock or the depth: every long with a liquidation price above {1} is out. Only assumptions about the crowd itself can change that count.",
);

pub const SENSITIVITY_NEAR: Text = Text::new("结果对设置有多敏感", "How sensitive the result is");
pub const SENSITIVITY_NEAR_NOTE: Text = Text::new(
    "同一群人，只动冲击或深度：",
    "Same crowd, only the shock or the depth changed:",
);
pub const NEAR_CURRENT: Text = Text::new("当前设置", "As set");
pub const NEAR_SHOCK_LESS: Text = Text::new("冲击小1个百分点", "Shock 1 point smaller");
pub const NEAR_SHOCK_MORE: Text = Text::new("冲击大1个百分点", "Shock 1 point bigger");
pub const NEAR_DEPTH_THICKER: Text = Text::new("市场厚20%", "Market 20% deeper");
pub const NEAR_DEPTH_THINNER: Text = Text::new("市场薄20%", "Market 20% thinner");

pub const SENSITIVITY_CROWD: Text = Text::new(
    "换一种假设，再校准一次",
    "Change one assumption, calibrate again",
);
pub const SENSITIVITY_CROWD_NOTE: Text = Text::new(
    "每一行只改一项关于人群的假设，重新找出复现报道跌幅所需的市场深度。",
    "Each row changes one assumption about the crowd and finds again the depth needed to reproduce the reported fall.",
);
pub const SENSITIVITY_SAMPLE: Text = Text::new(
    "为保持流畅，这张表用前{0}个仓位估算，再按比例放大。",
    "To stay quick, this table uses the first {0} positions and scales up.",
);
pub const SENSITIVITY_PENDING: Text = Text::new(
    "点击校准后，这里会列出各种假设下的结果。",
    "Calibrate to fill this table.",
);
pub const VARIATION_AS_SET: Text = Text::new("当前假设", "As set");
pub const VARIATION_LEV_LOWER: Text = Text::new("杠杆低三分之一", "Leverage a third lower");
pub const VARIATION_LEV_HIGHER: Text = Text::new("杠杆高一半", "Leverage half as high again");
pub const VARIATION_FEWER_LONGS: Text = Text::new("多头少15个百分点", "15 points fewer longs");
pub const VARIATION_MORE_LONGS: Text = Text::new("多头多15个百分点", "15 points more longs");
pub const VARIATION_NEWER: Text = Text::new(
    "建仓跨度缩短为三分之一",
    "Positions opened over a third of the span",
);
pub const VARIATION_OLDER: Text = Text::new(
    "建仓跨度拉长为三倍",
    "Positions opened over three times the span",
);
pub const VARIATION_SEED: Text = Text::new("换一个随机种子", "Another random seed");
pub const COL_CASE: Text = Text::new("情形", "Case");
pub const COL_DEPTH: Text = Text::new("所需深度", "Depth needed");
pub const COL_COUNT: Text = Text::new("强平仓位", "Liquidated");
pub const COL_NOTIONAL: Text = Text::new("强平金额", "Forced orders");
pub const COL_MOVE: Text = Text::new("最终变动", "Final move");
pub const NOT_REACHED: Text = Text::new("无法复现", "cannot reach");
/// A depth at which the chain jumps past the target rather than landing on it.
pub const JUMPS_PAST: Text = Text::new("{0}（会跳过目标）", "{0} (jumps past the target)");

// ---- Chart ---------------------------------------------------------------------------------

pub const MAP_TITLE: Text = Text::new(
    "强平地图：价格一路穿过强平价",
    "Liquidation map: the price walks through the liquidation levels",
);
pub const MAP_DESC: Text = Text::new(
    "横条表示各价位上有多少强平金额（左为多头、在起始价以下；右为空头、在起始价以上），颜色越深金额越大。折线是逐轮的价格：每越过一档，那一档的仓位就被强平，它们的卖单又把价格推向下一档。",
    "Each band shows how much would be liquidated at that price (longs below the starting price, shorts above), darker for more. The line is the price round by round: each band it crosses is liquidated, and that selling pushes the price on to the next.",
);
pub const MAP_SUMMARY: Text = Text::new(
    "价格从{0}出发，经过{1}强平到达{2}。",
    "The price starts at {0} and reaches {2} after {1} of liquidation.",
);
pub const MAP_SUMMARY_NONE: Text = Text::new(
    "价格从{0}出发，冲击把它推到{1}，没有越过任何强平价。",
    "The price starts at {0} and the shock takes it to {1}, past no liquidation price.",
);
pub const AXIS_PRICE: Text = Text::new(
    "比特币价格（按起始价换算）",
    "Bitcoin price (scaled from the start)",
);
pub const AXIS_ROUND: Text = Text::new("轮次", "Round");
pub const LEGEND_LONGS: Text = Text::new("多头强平价", "Long liquidation levels");
pub const LEGEND_SHORTS: Text = Text::new("空头强平价", "Short liquidation levels");
pub const LEGEND_DONE: Text = Text::new("已被强平", "Already liquidated");
pub const LEGEND_TARGET: Text = Text::new("报道：北京时间06:30", "Reported fall at 06:30 Beijing");
pub const START_LABEL: Text = Text::new("起点", "Start");
pub const ROUND_SCRUBBER: Text = Text::new("查看第几轮", "Show round");
pub const ROUND_VALUE: Text = Text::new("第{0}轮，共{1}轮", "Round {0} of {1}");
pub const ROUND_END: Text = Text::new("终点：第{0}轮之后", "End, after round {0}");
pub const ROUND_END_NONE: Text = Text::new("终点：没有发生强平", "End: no liquidation");
pub const ROUND_START: Text = Text::new("冲击之前", "Before the shock");
pub const PLAY: Text = Text::new("逐轮播放", "Play the rounds");
pub const PAUSE: Text = Text::new("暂停", "Pause");
pub const ROUNDS_TABLE: Text = Text::new("逐轮明细", "Round by round");
pub const COL_ROUND: Text = Text::new("轮", "Round");
pub const COL_PRICE: Text = Text::new("价格", "Price");
pub const COL_NEW: Text = Text::new("本轮强平", "Liquidated this round");
pub const COL_NEW_NOTIONAL: Text = Text::new("本轮金额", "Forced orders this round");
pub const ROUNDS_MORE: Text = Text::new("其后还有{0}轮。", "{0} more rounds follow.");

// ---- Assumptions ---------------------------------------------------------------------------

pub const ASSUMPTIONS: Text = Text::new("模型的假设", "What the model assumes");
pub const ASSUMPTION_ITEMS: [Text; 8] = [
    Text::new(
        "{0}个U本位永续合约（逐仓）仓位，每个代表一名交易者；做多的概率为{1}。",
        "{0} isolated-margin linear perpetual positions, one per trader; each is long with probability {1}.",
    ),
    Text::new(
        "杠杆服从对数正态分布，中位数{0}，对数标准差{1}，截断在1倍到125倍之间。",
        "Leverage is lognormal with median {0} and log standard deviation {1}, capped between 1x and 125x.",
    ),
    Text::new(
        "建仓时间在过去{0}天内均匀分布；开仓价由无漂移的随机游走决定，日波动率{1}。开仓价已越过强平线的仓位不可能还在，重新抽取（本次{2}次）。",
        "Positions were opened at uniformly random times over the past {0} days, at prices from a driftless random walk with daily volatility {1}. Draws already past their liquidation price could not still be open and were drawn again ({2} times this run).",
    ),
    Text::new(
        "仓位名义价值服从对数正态分布，中位数{0}，对数标准差{1}。",
        "Position notional is lognormal with median {0} and log standard deviation {1}.",
    ),
    Text::new(
        "强平价用杠杆实验室的同一条公式（币安逐仓、单一维持保证金率{0}）；强平价精确到起始价的1/16384。",
        "Liquidation prices use the leverage lab's formula (Binance isolated margin, a single maintenance margin rate of {0}), kept to 1/16384 of the starting price.",
    ),
    Text::new(
        "交易所判断是否强平看的是标记价格：它以多家交易所的价格指数为基础，而不是某一家交易所的最新成交价。模型只有一个价格，不区分两者。",
        "Exchanges trigger liquidation on the mark price, which is built on an index of several venues' prices, not on the last trade at one venue. The model has a single price and does not tell the two apart.",
    ),
    Text::new(
        "被强平仓位按强平价全额成交；每10亿美元强平单让价格沿同一方向移动设定的百分比（按起始价计），价格最低到起始价的5%。",
        "A liquidated position is filled in full at its liquidation price; every $1 billion of forced orders moves the price the set percentage (of the starting price) in the same direction, down to at most 5% of the start.",
    ),
    Text::new(
        "起始价{0}由报道中北京时间06:30的比特币报价与当时的日内跌幅倒推；模型只用相对价格，这个数只用于标注坐标。",
        "The starting price of {0} is worked back from the bitcoin price the report quotes at 06:30 Beijing time and the fall on the day at that point; the model itself works in relative prices and uses it only to label the axis.",
    ),
];
pub const LEFT_OUT: Text = Text::new("模型没有包含", "What the model leaves out");
pub const LEFT_OUT_ITEMS: [Text; 7] = [
    Text::new("手续费与资金费率", "Trading fees and funding payments"),
    Text::new("全仓保证金（一个账户的多笔仓位互相支撑）", "Cross margin, where one account's positions prop each other up"),
    Text::new("分档维持保证金（大仓位的维持保证金率更高）", "Tiered maintenance margin, which is higher for large positions"),
    Text::new("自动减仓（ADL）与保险基金", "Auto-deleveraging (ADL) and insurance funds"),
    Text::new("做市商补单、抄底买盘和主动止损", "Market makers refilling the book, dip buyers and voluntary stop-losses"),
    Text::new("行情来回波动：这里价格只朝一个方向走，所以不会同时强平多空两边", "Prices swinging both ways: here the price moves in one direction only, so longs and shorts are never both liquidated"),
    Text::new("多个币种与交易所之间的传导", "Spillover between coins and between exchanges"),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_text_has_both_languages() {
        let all: Vec<Text> = INTRO
            .iter()
            .chain(ASSUMPTION_ITEMS.iter())
            .chain(LEFT_OUT_ITEMS.iter())
            .copied()
            .chain([
                TITLE,
                MODEL_NOTE,
                DEPTH_HINT,
                CALIBRATE,
                PINNED_INSIGHT,
                MAP_DESC,
                REPORTED_NOTE,
                OUT_ROUNDS,
                ROUNDS_MANY,
                DEPTH_NOT_PINNED,
                JUMPS_PAST,
                MAP_SUMMARY,
                MAP_SUMMARY_NONE,
                ROUND_VALUE,
                ROUND_END,
                ROUND_END_NONE,
            ])
            .collect();
        for text in all {
            assert!(!text.zh.trim().is_empty() && !text.en.trim().is_empty());
            // Slots match between languages, so a translation never drops a number.
            for slot in ["{0}", "{1}", "{2}"] {
                assert_eq!(
                    text.zh.contains(slot),
                    text.en.contains(slot),
                    "{}",
                    text.en
                );
            }
        }
    }
}
