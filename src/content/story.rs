//! The narrative, section by section, in both languages.
//!
//! Prose never writes a figure: it names a fact as `{key}` (the prose form, e.g. "more than
//! 22%"), `{key:full}` (signed, e.g. "down more than 22%", "−12.81%") or `{key:short}` (chart
//! label form), and a moment as `{@key}`. [`render`] substitutes them; tests check that every
//! placeholder resolves and that no other digits slip into the copy.

use super::facts::{fact, ClaimId, FactId};
use super::format::{format_fact, format_fact_prose, format_fact_short, MISSING};
use super::sources::Source;
use super::time::{MomentId, TimeZoneChoice};
use super::{Lang, SectionId, Text};

/// One step of a sticky scroll-graphic: the caption and the facts the chart highlights.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Step {
    pub text: Text,
    pub highlights: &'static [FactId],
}

/// A big number with a caption (the opening's "night in four numbers").
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct KeyFigure {
    pub fact: FactId,
    pub caption: Text,
}

/// Everything a section says.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct SectionCopy {
    pub id: SectionId,
    pub kicker: Text,
    pub headline: Text,
    /// The paragraphs are in [`PROSE`] ([`section_prose`]).
    /// Scroll steps for sections with a sticky graphic; empty otherwise.
    pub steps: &'static [Step],
    /// Big numbers shown with the section; empty for most.
    pub figures: &'static [KeyFigure],
    /// Statements without a figure that the prose relies on (for the source line).
    pub claims: &'static [ClaimId],
}

pub fn section_copy(id: SectionId) -> &'static SectionCopy {
    // `SECTIONS` follows `SectionId::ALL`, which follows the enum's declaration (tested).
    &SECTIONS[id as usize]
}

/// How a placeholder's fact is written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Form {
    /// In a sentence that supplies the verb: "more than 22%", "超过43万".
    Prose,
    /// Standalone and signed: "−12.81%", "down more than 22%".
    Full,
    /// Chart-label form: "−19%+", "$2.07bn".
    Short,
}

/// A piece of rendered copy, so the UI can style figures and times.
#[derive(Clone, Debug, PartialEq)]
pub enum Segment<'a> {
    Plain(&'a str),
    Figure { fact: FactId, text: String },
    Moment { moment: MomentId, text: String },
}

