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

/// Everything a section says.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct SectionCopy {
    pub id: SectionId,
    pub kicker: Text,
    pub headline: Text,
    /// The paragraphs are in [`PROSE`] ([`section_prose`]).
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
    for source in section_prose(id)
        .iter()
        .flat_map(facts_in)
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

/// A lab's entry: only its name, for the contents; the lab's own copy (`copy_labs`,
/// `copy_cascade`) is what it shows.
const fn lab(id: SectionId, kicker: Text) -> SectionCopy {
    section(id, kicker, kicker, &[])
}

const fn section(
    id: SectionId,
    kicker: Text,
    headline: Text,
    claims: &'static [ClaimId],
) -> SectionCopy {
    SectionCopy {
        id,
        kicker,
        headline,
        claims,
    }
}

use ClaimId as C;

/// All sections, in `SectionId::ALL` order.
pub static SECTIONS: [SectionCopy; 11] = [
    section(
        SectionId::Opening,
        t("这一夜", "The night"),
        t("五个市场，同一个方向", "Five markets, one direction"),
        &[],
    ),
    section(
        SectionId::Crypto,
        t("币市", "Crypto"),
        t(
            "比特币跌穿市场倚重的关口",
            "Bitcoin breaks the floor the market trusted",
        ),
        &[
            C::BtcBackToOct2024,
            C::EtfNetSellers2026,
            C::TangConfidenceCrisis,
            C::Line70kBroken,
        ],
    ),
    section(
        SectionId::Liquidations,
        t("爆仓", "Liquidations"),
        t(
            "下跌如何变成被迫抛售",
            "How a fall turns into forced selling",
        ),
        &[
            C::CaiRiskOff,
            C::BinanceRecord,
            C::RobinhoodLargestSince2022,
        ],
    ),
    lab(SectionId::LeverageLab, t("杠杆实验室", "Leverage lab")),
    section(
        SectionId::Markets,
        t("全线市场", "Every market"),
        t(
            "无处可躲：美股、就业、美联储与原油",
            "Nowhere to hide: stocks, jobs, the Fed and oil",
        ),
        &[
            C::NasdaqWorstThreeDays,
            C::SoftwareHitHarder,
            C::TriLowSinceMar2020,
            C::OpusLaunch,
            C::AiDisruptionFear,
            C::AppleGoogleLower,
            C::ChallengerHighestJanuary,
            C::ElErianDecoupling,
            C::JoblessClaimsAboveForecast,
            C::JobOpeningsLowest,
            C::WarshNominated,
            C::WarshStance,
            C::CutAndShrinkFear,
            C::OilGeopolitics,
        ],
    ),
    // The margin-hike chart sits in this section; the margin lab credits CME itself.
    section(
        SectionId::Havens,
        t("贵金属", "Precious metals"),
        t(
            "避风港失守，保证金加码",
            "The havens give way, and margins go up",
        ),
        &[C::MetalsLastFriday, C::CmeMarginHike],
    ),
    lab(SectionId::MarginLab, t("保证金实验室", "Margin lab")),
    // The contents name each lab as its own header does (`copy_labs::ACCOUNT_TITLE`).
    lab(
        SectionId::AccountLab,
        t("被清空的账户", "The wiped-out account"),
    ),
    // The cascade lab's own kicker (`copy_cascade::KICKER`).
    lab(SectionId::Cascade, t("连环强平实验室", "Cascade lab")),
    section(
        SectionId::Closing,
        t("尾声", "Aftermath"),
        t(
            "恐慌蔓延，却找不到单一的起因",
            "Fear everywhere, and no single cause",
        ),
        &[
            C::FearGreedExtreme,
            C::AaiiHighestSince2008,
            C::JpMorganMargins,
            C::GoldmanPause,
        ],
    ),
    section(
        SectionId::Sources,
        t("方法与来源", "Method and sources"),
        t("本文数据从何而来", "Where the numbers come from"),
        &[],
    ),
];

/// Each section's paragraphs, in `SectionId::ALL` order. Kept apart from [`SECTIONS`], which the
/// Wasm module reads (kickers and headlines for the contents), so that the prose is reached only
/// from the prerendered writers.
pub static PROSE: [&[Text]; 11] = [
    // Opening
    &[
        t(
            "加密货币、美国科技股、白银、黄金和原油，平时很少在同一个晚上一起下跌，这一夜却齐齐走低。CoinGlass统计，{@coinglass_24h}内共有{liq_traders}名交易者被强制平仓，涉及仓位{liq_usd}；这是被平掉的仓位价值，并非持有人的亏损。",
            "Crypto, US technology stocks, silver, gold and crude oil rarely fall on the same night. On this one they did. CoinGlass counted {liq_traders} traders forcibly closed out over the {@coinglass_24h}, in positions worth {liq_usd}: the value of the positions, not what their owners lost.",
        ),
        t(
            "下文按时间拆解这一夜：比特币怎样失守，杠杆怎样把下跌变成连环强平，平日的避风港又为何一同失灵。四个实验室让你亲手设定杠杆和保证金。",
            "What follows takes the night apart in order: how bitcoin broke, how leverage turned a fall into a cascade, and why the places money usually hides gave way too. Four labs let you set the leverage and the margin yourself.",
        ),
    ],
    // Crypto
    &[
        t(
            "比特币领跌。美股开盘前后它仍报{btc_0916_et}；到{@bj_0630}已跌至{btc_0630}，日内跌{btc_day}，随后在亚洲交易时段一度触及{btc_intraday_low}，退回{@oct_2024}的水平。与{@oct_2025}的高点相比，比特币累计下跌{btc_from_peak}，总市值从{btc_cap_peak}缩水到{btc_cap_now}。",
            "Bitcoin led the way down. Around the US open it still traded at {btc_0916_et}; by {@bj_0630} it was at {btc_0630}, {btc_day} lower on the day, and in Asian trade it touched {btc_intraday_low}, back where it stood in {@oct_2024}. From the {@oct_2025} peak it had lost {btc_from_peak}, and its market value had shrunk from {btc_cap_peak} to {btc_cap_now}.",
        ),
        t(
            "其他币种跌得更深：以太坊跌{eth_day}，XRP跌{xrp_day}，SOL跌{sol_day}。支撑上一轮上涨的买家早已离场：比特币ETF在{@monday}还有{etf_in_monday}净流入，随后两天流出{etf_out_two_days}；CryptoQuant的数据显示，{@same_2025}买入{etf_btc_bought_2025}的美国ETF，{@ytd_2026}已成为净卖方。",
            "Other coins fell harder: ether {eth_day}, XRP {xrp_day}, Solana {sol_day}. The buyers who had carried the rally were already leaving. Bitcoin ETFs took in {etf_in_monday} on {@monday}, then lost {etf_out_two_days} over the next two days; CryptoQuant found that US funds, which bought {etf_btc_bought_2025} over {@same_2025}, were net sellers in {@ytd_2026}.",
        ),
        t(
            "不少交易者曾把{line_70k}视为政策会守住的底线。这道关口失守后，Monarq Asset Management的Shiliang Tang称加密市场陷入了信心危机；Polymarket上的押注给出比特币年内跌破{poly_65k_level}的概率为{poly_65k_prob}。",
            "Many traders had treated {line_70k} as a floor that policy would defend. Once it gave way, Shiliang Tang of Monarq Asset Management called it a crisis of confidence, and bettors on Polymarket put the odds of bitcoin going below {poly_65k_level} this year at {poly_65k_prob}.",
        ),
    ],
    // Liquidations
    &[
        t(
            "杠杆交易者只需拿出仓位价值的一小部分作保证金。一旦亏损把保证金吃到交易所规定的维持水平，交易所便直接出手，在市场上卖出平仓。这些卖单把价格压得更低，又碰到下一位交易者的强平线。",
            "A leveraged trader puts up only a slice of a position's value as margin. When losses eat that margin down to the exchange's maintenance level, the exchange closes the position itself, by selling into the market. Those sales push the price lower, into the next trader's trigger.",
        ),
        t(
            "一天之内的爆仓人数就这样累积到{liq_traders}，被平掉的仓位达{liq_usd}。SynFutures的Wenny Cai认为，此时决定价格的是被动卖盘和脆弱的资产负债表，而不是任何关于前景的故事。币安等平台的强平订单创下单日纪录；一张流传甚广的截图里，账户余额从{account_before}跌到{account_after}。",
            "That is how the count reached {liq_traders} in a day, with {liq_usd} of positions closed. Wenny Cai of SynFutures said forced selling and fragile balance sheets, not any story about the future, were now setting prices. Binance and other venues logged a record day of liquidation orders, and one widely shared screenshot showed an account going from {account_before} to {account_after}.",
        ),
        t(
            "股市散户也在去杠杆：Robinhood平台的融资余额一天内减少{robinhood_margin_drop}，报道称这是{@jan_2021}散户逼空风波以来最大的单日降幅。",
            "Stock traders were cutting leverage too: margin balances at Robinhood fell by {robinhood_margin_drop} in a day, which the report calls the largest drop since the meme-stock squeeze of {@jan_2021}.",
        ),
    ],
    // LeverageLab
    &[],
    // Markets
    &[
        t(
            "同一时段，华尔街也没能撑住。三大指数收盘均跌{us_indexes_day}，纳指跌{nasdaq_day}，录得{@apr_2025}以来最差的连续三个交易日。软件和数据公司跌得最重：FactSet盘中一度跌{factset_intraday}，汤森路透跌到{@mar_2020}以来的最低点。",
            "Wall Street gave way in the same hours. All three main indexes closed down {us_indexes_day}, and the Nasdaq's {nasdaq_day} fall capped its worst three days since {@apr_2025}. Software and data firms fell hardest: FactSet lost {factset_intraday} at one point, and Thomson Reuters sank to its lowest since {@mar_2020}.",
        ),
        t(
            "部分原因是一次产品发布。{@thursday}，Anthropic推出主打金融研究的Claude Opus 4.6，投资者开始追问：如果模型能廉价完成分析，靠卖分析和数据赚钱的公司还值多少？大型科技股同样受挫，亚马逊跌{amzn_day}，苹果和谷歌小幅收低。",
            "Part of the reason was a product launch. On {@thursday} Anthropic released Claude Opus 4.6, pitched at financial research, and investors began asking what firms that sell analysis and data are worth if a model does the work cheaply. Big tech suffered too: Amazon lost {amzn_day}, and Apple and Google closed slightly lower.",
        ),
        t(
            "经济数据也在示警。{@jan_2026}美国雇主宣布裁员{challenger_jan}人，为金融危机以来一月份最多；首次申领失业金人数升至{jobless_claims}，高于预期的{jobless_claims_forecast}，职位空缺跌到{@sep_2020}以来最低。埃里安提醒，GDP仍在以{gdp_growth}的速度增长，就业却在走弱，两者正在脱钩。",
            "The economy sent its own warnings. US employers announced {challenger_jan} job cuts in {@jan_2026}, the most for a January since the financial crisis; jobless claims rose to {jobless_claims} against a forecast of {jobless_claims_forecast}, and job openings fell to their lowest since {@sep_2020}. Mohamed El-Erian noted that this was happening while GDP still grew at {gdp_growth}: jobs were parting ways with growth.",
        ),
        t(
            "与此同时，特朗普提名曾任美联储理事的凯文·沃什出任美联储主席。沃什主张大幅缩表，市场担心降息与缩表并行，实际收紧美元流动性。油价也在增长忧虑和地缘局势变化中走低，WTI原油期货以{wti_price}结算，跌幅{wti_day}。",
            "Meanwhile President Trump named Kevin Warsh, a former Fed governor and a hawk who wants a much smaller balance sheet, to chair the Fed; markets feared rate cuts paired with shrinkage, which would tighten dollar liquidity. Oil slid on growth worries and shifting geopolitics, WTI settling {wti_day} lower at {wti_price}.",
        ),
    ],
    // Havens
    &[
        t(
            "风暴来临时，资金通常躲进黄金和白银。这一次它们却随大流下跌：现货白银盘中一度跌{silver_day}，现货黄金跌{gold_day}；就在{@last_friday}，金银刚经历过一轮历史性抛售。",
            "Gold and silver are where money usually runs in a storm. This time they fell with everything else: spot silver at one point lost {silver_day} and spot gold {gold_day}, a week after both had been through a historic sell-off on {@last_friday}.",
        ),
        t(
            "期货交易者还要面对更高的门槛。暴跌之后，CME把黄金期货的保证金提高到合约价值的{cme_gold_margin}，白银提高到{cme_silver_margin}。保证金一提高，要么立刻补钱，要么缩小仓位；下面的实验室可以算出要补多少。",
            "Futures traders then faced a higher bar. After the fall, CME raised margins to {cme_gold_margin} of a gold contract's value and {cme_silver_margin} for silver. A higher margin means cash on demand or a smaller position; the lab below works out how much.",
        ),
    ],
    // MarginLab
    &[],
    // AccountLab
    &[],
    // Cascade
    &[],
    // Closing
    &[
        t(
            "情绪指标随之跌入恐慌。原文称CNN恐惧与贪婪指数跌至{fear_greed}，处于“极度恐惧”区间，但其他报道的读数不同，详见“更正与澄清”。机构同样在收缩：摩根大通提高了企业贷款的保证金要求，高盛则叫停了一部分大宗商品衍生品的新增交易。",
            "The sentiment gauges sank into panic. The article puts CNN's Fear & Greed Index at {fear_greed}, in \"extreme fear\", though other reports give a different reading (see Corrections and clarifications). Institutions pulled back too: JPMorgan raised margins on corporate loans and Goldman Sachs paused some new commodity-derivatives trades.",
        ),
        t(
            "这一夜找不到单一的起因。连环强平、ETF资金外流、AI对软件业的冲击、降温的就业市场和对美联储收紧的担忧，在几天之内接踵而至，彼此放大。本文不作预测，每个数字的出处都列在下方。",
            "No one cause explains the night. Liquidations, ETF outflows, AI's threat to software, a cooling job market and fear of a tighter Fed arrived within a few days, and each made the others worse. This piece makes no forecast; the source of every figure is listed below.",
        ),
    ],
    // Sources
    &[
            t(
                "本页多数行情与统计数字出自一篇中文新闻报道，按其引述的口径呈现，并注明报道所列的出处；原文未注明数据提供方的指数、油价和金属价格，来源一栏注明为原文引述的行情。夜间时间轴上带时刻的比特币价格等数字，取自下方列出的其他公开报道，逐条注明出处。正文由本站以中英文分别撰写，未照搬报道原文。",
                "Most market figures and statistics on this page come from a Chinese news report, shown as that report quotes it and credited to the original source it names. Index, oil and metal prices for which the report names no provider are labelled \"market data as reported by the article\". The timed bitcoin prices on the night clock, and the other figures credited to them, come from the further public reports listed below. The prose is our own, written separately in each language.",
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
            let range = if labs.contains(&id) { 0..=0 } else { 2..=4 };
            assert!(
                range.contains(&section_prose(copy.id).len()),
                "{id:?} has {} paragraphs",
                section_prose(copy.id).len()
            );
        }
    }

    /// The edit's length budget (issue 14): the chapters' prose, read in English, stays short
    /// enough to finish. The labs and the method section are counted by the end-to-end test.
    #[test]
    fn the_narrative_stays_under_a_thousand_words() {
        let words: usize = SectionId::ALL
            .iter()
            .filter(|&&id| id != SectionId::Sources)
            .flat_map(|&id| section_prose(id))
            .map(|p| render(p, Lang::En).split_whitespace().count())
            .sum();
        assert!(words <= 1000, "{words} words");
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
                for (number, _) in crate::test_support::number_runs(&chars) {
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
    fn the_opening_counts_the_liquidated_and_their_positions() {
        let p = render(&section_prose(SectionId::Opening)[0], Lang::Zh);
        assert!(p.contains("逾43万") && p.contains("20.69亿美元"), "{p}");
        let p = render(&section_prose(SectionId::Opening)[0], Lang::En);
        assert!(
            p.contains("more than 430,000") && p.contains("$2.07 billion"),
            "{p}"
        );
    }

    /// Figures the edit (issue 14) left out of the chapters: each is still in the all-figures
    /// table, the records' CSV and the data download, and leaving one out is a decision made here.
    const TABLE_ONLY: &[FactId] = &[
        FactId::BtcAbove,
        FactId::LiqCny,
        FactId::Poly55kLevel,
        FactId::Poly55kProb,
        FactId::NasdaqStreak,
        FactId::BrentPrice,
    ];

    /// Told where a reader meets it: a chapter's prose, a chart (its marks or its description)
    /// or the fact desk; or deliberately left to the tables ([`TABLE_ONLY`]). The
    /// labs' own copy does not count.
    #[test]
    fn every_fact_and_claim_is_told_somewhere() {
        use crate::content::chart_copy::{chart_copy, ChartId};
        use crate::sections::chart_data::chart_facts;
        let mut told: Vec<FactId> = ChartId::ALL
            .iter()
            .flat_map(|&id| {
                facts_in(&chart_copy(id).description)
                    .into_iter()
                    .chain(chart_facts(id))
            })
            .collect();
        let mut claims: Vec<ClaimId> = Vec::new();
        for copy in SECTIONS.iter() {
            for text in section_prose(copy.id) {
                told.extend(facts_in(text));
            }
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
            assert!(
                told.contains(&id) != TABLE_ONLY.contains(&id),
                "{id:?}: {}",
                if told.contains(&id) {
                    "told, so not table-only"
                } else {
                    "never shown"
                }
            );
        }
        for &id in ClaimId::ALL {
            assert!(claims.contains(&id), "{id:?} is never cited by a section");
        }
    }

    #[test]
    fn sections_credit_their_sources() {
        let liq = section_sources(SectionId::Liquidations);
        assert!(liq.contains(&Source::CoinGlass) && liq.contains(&Source::SynFutures));
        let conf = section_sources(SectionId::Crypto);
        for s in [
            Source::Bloomberg,
            Source::CryptoQuant,
            Source::Polymarket,
            Source::Monarq,
        ] {
            assert!(conf.contains(&s), "{s:?}");
        }
        let markets = section_sources(SectionId::Markets);
        assert!(markets.contains(&Source::UsDepartmentOfLabor));
        assert!(markets.contains(&Source::Anthropic));
        assert!(section_sources(SectionId::Closing).contains(&Source::Aaii));
        assert!(section_sources(SectionId::Sources).is_empty());
    }
}