impl Segment<'_> {
    pub fn text(&self) -> &str {
        match self {
            Segment::Plain(text) => text,
            Segment::Figure { text, .. } | Segment::Moment { text, .. } => text,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Placeholder {
    Fact(FactId, Form),
    Moment(MomentId),
}

fn parse_placeholder(inner: &str) -> Option<Placeholder> {
    if let Some(key) = inner.strip_prefix('@') {
        return MomentId::from_key(key).map(Placeholder::Moment);
    }
    let (key, form) = match inner.split_once(':') {
        None => (inner, Form::Prose),
        Some((key, "full")) => (key, Form::Full),
        Some((key, "short")) => (key, Form::Short),
        Some(_) => return None,
    };
    FactId::from_key(key).map(|id| Placeholder::Fact(id, form))
}

/// Splits `text` into plain runs and substituted figures and moments. An unknown placeholder
/// renders as "—" (never as its key); an unclosed brace is plain text.
pub fn segments(text: &str, lang: Lang, tz: TimeZoneChoice) -> Vec<Segment<'_>> {
    let mut out = Vec::new();
    let mut rest = text;
    while let Some(open) = rest.find('{') {
        let Some(close) = rest[open..].find('}').map(|i| open + i) else {
            break;
        };
        if open > 0 {
            out.push(Segment::Plain(&rest[..open]));
        }
        match parse_placeholder(&rest[open + 1..close]) {
            Some(Placeholder::Fact(id, form)) => {
                let f = fact(id);
                let text = match form {
                    Form::Prose => format_fact_prose(f, lang),
                    Form::Full => format_fact(f, lang),
                    Form::Short => format_fact_short(f, lang),
                };
                out.push(Segment::Figure { fact: id, text });
            }
            Some(Placeholder::Moment(id)) => out.push(Segment::Moment {
                moment: id,
                text: id.moment().format(lang, tz),
            }),
            None => out.push(Segment::Plain(MISSING)),
        }
        rest = &rest[close + 1..];
    }
    if !rest.is_empty() {
        out.push(Segment::Plain(rest));
    }
    out
}

/// The copy in `lang` with figures and times filled in, times in Beijing time.
pub fn render(text: &Text, lang: Lang) -> String {
    render_in(text, lang, TimeZoneChoice::Beijing)
}

/// The copy in `lang` with figures filled in and clock times in `tz`.
pub fn render_in(text: &Text, lang: Lang, tz: TimeZoneChoice) -> String {
    segments(text.get(lang), lang, tz)
        .iter()
        .map(Segment::text)
        .collect()
}

/// The facts a text names, in order of appearance (both languages name the same ones).
pub fn facts_in(text: &Text) -> Vec<FactId> {
    let mut out = Vec::new();
    let lang = Lang::BUILT[0];
    for segment in segments(text.get(lang), lang, TimeZoneChoice::Beijing) {
        if let Segment::Figure { fact, .. } = segment {
            if !out.contains(&fact) {
                out.push(fact);
            }
        }
    }
    out
}

/// Every source a section's figures and claims come from, for its "Source:" line.
pub fn section_sources(id: SectionId) -> Vec<Source> {
    let copy = section_copy(id);
    let mut sources: Vec<Source> = Vec::new();
    let texts = section_prose(id)
        .iter()
        .chain(copy.steps.iter().map(|s| &s.text));
    let facts = texts
        .flat_map(facts_in)
        .chain(copy.steps.iter().flat_map(|s| s.highlights.iter().copied()))
        .chain(copy.figures.iter().map(|f| f.fact));
    for source in facts
        .map(|id| fact(id).source)
        .chain(copy.claims.iter().map(|c| c.claim().source))
    {
        if !sources.contains(&source) {
            sources.push(source);
        }
    }
    sources.sort();
    sources
}

const fn t(zh: &'static str, en: &'static str) -> Text {
    Text::new(zh, en)
}

const fn step(zh: &'static str, en: &'static str, highlights: &'static [FactId]) -> Step {
    Step {
        text: Text::new(zh, en),
        highlights,
    }
}

/// A lab's entry: only its name, for the contents; the lab's own copy (`copy_labs`,
/// `copy_cascade`) is what it shows.
const fn lab(id: SectionId, kicker: Text) -> SectionCopy {
    section(id, kicker, kicker)
}

const fn section(id: SectionId, kicker: Text, headline: Text) -> SectionCopy {
    SectionCopy {
        id,
        kicker,
        headline,
        steps: &[],
        figures: &[],
        claims: &[],
    }
}

use ClaimId as C;
use FactId as F;

/// All sections, in `SectionId::ALL` order.
pub static SECTIONS: [SectionCopy; 18] = [
    // ------------------------------------------------------------------ Opening
    SectionCopy {
        figures: &[
            KeyFigure { fact: F::LiqTraders, caption: t("一天内被强平的交易者（CoinGlass）", "traders liquidated in a day (CoinGlass)") },
            KeyFigure { fact: F::BtcDay, caption: t("比特币的日内跌幅", "bitcoin's fall on the day") },
            KeyFigure { fact: F::SilverDay, caption: t("现货白银的盘中跌幅", "spot silver at its worst") },
            KeyFigure { fact: F::LiqUsd, caption: t("被强平仓位的价值合计（CoinGlass）", "value of the positions liquidated (CoinGlass)") },
        ],
        ..section(
            SectionId::Opening,
            t("一夜齐跌", "The rout"),
            t("加密货币领跌 美股、金银、原油全线走低", "Crypto leads a rout through stocks, metals and oil"))
    },
    // ------------------------------------------------------------------ Crypto
    SectionCopy {
        steps: &[
            step("起跌前：比特币价格仍{btc_above}。", "Before the slide: bitcoin still traded at {btc_above}.", &[F::BtcAbove]),
            step(
                "截至{@bj_0630}，比特币报{btc_0630}，日内{btc_day:full}（下跌途中的报价，并非当日低点）。",
                "{@bj_0630}: {btc_0630}, {btc_day:full} on the day (a quote taken mid-fall, not the low).",
                &[F::BtcAt0630, F::BtcDay],
            ),
            step(
                "较{@oct_2025}高点累计跌{btc_from_peak}；总市值由{btc_cap_peak}降至{btc_cap_now}。",
                "Down {btc_from_peak} from the {@oct_2025} peak; total market value from {btc_cap_peak} to {btc_cap_now}.",
                &[F::BtcFromPeak, F::BtcCapPeak, F::BtcCapNow],
            ),
            step(
                "其他主流币：以太坊{eth_day:full}，XRP{xrp_day:full}，SOL{sol_day:full}，狗狗币{doge_day:full}。",
                "Other major coins: ether {eth_day:full}, XRP {xrp_day:full}, Solana {sol_day:full}, dogecoin {doge_day:full}.",
                &[F::EthDay, F::XrpDay, F::SolDay, F::DogeDay],
            ),
        ],
        claims: &[C::BtcBackToOct2024],
        ..section(
            SectionId::Crypto,
            t("币市", "Crypto"),
            t("比特币日内跌超一成 主流币跌幅更深", "Bitcoin sheds more than a tenth in a day, and other major coins fall harder"))
    },
    // ------------------------------------------------------------------ Liquidations
    SectionCopy {
        steps: &[
            step("全网{liq_traders}人爆仓（CoinGlass）。", "Liquidated: {liq_traders} traders (CoinGlass).", &[F::LiqTraders]),
            step(
                "爆仓金额{liq_usd}，折合{liq_cny}；这是被强平仓位的价值，不是亏损。",
                "Positions worth {liq_usd} liquidated, or {liq_cny}: the value of the positions, not losses.",
                &[F::LiqUsd, F::LiqCny],
            ),
            step(
                "平掉的仓位越多，砸向市场的卖单就越多：每一轮强平都在为下一轮下跌添柴。",
                "Every closed-out position is another sell order: each wave of liquidations feeds the next leg down.",
                &[],
            ),
        ],
        claims: &[C::CaiRiskOff],
        ..section(
            SectionId::Liquidations,
            t("爆仓", "Liquidations"),
            t("全网逾四十三万人爆仓 强平卖盘加剧下跌", "Hundreds of thousands of traders liquidated as forced selling feeds the fall"))
    },
    // ------------------------------------------------------------------ LeverageLab
    lab(SectionId::LeverageLab, t("杠杆实验室", "Leverage lab")),
    // ------------------------------------------------------------------ Confidence
    SectionCopy {
        steps: &[
            step(
                "{@monday}：比特币ETF净流入{etf_in_monday}（彭博汇编数据）。",
                "{@monday}: bitcoin ETFs take in {etf_in_monday} net (Bloomberg compilation).",
                &[F::EtfInMonday],
            ),
            step(
                "随后两个交易日：资金流出{etf_out_two_days}。",
                "The next two trading days: {etf_out_two_days} flows out.",
                &[F::EtfOutTwoDays],
            ),
            step(
                "{@same_2025}，美国ETF买入{etf_btc_bought_2025}；{@ytd_2026}转为净卖出（CryptoQuant）。",
                "Over {@same_2025}, US ETFs bought {etf_btc_bought_2025}; in {@ytd_2026} they are net sellers (CryptoQuant).",
                &[F::EtfBtcBought2025],
            ),
            step("{line_70k}心理关口失守。", "The {line_70k} line gives way.", &[F::Line70k, F::BtcAt0630]),
            step(
                "Polymarket：年内跌破{poly_65k_level}的概率{poly_65k_prob}，跌破{poly_55k_level}的概率{poly_55k_prob}。",
                "Polymarket: {poly_65k_prob} odds of a drop below {poly_65k_level} this year, {poly_55k_prob} below {poly_55k_level}.",
                &[F::Poly65kLevel, F::Poly65kProb, F::Poly55kLevel, F::Poly55kProb],
            ),
        ],
        claims: &[C::EtfNetSellers2026, C::TangConfidenceCrisis, C::Line70kBroken],
        ..section(
            SectionId::Confidence,
            t("ETF资金", "ETF flows"),
            t("比特币ETF两日流出逾八亿美元 七万美元关口失守", "Bitcoin ETFs bleed cash for two days, and a key price floor gives way"))
    },
    // ------------------------------------------------------------------ WallStreet
    SectionCopy {
        steps: &[
            step("三大指数收盘时跌幅均{us_indexes_day}。", "All three main indexes close down {us_indexes_day}.", &[F::UsIndexesDay]),
            step(
                "纳指{nasdaq_day:full}，连续第三天遭到大举抛售。",
                "Nasdaq {nasdaq_day:full}, a third straight day of heavy selling.",
                &[F::NasdaqDay, F::NasdaqStreak],
            ),
            step(
                "大型科技股：亚马逊、微软、特斯拉、英伟达全线走低。",
                "Big tech: Amazon, Microsoft, Tesla and Nvidia all lower.",
                &[F::AmznDay, F::MsftDay, F::TslaDay, F::NvdaDay],
            ),
            step(
                "软件与数据服务：FactSet盘中{factset_intraday:full}，汤森路透{tri_day:full}。",
                "Software and data: FactSet {factset_intraday:full} intraday, Thomson Reuters {tri_day:full}.",
                &[F::FactsetIntraday, F::TriDay],
            ),
        ],
        claims: &[C::NasdaqWorstThreeDays, C::AppleGoogleLower, C::SoftwareHitHarder, C::TriLowSinceMar2020],
        ..section(
            SectionId::WallStreet,
            t("美股", "Wall Street"),
            t("科技股领跌 纳指连续三日遭抛售", "Tech leads Wall Street lower as the Nasdaq is sold for a third day"))
    },
    // ------------------------------------------------------------------ AiTrigger
    SectionCopy {
        claims: &[C::OpusLaunch, C::AiDisruptionFear, C::SoftwareHitHarder],
        ..section(
            SectionId::AiTrigger,
            t("AI冲击", "The AI shock"),
            t("Anthropic发布新模型 软件股遭重新估值", "A new Anthropic model sends investors repricing software"))
    },
    // ------------------------------------------------------------------ Jobs
    SectionCopy {
        steps: &[
            step(
                "{@jan_2026}：公布的裁员人数达{challenger_jan}，为金融危机后最多的一月（Challenger）。",
                "{@jan_2026}: {challenger_jan} announced job cuts, the most for a January since the financial crisis (Challenger).",
                &[F::ChallengerJan],
            ),
            step(
                "与此同时，GDP增速仍有{gdp_growth}（埃里安）。",
                "Meanwhile GDP is still growing at {gdp_growth} (El-Erian).",
                &[F::GdpGrowth],
            ),
            step(
                "首申人数升幅超预期，职位空缺降到{@sep_2020}以来最低（美国劳工部）。",
                "Jobless claims rise more than forecast; job openings sink to their lowest since {@sep_2020} (Labor Department).",
                &[],
            ),
        ],
        claims: &[C::ChallengerHighestJanuary, C::ElErianDecoupling, C::JoblessClaimsAboveForecast, C::JobOpeningsLowest],
        ..section(
            SectionId::Jobs,
            t("就业", "Jobs"),
            t("美企一月裁员创金融危机以来同期新高 就业市场降温", "January job cuts hit their highest since the financial crisis as the labour market cools"))
    },
    // ------------------------------------------------------------------ Havens
    SectionCopy {
        steps: &[
            step("现货白银盘中一度{silver_day:full}。", "Spot silver at one point {silver_day:full}.", &[F::SilverDay]),
            step("现货黄金{gold_day:full}。", "Spot gold {gold_day:full}.", &[F::GoldDay]),
            step(
                "{@last_friday}：金银刚经历过一轮历史性抛售。",
                "{@last_friday}: both metals had already been through a historic sell-off.",
                &[],
            ),
        ],
        // The margin-hike chart sits in this section; the margin lab credits CME itself.
        claims: &[C::MetalsLastFriday, C::CmeMarginHike],
        ..section(
            SectionId::Havens,
            t("贵金属", "Precious metals"),
            t("白银盘中暴跌 黄金随之走弱 避险资产失灵", "Silver plunges, gold slips, and the havens fail to hold"))
    },
    // ------------------------------------------------------------------ MarginLab
    lab(SectionId::MarginLab, t("保证金实验室", "Margin lab")),
    // ------------------------------------------------------------------ Oil
    SectionCopy {
        steps: &[
            step("WTI：{wti_day:full}，收于{wti_price}。", "WTI: {wti_day:full}, settling at {wti_price}.", &[F::WtiDay, F::WtiPrice]),
            step("布伦特：{brent_day:full}，收于{brent_price}。", "Brent: {brent_day:full}, settling at {brent_price}.", &[F::BrentDay, F::BrentPrice]),
        ],
        claims: &[C::OilGeopolitics],
        ..section(
            SectionId::Oil,
            t("原油", "Oil"),
            t("国际油价双双收跌 增长担忧与地缘因素共振", "Oil settles lower on growth fears and shifting geopolitics"))
    },
    // ------------------------------------------------------------------ Fed
    SectionCopy {
        claims: &[C::WarshNominated, C::WarshStance, C::CutAndShrinkFear],
        ..section(
            SectionId::Fed,
            t("美联储", "The Fed"),
            t("鹰派沃什获提名美联储主席 市场担忧流动性收紧", "Trump's pick of hawkish Warsh for the Fed stokes fears of tighter liquidity"))
    },
    // ------------------------------------------------------------------ Contagion
    SectionCopy {
        steps: &[
            step(
                "一张流传甚广的截图：余额由{account_before}缩至{account_after}。",
                "A widely shared screenshot: an account shrinking from {account_before} to {account_after}.",
                &[F::AccountBefore, F::AccountAfter],
            ),
            step(
                "币安等平台单日执行的强平订单创下纪录。",
                "Binance and others log a record day of forced-liquidation orders.",
                &[],
            ),
            step(
                "Robinhood的融资余额一天减少{robinhood_margin_drop}。",
                "Robinhood margin balances drop {robinhood_margin_drop} in a day.",
                &[F::RobinhoodMarginDrop],
            ),
        ],
        claims: &[C::TangConfidenceCrisis, C::BinanceRecord, C::RobinhoodLargestSince2022],
        ..section(
            SectionId::Contagion,
            t("风险外溢", "Contagion"),
            t("信心危机外溢 散户杠杆加速退潮", "The crisis of confidence spreads and retail leverage drains away"))
    },
    // ------------------------------------------------------------------ AccountLab
    // The contents name each lab as its own header does (`copy_labs::ACCOUNT_TITLE`).
    lab(SectionId::AccountLab, t("被清空的账户", "The wiped-out account")),
    // ------------------------------------------------------------------ Cascade
    // The cascade lab's own kicker (`copy_cascade::KICKER`).
    lab(SectionId::Cascade, t("连环强平实验室", "Cascade lab")),
    // ------------------------------------------------------------------ Fear
    SectionCopy {
        steps: &[
            step("原文称CNN恐惧与贪婪指数跌至{fear_greed}，属“极度恐惧”。", "CNN Fear & Greed Index, as the article reports it: {fear_greed}, \"extreme fear\".", &[F::FearGreed]),
            step(
                "AAII调查：原文称看空比例达{aaii_bears}，为{@dec_2008}以来最高（未能核实）。",
                "AAII survey: the article reports {aaii_bears} bearish, the most since {@dec_2008} (not confirmed).",
                &[F::AaiiBears],
            ),
            step(
                "机构收缩：摩根大通提高企业贷款保证金要求，高盛暂停部分大宗商品衍生品新增交易。",
                "Institutions pull back: JPMorgan lifts margins on corporate loans, Goldman pauses some new commodity-derivatives trades.",
                &[],
            ),
        ],
        claims: &[C::FearGreedExtreme, C::AaiiHighestSince2008, C::JpMorganMargins, C::GoldmanPause],
        ..section(
            SectionId::Fear,
            t("市场情绪", "Sentiment"),
            t("情绪指标跌入冰点 机构收缩风险敞口", "Sentiment sinks and institutions pull back"))
    },
    // ------------------------------------------------------------------ Closing
    section(
        SectionId::Closing,
        t("尾声", "Aftermath"),
        t("多重利空叠加 悲观情绪从华尔街蔓延至散户", "Blows from every side, and gloom from Wall Street to Main Street")),
    // ------------------------------------------------------------------ Sources
    section(
        SectionId::Sources,
        t("方法与来源", "Method and sources"),
        t("本文数据从何而来", "Where the numbers come from")),
];

/// Each section's paragraphs, in `SectionId::ALL` order. Kept apart from [`SECTIONS`], which the
/// Wasm module reads (kickers, steps, figures), so that the prose is reached only from the
/// prerendered writers that the one-language release modules never call (`widgets::markup`).
pub static PROSE: [&[Text]; 18] = [
    // Opening
    &[
                t(
                    "{@small_hours}，全球交易者打开行情软件，看到的几乎全是亏损。下跌并不局限于某个板块：加密货币、美国科技股、白银、黄金和原油，在同一段时间里一起往下走。",
                    "In the {@small_hours}, traders around the world opened their apps to a wall of losses. The damage was not confined to one corner of the market: crypto, US technology stocks, silver, gold and crude oil all slid during the same few hours.",
                ),
                t(
                    "四个数字足以勾勒这一夜：CoinGlass统计，一天之内有{liq_traders}名交易者被强行平仓，被平掉的仓位价值合计{liq_usd}；到{@bj_0630}，比特币当日已下跌{btc_day}；现货白银盘中一度下挫{silver_day}。",
                    "Four numbers sketch the night. CoinGlass counted {liq_traders} traders forcibly closed out within a day, in positions worth {liq_usd} in all. By {@bj_0630}, bitcoin was down {btc_day} on the day. Spot silver at one point dropped {silver_day}.",
                ),
                t(
                    "下面按市场逐一拆开：价格怎样崩落，杠杆怎样把亏损成倍放大，以及为什么连传统的避险资产也没能接住外逃的资金。",
                    "What follows takes the night apart market by market: how prices broke, how leverage multiplied the losses, and why even the traditional havens failed to catch the money running for cover.",
                ),
            ],
    // Crypto
    &[
                t(
                    "加密市场率先暴跌。起跌前，比特币价格仍{btc_above}；北京时间午夜过后，抛压持续累积，跌势明显加快。截至{@bj_0630}，比特币报{btc_0630}，日内跌{btc_day}。这只是下跌途中的报价，并非当日低点：据彭博汇编的数据，比特币随后在亚洲早盘一度下探至{btc_intraday_low}。",
                    "Crypto went first. Before the slide, bitcoin still traded at {btc_above}; after midnight Beijing time the selling built up and the fall gathered speed. As of {@bj_0630}, bitcoin stood at {btc_0630}, down {btc_day} on the day. That was a quote taken mid-fall, not the day's low: Bloomberg's compiled data show bitcoin went on to touch {btc_intraday_low} later in Asian morning trade.",
                ),
                t(
                    "这一价位已退回{@oct_2024}的水平。较{@oct_2025}创下的高点，比特币累计跌幅{btc_from_peak}；总市值由高点时的{btc_cap_peak}降至{btc_cap_now}，近乎腰斩。",
                    "That took the price back to where it stood in {@oct_2024}. From the peak set in {@oct_2025}, bitcoin had lost {btc_from_peak}, and its total market value had shrunk from {btc_cap_peak} to {btc_cap_now}: close to half gone.",
                ),
                t(
                    "其他主流币跌得更深：以太坊跌{eth_day}，XRP跌{xrp_day}，SOL跌{sol_day}，狗狗币同样跌{doge_day}。抛售并非比特币一家的事，整个加密市场都在失血。",
                    "Other major coins fell harder. Ether dropped {eth_day}, XRP {xrp_day} and Solana {sol_day}, and dogecoin also gave up {doge_day}. This was not bitcoin's problem alone: the whole crypto market was bleeding.",
                ),
            ],
    // Liquidations
    &[
                t(
                    "所谓爆仓，是指借助杠杆放大仓位的交易者，在亏损侵蚀保证金、保证金率跌破维持保证金率又未能及时追保时，仓位被交易平台强制平仓（强平）。价格下跌触发强平，强平产生的卖单又把价格砸得更低。",
                    "A liquidation happens when losses eat into a leveraged trader's margin, the margin ratio falls below the maintenance level and the trader does not top it up in time: the exchange then closes the position by force. Falling prices trigger those forced sales, and the forced sales push prices lower still.",
                ),
                t(
                    "CoinGlass数据显示，{@coinglass_24h}内全网{liq_traders}人爆仓，爆仓金额{liq_usd}，折合{liq_cny}。需要注意的是，爆仓金额是被强平仓位的价值，并不等于交易者的实际亏损。",
                    "CoinGlass data show that in the {@coinglass_24h}, {liq_traders} traders across the market were liquidated, in positions worth {liq_usd} in total, or {liq_cny}. That is the value of the positions closed out, not the money traders actually lost.",
                ),
                t(
                    "交易平台SynFutures首席运营官Wenny Cai认为，爆仓规模如此之大，说明市场情绪已全面转向避险：眼下主导价格的是被动平仓的卖盘和不堪一击的资产负债表，而非任何关于技术或前景的动听故事。",
                    "Wenny Cai, chief operating officer of the trading platform SynFutures, read the sheer size of the liquidations as a market-wide flight from risk. Prices, in Cai's view, were now being set by forced selling and fragile balance sheets rather than by any upbeat story about technology or the future.",
                ),
            ],
    // LeverageLab
    &[],
    // Confidence
    &[
                t(
                    "据彭博汇编的数据，比特币ETF在{@monday}尚录得{etf_in_monday}净流入，随后两个交易日则转为资金流出，累计流出{etf_out_two_days}。",
                    "Bloomberg's compilation of the data shows bitcoin exchange-traded funds took in net inflows of {etf_in_monday} on {@monday}, then saw {etf_out_two_days} flow out over the next two trading days.",
                ),
                t(
                    "CryptoQuant于{@wednesday}发布报告称，{@same_2025}美国ETF累计买入{etf_btc_bought_2025}，而{@ytd_2026}已转为净卖方。",
                    "A CryptoQuant report on {@wednesday} said US ETFs had bought {etf_btc_bought_2025} over {@same_2025}, but had turned net sellers in {@ytd_2026}.",
                ),
                t(
                    "Monarq Asset Management管理合伙人Shiliang Tang表示，加密市场正陷入一场“信心危机”。此前不少市场人士把{line_70k}视作牢固的心理关口，预期政策面会为这一价位提供支撑；如今这一关口已被跌穿。",
                    "Shiliang Tang, managing partner at Monarq Asset Management, said crypto was going through a \"crisis of confidence\". Many in the market had treated {line_70k} as a solid psychological floor, expecting policy to help hold it; that floor has now been broken.",
                ),
                t(
                    "预测市场的定价同样悲观。Polymarket相关合约显示，比特币年内跌破{poly_65k_level}的概率达{poly_65k_prob}，跌破{poly_55k_level}的概率也有{poly_55k_prob}。",
                    "Prediction markets were just as gloomy. Contracts on Polymarket priced the odds of bitcoin falling below {poly_65k_level} this year at {poly_65k_prob}, and of it breaking {poly_55k_level} at {poly_55k_prob}.",
                ),
            ],
    // WallStreet
    &[
                t(
                    "传统金融市场也没能置身事外。{@us_session}，美股三大指数开盘即走弱，一路低迷到收盘，跌幅均{us_indexes_day}。科技股权重最大的纳斯达克指数下跌{nasdaq_day}，这已是它连着第三天被大举抛售，也是{@apr_2025}以来表现最差的三个交易日。",
                    "Traditional markets were not spared. In {@us_session}, the three main US stock indexes opened weak, stayed weak and each closed down {us_indexes_day}. The tech-heavy Nasdaq lost {nasdaq_day}, its third heavy down day in a row and its worst three-day stretch since {@apr_2025}.",
                ),
                t(
                    "大型科技股首当其冲：亚马逊跌{amzn_day}，微软同样跌{msft_day}，特斯拉跌{tsla_day}，近来风光无限的英伟达也跌{nvda_day}；苹果和谷歌则小幅收低。",
                    "Big tech took the worst of it. Amazon fell {amzn_day} and Microsoft {msft_day}; Tesla slid {tsla_day}, and even Nvidia, the market's recent darling, gave up {nvda_day}. Apple and Google closed slightly lower.",
                ),
                t(
                    "软件股遭遇的抛售更猛。FactSet Research Systems盘中一度跌{factset_intraday}；汤森路透股价跌{tri_day}，创下{@mar_2020}新冠疫情引发恐慌之后的最低水平。",
                    "Software stocks were hit harder still. FactSet Research Systems was down {factset_intraday} at one point in the session; Thomson Reuters dropped {tri_day}, to its lowest level since the pandemic panic of {@mar_2020}.",
                ),
            ],
    // AiTrigger
    &[
                t(
                    "这轮科技股抛售的时间点，和一条AI新闻高度重合。{@thursday}，Anthropic发布了旗下最新的Claude Opus 4.6。按照介绍，它特别擅长金融研究，能迅速梳理公司数据、繁复的监管文件和大量市场信息，写代码和同时处理多项任务的能力也明显增强。",
                    "The tech sell-off lined up closely with a piece of AI news. On {@thursday}, Anthropic released Claude Opus 4.6, its newest model. It was pitched as especially strong at financial research, able to work quickly through company data, dense regulatory filings and large volumes of market information, with clear gains in coding and in juggling several tasks at once.",
                ),
                t(
                    "技术上的进步，在交易员眼里却成了威胁。投资者开始追问：像这样的AI工具，会不会从根本上动摇软件企业和金融服务机构的生意？如果机器做分析又快又省钱，那些靠研究员和数据服务收费的公司，到底还值多少？",
                    "A technical advance read as a threat on trading desks. Investors began asking whether tools like this could upend the business of traditional software makers and financial-services firms. If a machine can do the analysis faster and cheaper, what is a company that sells human research and data still worth?",
                ),
                t(
                    "这也解释了为什么软件和数据类公司跌得比大盘更深。",
                    "That helps explain why software and data companies fell harder than the wider market.",
                ),
            ],
    // Jobs
    &[
                t(
                    "就业数据又泼来一盆冷水。据再就业咨询公司Challenger, Gray & Christmas统计，{@jan_2026}美国企业公布的裁员计划涉及{challenger_jan}人，是全球金融危机之后最高的一月份数字。",
                    "Data from the labour market added to the chill. Outplacement firm Challenger, Gray & Christmas counted {challenger_jan} job cuts announced by US employers in {@jan_2026}, the most for any January since the global financial crisis.",
                ),
                t(
                    "安联首席经济顾问穆罕默德·埃里安（Mohamed El-Erian）提醒，值得注意的是，这波裁员出现在GDP仍保持{gdp_growth}增速之际。在他看来，这会让就业与经济增长更快地分道扬镳，若持续下去，后果深远。",
                    "Mohamed El-Erian, chief economic adviser at Allianz, pointed out that the cuts came while GDP was still growing at {gdp_growth}. That, he said, speeds up the decoupling of jobs from growth, with far-reaching consequences if it lasts.",
                ),
                t(
                    "美国劳工部同期发布的数字也不乐观：{@week_to_jan31}的首次申领失业金人数升幅超出预期；职位空缺方面，{@dec_2025}的数字跌到{@sep_2020}以来最低。几组数据指向同一个结论：用工市场正在快速降温。",
                    "Figures the US Department of Labor released at the same time added to the unease. Initial jobless claims for the {@week_to_jan31} rose more than forecast, and job openings in {@dec_2025} fell to their lowest since {@sep_2020}. Together the figures point one way: the labour market is cooling fast.",
                ),
            ],
    // Havens
    &[
                t(
                    "贵金属向来被视作乱局中的避风港，这一夜却跟着一起失守。{@night}，现货白银盘中一度重挫{silver_day}，现货黄金也跌{gold_day}。",
                    "Precious metals are supposed to be where money hides in a storm. On this night they fell with everything else. During the {@night}, spot silver was at one point down {silver_day} and spot gold lost {gold_day}.",
                ),
                t(
                    "就在{@last_friday}，金银刚被一轮历史级别的抛售洗过一遍；这次再跌，说明它们还没找到价格的底。",
                    "Just days earlier, on {@last_friday}, the two metals had been through a historic sell-off. The new drop showed they were still hunting for a floor.",
                ),
            ],
    // MarginLab
    &[],
    // Oil
    &[
                t(
                    "国际原油同样没能躲过这轮抛售。{@us_session}，WTI原油期货收跌{wti_day}，收于{wti_price}；另一基准布伦特原油下跌{brent_day}，收在{brent_price}。",
                    "Crude oil was swept up too. In {@us_session}, WTI futures settled down {wti_day} at {wti_price}, while Brent fell {brent_day} to {brent_price}.",
                ),
                t(
                    "原文将油价走低归因于两方面：一是市场对全球经济前景的忧虑，二是地缘政治局势出现微妙变化。",
                    "The article traces the drop partly to worries about the global economy and partly to subtle shifts in the geopolitical picture.",
                ),
            ],
    // Fed
    &[
                t(
                    "动荡之中，美联储主席人选进一步牵动市场神经：美国总统特朗普提名凯文·沃什（Kevin Warsh）出任下一任美联储主席，沃什曾任美联储理事。",
                    "Amid the turmoil, the choice of the next Fed chair added to the strain: President Donald Trump nominated Kevin Warsh, a former Federal Reserve governor, for the post.",
                ),
                t(
                    "沃什素以鹰派立场著称。其标志性主张之一，是大幅缩减美联储资产负债表规模，即“缩表”；他还反对借助货币政策压低国债收益率、为政府压降融资成本。",
                    "Warsh is known as a hawk. One of his signature positions is to shrink the Fed's balance sheet substantially; he also opposes using monetary policy to hold down Treasury yields and cut the government's borrowing costs.",
                ),
                t(
                    "市场随即开始担心：沃什一旦上任，美联储可能一边降息、一边大幅缩表。这一组合实质上会收紧金融体系中的美元流动性，对黄金、加密资产和美股成长股等倚重宽松资金的资产构成明显利空。",
                    "Markets quickly began to worry that, with Warsh in charge, the Fed might cut rates while shrinking its balance sheet hard. In effect that pairing would tighten dollar liquidity in the financial system, a clear negative for assets that depend on easy money, from gold and crypto to growth stocks.",
                ),
            ],
    // Contagion
    &[
                t(
                    "Shiliang Tang口中的信心危机，正从数字资产外溢到整个金融市场。比特币“数字黄金”的避险故事讲不通了，黄金自己也在暴跌，科技股的增长逻辑被AI改写，就业数据又在亮红灯：投资者忽然发现，已经找不到可以躲的地方。",
                    "The crisis of confidence that Tang described was spilling from digital assets into the wider financial system. Bitcoin's story as digital gold stopped working, gold itself was sliding, AI was rewriting the growth case for tech, and the jobs numbers were flashing warnings. Investors found there was nowhere left to hide.",
                ),
                t(
                    "社交媒体上，职业交易员晒出一张张爆仓截图。其中一条被大量转发的帖子显示，一个账户的余额从{account_before}缩水到{account_after}。币安等平台单日执行的强制平仓订单，数量创下历史最高。",
                    "On social media, professional traders posted screenshots of wiped-out positions. One widely shared post showed an account shrinking from {account_before} to {account_after}. Binance and other platforms handled a record number of forced-liquidation orders in a single day.",
                ),
                t(
                    "股市散户的杠杆也在退潮。券商Robinhood的数据显示，其平台融资余额一天之内减少{robinhood_margin_drop}。报道说，这是2021年“散户对决华尔街”那场风波以来最大的单日降幅（原文把那场风波记作2022年）。",
                    "Retail leverage in stocks was draining too. Robinhood's data showed margin balances on its platform falling by {robinhood_margin_drop} in one day, which the report calls the biggest one-day drop since the retail-versus-Wall-Street meme-stock frenzy of 2021 (the article dates it to 2022).",
                ),
            ],
    // AccountLab
    &[],
    // Cascade
    &[],
    // Fear
    &[
                t(
                    "恐慌情绪也反映在情绪指标上。原文称，CNN编制的恐惧与贪婪指数跌至{fear_greed}，落入“极度恐惧”区间；不过这一读数与其他报道有出入，详见文末“更正与澄清”。",
                    "The fear showed in the sentiment gauges. The article puts CNN's Fear & Greed Index at {fear_greed}, in its \"extreme fear\" zone, though other reports give a different reading (see Corrections and clarifications at the end).",
                ),
                t(
                    "原文还称，美国个人投资者协会（AAII）最新一周调查中，看空后市的受访者占比升至{aaii_bears}，创{@dec_2008}以来新高，彼时正值金融危机最严峻的阶段。我们未能在AAII公布的调查数据中核实这一比例。",
                    "The article also says the American Association of Individual Investors' latest weekly survey found {aaii_bears} of respondents bearish, the highest share since {@dec_2008}, the depths of the financial crisis. We could not match that figure to the survey results AAII has published.",
                ),
                t(
                    "机构也在收缩风险敞口：摩根大通提高企业贷款保证金要求；高盛方面，部分大宗商品衍生品的新增交易已暂停。",
                    "Institutions pulled in risk too: JPMorgan raised margin requirements on corporate loans, and Goldman Sachs paused some new commodity-derivatives trades.",
                ),
            ],
    // Closing
    &[
            t(
                "这一夜的下跌找不到单一的起因：连环爆仓、ETF资金外流、AI对软件业的冲击、转冷的就业数据，以及对美联储缩表的担忧，几股力量在同一段时间里叠加。大跌之后，CME又上调了金银期货的保证金，给杠杆交易者再添一重压力。",
                "No single cause explains the night. Leveraged liquidations, ETF outflows, AI's threat to software, a cooling job market and fear of a shrinking Fed balance sheet all landed in the same few days. After the rout, CME raised margins on gold and silver futures, putting leveraged traders under more pressure still.",
            ),
            t(
                "悲观情绪在专业机构和普通散户之间来回传导，每逢开盘便化作一笔笔实打实的卖单。本文不作预测；下方列出了每一个数字的出处。",
                "Pessimism passed back and forth between professionals and ordinary investors, and at every opening bell it turned into real sell orders. This piece makes no forecast; the notes below show where every figure comes from.",
            ),
        ],
    // Sources
    &[
            t(
                "本页的行情与统计数字均出自一篇中文新闻报道，按其引述的口径呈现，并注明报道所列的出处；原文未注明数据提供方的指数、油价和金属价格，来源一栏注明为原文引述的行情。正文由本站以中英文分别撰写，未照搬报道原文。",
                "Every market figure and statistic on this page comes from a Chinese news report, shown as that report quotes it and credited to the original source it names. Index, oil and metal prices for which the report names no provider are labelled \"market data as reported by the article\". The prose is our own, written separately in each language.",
            ),
            t(
                "带有“逾”“超”“约”“不足”等字样的数字，是报道给出的下限、约数或上限，本页照此呈现，从不当作精确值。CoinGlass的爆仓统计是滚动的全天合计，读取的时点不同，数字也会不同；其中的金额是被强平仓位的价值，不是交易者的亏损。{@bj_0630}的比特币价格是下跌途中的一次报价，并非当天的最低价。",
                "Figures marked \"more than\", \"about\" or \"under\" are the lower bounds, approximations or upper bounds the report gave, and are shown as such, never as exact values. CoinGlass liquidation totals cover a rolling day, so they change with the hour at which they are read, and their dollar amount is the value of the positions liquidated, not traders' losses. The bitcoin price at {@bj_0630} is a quote taken during the fall, not the day's low.",
            ),
            t(
                "标有“模型”的图表和实验室使用简化的假设，用来解释杠杆、保证金和连环强平的机制，不是真实交易数据。时间默认以北京时间显示，可切换为美东时间；只给出日期的事件保留其原本的时区。",
                "Charts and labs marked \"Model\" run on simplified assumptions to explain leverage, margin and cascading liquidations; they are not real trading data. Times show in Beijing time by default and can be switched to US Eastern; events given only as dates keep their original time zone.",
            ),
            t(
                "按报道，Robinhood融资余额这次的单日降幅为“散户对决华尔街”风波之后之最。那场散户逼空风波发生在2021年初，原文误记为2022年；本页写作2021年。",
                "The report says Robinhood's drop in margin balances was the largest since the meme-stock episode. That episode happened in early 2021; the article gives the year as 2022, and this page says 2021.",
            ),
        ],
];

/// A section's paragraphs.
pub fn section_prose(id: SectionId) -> &'static [Text] {
    PROSE[id as usize]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::facts::{Ref, CLAIMS, FACTS};
    use crate::content::format::MINUS;
    use crate::content::time::TIMELINE;
    use crate::content::{sources, ui};

    /// Every piece of copy in the content layer, with where it lives.
    fn all_texts() -> Vec<(String, Text)> {
        let mut out = Vec::new();
        for copy in SECTIONS.iter() {
            let name = copy.id.slug();
            out.push((format!("{name}.kicker"), copy.kicker));
            out.push((format!("{name}.headline"), copy.headline));
            for (i, p) in section_prose(copy.id).iter().enumerate() {
                out.push((format!("{name}.p{i}"), *p));
            }
            for (i, s) in copy.steps.iter().enumerate() {
                out.push((format!("{name}.step{i}"), s.text));
            }
            for (i, f) in copy.figures.iter().enumerate() {
                out.push((format!("{name}.figure{i}"), f.caption));
            }
        }
        for f in FACTS.iter() {
            out.push((format!("fact.{}.label", f.id.key()), f.label));
            if let Some(note) = f.note {
                out.push((format!("fact.{}.note", f.id.key()), note));
            }
        }
        for c in CLAIMS.iter() {
            out.push((format!("claim.{}", c.id.key()), c.text));
            if let Some(note) = c.note {
                out.push((format!("claim.{}.note", c.id.key()), note));
            }
        }
        for (i, e) in TIMELINE.iter().enumerate() {
            out.push((format!("timeline{i}"), e.label));
        }
        for s in sources::Source::ALL {
            let info = s.info();
            out.push((format!("source.{}.description", s.key()), info.description));
            out.push((format!("source.{}.kind", s.key()), info.kind.label()));
        }
        for &(key, text) in ui::ALL {
            out.push((format!("ui.{key}"), text));
        }
        out
    }

    fn is_cjk(c: char) -> bool {
        matches!(c, '\u{3400}'..='\u{4dbf}' | '\u{4e00}'..='\u{9fff}' | '\u{3000}'..='\u{303f}' | '\u{ff00}'..='\u{ffef}')
    }

    fn is_ideograph(c: char) -> bool {
        matches!(c, '\u{3400}'..='\u{4dbf}' | '\u{4e00}'..='\u{9fff}')
    }

    /// Removes `{…}` placeholders.
    fn strip_placeholders(text: &str) -> String {
        let mut out = String::new();
        let mut depth = 0;
        for c in text.chars() {
            match c {
                '{' => depth += 1,
                '}' if depth > 0 => depth -= 1,
                _ if depth == 0 => out.push(c),
                _ => {}
            }
        }
        out
    }

    /// Years we write deliberately, and the model's version number.
    const ALLOWED_NUMBERS: &[&str] = &[
        "2008", "2020", "2021", "2022", "2024", "2025", "2026", "4.6",
    ];

    #[test]
    fn every_section_has_copy_in_order() {
        for (i, &id) in SectionId::ALL.iter().enumerate() {
            assert_eq!(id as usize, i);
            assert_eq!(SECTIONS[i].id, id);
            assert_eq!(section_copy(id).id, id);
            let copy = section_copy(id);
            let labs = [
                SectionId::LeverageLab,
                SectionId::MarginLab,
                SectionId::AccountLab,
                SectionId::Cascade,
            ];
            let range = if labs.contains(&id) { 0..=0 } else { 2..=5 };
            assert!(
                range.contains(&section_prose(copy.id).len()),
                "{id:?} has {} paragraphs",
                section_prose(copy.id).len()
            );
            if labs.contains(&id) {
                assert!(copy.steps.is_empty());
            }
        }
        assert_eq!(section_copy(SectionId::Opening).figures.len(), 4);
    }

    #[test]
    fn both_languages_are_present_and_pure() {
        for (key, text) in all_texts() {
            assert!(!text.zh.trim().is_empty(), "{key}: empty zh");
            assert!(!text.en.trim().is_empty(), "{key}: empty en");
            assert!(
                text.zh.chars().any(is_ideograph),
                "{key}: zh has no Chinese: {}",
                text.zh
            );
            assert!(
                !text.en.chars().any(is_cjk),
                "{key}: en has CJK: {}",
                text.en
            );
        }
    }

    #[test]
    fn every_placeholder_resolves_in_both_languages() {
        for (key, text) in all_texts() {
            for lang in Lang::ALL {
                let raw = text.get(lang);
                let mut rest = raw;
                while let Some(open) = rest.find('{') {
                    let close = rest[open..]
                        .find('}')
                        .map(|i| open + i)
                        .unwrap_or_else(|| panic!("{key}: unclosed brace"));
                    let inner = &rest[open + 1..close];
                    assert!(
                        parse_placeholder(inner).is_some(),
                        "{key} ({lang:?}): unknown placeholder {{{inner}}}"
                    );
                    rest = &rest[close + 1..];
                }
                for tz in TimeZoneChoice::ALL {
                    let rendered = render_in(&text, lang, tz);
                    assert!(!rendered.contains(['{', '}']), "{key}: {rendered}");
                    assert!(!rendered.contains(MISSING), "{key}: {rendered}");
                }
            }
            // Both languages name the same figures.
            let mut zh: Vec<FactId> = segments(text.zh, Lang::Zh, TimeZoneChoice::Beijing)
                .into_iter()
                .filter_map(|s| {
                    if let Segment::Figure { fact, .. } = s {
                        Some(fact)
                    } else {
                        None
                    }
                })
                .collect();
            let mut en = facts_in(&text);
            zh.sort();
            zh.dedup();
            en.sort();
            assert_eq!(zh, en, "{key}: the languages cite different figures");
        }
    }

    #[test]
    fn no_figures_are_written_outside_placeholders() {
        for (key, text) in all_texts() {
            for lang in Lang::ALL {
                let stripped = strip_placeholders(text.get(lang));
                let chars: Vec<char> = stripped.chars().collect();
                let mut i = 0;
                while i < chars.len() {
                    if !chars[i].is_ascii_digit() {
                        i += 1;
                        continue;
                    }
                    let start = i;
                    while i < chars.len()
                        && (chars[i].is_ascii_digit()
                            || (chars[i] == '.'
                                && chars.get(i + 1).is_some_and(char::is_ascii_digit)))
                    {
                        i += 1;
                    }
                    let number: String = chars[start..i].iter().collect();
                    assert!(
                        ALLOWED_NUMBERS.contains(&number.as_str()),
                        "{key} ({lang:?}): bare number {number}"
                    );
                }
            }
        }
    }

    /// The article, reduced to Chinese characters and digits.
    fn reduce(text: &str) -> Vec<char> {
        text.chars()
            .filter(|&c| is_ideograph(c) || c.is_ascii_digit())
            .collect()
    }

    #[test]
    fn no_run_of_fourteen_characters_is_copied_from_the_article() {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../shared/seed/000_da769148f0bdbb0a.txt");
        let Ok(article) = std::fs::read_to_string(path) else {
            return;
        };
        let article: String = reduce(&article).into_iter().collect();
        const RUN: usize = 14;
        let mut copied = std::collections::BTreeSet::new();
        for (key, text) in all_texts() {
            for candidate in [
                text.zh.to_string(),
                render(&text, Lang::Zh),
                render_in(&text, Lang::Zh, TimeZoneChoice::UsEastern),
            ] {
                let ours = reduce(&candidate);
                for window in ours.windows(RUN) {
                    let window: String = window.iter().collect();
                    if article.contains(&window) {
                        copied.insert(format!("{key}: {window}"));
                    }
                }
            }
        }
        assert!(
            copied.is_empty(),
            "copy repeats the article:\n{}",
            copied.into_iter().collect::<Vec<_>>().join("\n")
        );
    }

    #[test]
    fn rendering_substitutes_formatted_facts() {
        let text = Text::new(
            "报{btc_0630}，跌{btc_day}，{xrp_day:full}，{@bj_0630}",
            "at {btc_0630}, down {btc_day}, {xrp_day:short}, {@bj_0630}",
        );
        assert_eq!(
            render(&text, Lang::Zh),
            "报63,860.8美元，跌12.81%，跌超22%，北京时间2月6日6:30"
        );
        assert_eq!(
            render(&text, Lang::En),
            format!("at $63,860.8, down 12.81%, {MINUS}22%+, 6 Feb, 06:30 Beijing")
        );
        assert_eq!(
            render_in(&text, Lang::En, TimeZoneChoice::UsEastern),
            format!("at $63,860.8, down 12.81%, {MINUS}22%+, 5 Feb, 17:30 ET")
        );
        // Unknown or malformed placeholders never leak keys and never panic.
        let odd = Text::new("{nope}{btc_0630:weird}{", "{}{@}{ {btc_0630");
        assert_eq!(render(&odd, Lang::Zh), "——{");
        assert_eq!(render(&odd, Lang::En), "——{ {btc_0630");
        let segs = segments("a {liq_usd} b", Lang::En, TimeZoneChoice::Beijing);
        assert_eq!(
            segs[1],
            Segment::Figure {
                fact: FactId::LiqUsd,
                text: "$2.07 billion".into()
            }
        );
    }

    #[test]
    fn the_opening_gives_the_night_in_four_numbers() {
        let opening = section_copy(SectionId::Opening);
        let figures: Vec<FactId> = opening.figures.iter().map(|f| f.fact).collect();
        assert_eq!(
            figures,
            [
                FactId::LiqTraders,
                FactId::BtcDay,
                FactId::SilverDay,
                FactId::LiqUsd
            ]
        );
        let p = render(&section_prose(SectionId::Opening)[1], Lang::Zh);
        assert!(
            p.contains("逾43万")
                && p.contains("20.69亿美元")
                && p.contains("12.81%")
                && p.contains("超19%"),
            "{p}"
        );
        let p = render(&section_prose(SectionId::Opening)[1], Lang::En);
        assert!(
            p.contains("more than 430,000") && p.contains("$2.07 billion"),
            "{p}"
        );
    }

    /// Told where a reader meets it: a section's prose, steps or key figures, or the description
    /// of a chart (each chart sits in a section). The labs' own copy does not count.
    #[test]
    fn every_fact_and_claim_is_told_somewhere() {
        use crate::content::chart_copy::{chart_copy, ChartId};
        let mut told: Vec<FactId> = ChartId::ALL
            .iter()
            .flat_map(|&id| facts_in(&chart_copy(id).description))
            .collect();
        let mut claims: Vec<ClaimId> = Vec::new();
        for copy in SECTIONS.iter() {
            for text in section_prose(copy.id)
                .iter()
                .chain(copy.steps.iter().map(|s| &s.text))
            {
                told.extend(facts_in(text));
            }
            told.extend(copy.steps.iter().flat_map(|s| s.highlights.iter().copied()));
            told.extend(copy.figures.iter().map(|f| f.fact));
            claims.extend(copy.claims.iter().copied());
        }
        // The fact desk, in the sources section, lists what the page checked the article with.
        for correction in crate::content::corrections::CORRECTIONS {
            for reference in correction.refs {
                match *reference {
                    Ref::Fact(id) => told.push(id),
                    Ref::Claim(id) => claims.push(id),
                }
            }
        }
        for &id in FactId::ALL {
            assert!(told.contains(&id), "{id:?} is never shown");
        }
        for &id in ClaimId::ALL {
            assert!(claims.contains(&id), "{id:?} is never cited by a section");
        }
    }

    #[test]
    fn sections_credit_their_sources() {
        let liq = section_sources(SectionId::Liquidations);
        assert!(liq.contains(&Source::CoinGlass) && liq.contains(&Source::SynFutures));
        let conf = section_sources(SectionId::Confidence);
        for s in [
            Source::Bloomberg,
            Source::CryptoQuant,
            Source::Polymarket,
            Source::Monarq,
        ] {
            assert!(conf.contains(&s), "{s:?}");
        }
        assert!(section_sources(SectionId::Jobs).contains(&Source::UsDepartmentOfLabor));
        assert!(section_sources(SectionId::Fear).contains(&Source::Aaii));
        assert!(section_sources(SectionId::AiTrigger).contains(&Source::Anthropic));
        assert!(section_sources(SectionId::Sources).is_empty());
    }
}
