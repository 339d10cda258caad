//! Copy for the story's charts and for the section chrome that is not prose: chart titles and
//! text alternatives, the short names marks are labelled with, table headers and the notes of
//! the sources section. Like the story, copy names figures as `{placeholders}` (rendered with
//! `story::render_in`) and never writes a number itself.

use super::facts::FactId;
use super::Text;

/// Every chart (and figure panel) of the narrative sections. The slug names its element id
/// (`chart-<slug>`) and its CSV download (`chart-<slug>.csv`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ChartId {
    /// Every asset the article gives a move for, grouped by class.
    Moves,
    BtcPrice,
    BtcValue,
    CryptoMoves,
    Liquidations,
    EtfFlows,
    Floor,
    Polymarket,
    Equities,
    Jobs,
    Metals,
    MarginHikes,
    Oil,
    Account,
    Robinhood,
    Fear,
    Timeline,
}

impl ChartId {
    pub const ALL: [ChartId; 17] = [
        ChartId::Moves,
        ChartId::BtcPrice,
        ChartId::BtcValue,
        ChartId::CryptoMoves,
        ChartId::Liquidations,
        ChartId::EtfFlows,
        ChartId::Floor,
        ChartId::Polymarket,
        ChartId::Equities,
        ChartId::Jobs,
        ChartId::Metals,
        ChartId::MarginHikes,
        ChartId::Oil,
        ChartId::Account,
        ChartId::Robinhood,
        ChartId::Fear,
        ChartId::Timeline,
    ];

    pub fn slug(self) -> &'static str {
        match self {
            ChartId::Moves => "moves",
            ChartId::BtcPrice => "btc-price",
            ChartId::BtcValue => "btc-value",
            ChartId::CryptoMoves => "crypto-moves",
            ChartId::Liquidations => "liquidations",
            ChartId::EtfFlows => "etf-flows",
            ChartId::Floor => "floor",
            ChartId::Polymarket => "polymarket",
            ChartId::Equities => "equities",
            ChartId::Jobs => "jobs",
            ChartId::Metals => "metals",
            ChartId::MarginHikes => "margin-hikes",
            ChartId::Oil => "oil",
            ChartId::Account => "account",
            ChartId::Robinhood => "robinhood",
            ChartId::Fear => "fear",
            ChartId::Timeline => "timeline",
        }
    }

    /// The chart whose [`ChartId::slug`] is `slug`.
    pub fn parse(slug: &str) -> Option<ChartId> {
        ChartId::ALL.into_iter().find(|id| id.slug() == slug)
    }

    /// The element id of the chart's frame, also the CSV's file name without `.csv`.
    pub fn element_id(self) -> String {
        format!("chart-{}", self.slug())
    }
}

/// A chart's title and its text alternative (which names the figures the chart shows).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ChartCopy {
    pub title: Text,
    pub description: Text,
}

const fn copy(title: Text, description: Text) -> ChartCopy {
    ChartCopy { title, description }
}

const fn t(zh: &'static str, en: &'static str) -> Text {
    Text::new(zh, en)
}

pub fn chart_copy(id: ChartId) -> ChartCopy {
    match id {
        ChartId::Moves => copy(
            t("同一夜，每个市场都在下跌", "One night, every market down"),
            t(
                "这一夜各类资产的涨跌幅，按类别排列，没有一项上涨。加密货币跌得最深：XRP{xrp_day:full}，比特币{btc_day:full}。美股三大指数各自{us_indexes_day:full}，纳指{nasdaq_day:full}，FactSet盘中{factset_intraday:full}。现货白银盘中{silver_day:full}，黄金{gold_day:full}。WTI原油收盘{wti_day:full}，布伦特原油{brent_day:full}。带箭头的条形是下限，实际跌幅更大。",
                "The night's moves by asset class; nothing rose. Crypto fell furthest: XRP {xrp_day:full}, bitcoin {btc_day:full}. The three main US indexes were each {us_indexes_day:full} and the Nasdaq {nasdaq_day:full}; FactSet was {factset_intraday:full} intraday. Spot silver was at one point {silver_day:full}, gold {gold_day:full}. WTI crude settled {wti_day:full}, Brent {brent_day:full}. Bars with an arrow are lower bounds: the real fall was larger.",
            ),
        ),
        ChartId::BtcPrice => copy(
            t("比特币价格：跌破关口", "Bitcoin's price breaks through the line"),
            t(
                "下跌开始之前，比特币价格{btc_above}；到{@bj_0630}，报{btc_0630}。这是下跌途中的读数，不是最低点，此后币价仍在走低。",
                "Before the slide, bitcoin traded at {btc_above}; by {@bj_0630} it fetched {btc_0630}. That reading came mid-fall, not at the bottom: the price kept dropping afterwards.",
            ),
        ),
        ChartId::BtcValue => copy(
            t("比特币总市值几乎腰斩", "Bitcoin's market value, nearly halved"),
            t(
                "流通中全部比特币的总值，从{@oct_2025}高点时的{btc_cap_peak}降到{btc_cap_now}；同期价格累计{btc_from_peak:full}。虚线框是高点时的大小。",
                "The value of all bitcoin in circulation fell from {btc_cap_peak} at the {@oct_2025} peak to {btc_cap_now}, as the price went {btc_from_peak:full}. The dashed outline is the size at the peak.",
            ),
        ),
        ChartId::CryptoMoves => copy(
            t("主要加密货币的跌幅", "How far the big coins fell"),
            t(
                "比特币{btc_day:full}，以太坊{eth_day:full}，XRP{xrp_day:full}，SOL{sol_day:full}，狗狗币{doge_day:full}。带箭头的条形是下限。",
                "Bitcoin {btc_day:full}, ether {eth_day:full}, XRP {xrp_day:full}, Solana {sol_day:full}, dogecoin {doge_day:full}. Bars with an arrow are lower bounds.",
            ),
        ),
        ChartId::Liquidations => copy(
            t("CoinGlass统计的爆仓规模", "The liquidations CoinGlass counted"),
            t(
                "{@coinglass_24h}：{liq_traders}名交易者爆仓，被强平仓位的价值合计{liq_usd}，按原文折算为{liq_cny}。这是滚动统计，读取的时点不同，数字也不同。",
                "In the {@coinglass_24h}: {liq_traders} traders liquidated, in positions worth {liq_usd} in all, or {liq_cny} at the article's conversion. The count is a rolling total and changes with the hour it is read.",
            ),
        ),
        ChartId::EtfFlows => copy(
            t("比特币ETF：资金先进后出", "Bitcoin ETFs: money in, then out"),
            t(
                "据彭博社汇编的数据，比特币ETF在{@monday}净流入{etf_in_monday}；随后的{@tue_wed}两个交易日，流出{etf_out_two_days}。流出额是下限。",
                "Bloomberg's compilation: bitcoin ETFs took in {etf_in_monday} on {@monday}, then saw {etf_out_two_days} flow out over the next two trading days, {@tue_wed}. The outflow is a lower bound.",
            ),
        ),
        ChartId::Floor => copy(
            t("买家离场，关口失守", "The buyers leave, the floor gives way"),
            t(
                "一年前同期，美国ETF买入{etf_btc_bought_2025}，今年已转为净卖出（CryptoQuant）。许多人视为心理关口的{line_70k}被击穿，{@bj_0630}比特币报{btc_0630}。",
                "A year earlier US ETFs bought {etf_btc_bought_2025}; this year they are net sellers (CryptoQuant). The {line_70k} line many treated as a floor broke, and at {@bj_0630} bitcoin fetched {btc_0630}.",
            ),
        ),
        ChartId::Polymarket => copy(
            t("Polymarket：押注还会再跌", "Polymarket: betting on further falls"),
            t(
                "预测市场Polymarket的合约价格显示，比特币年内跌破{poly_65k_level}的概率为{poly_65k_prob}，跌破{poly_55k_level}的概率为{poly_55k_prob}。",
                "Contract prices on the prediction market Polymarket put the odds of bitcoin falling below {poly_65k_level} this year at {poly_65k_prob}, and below {poly_55k_level} at {poly_55k_prob}.",
            ),
        ),
        ChartId::Equities => copy(
            t("美股：科技股与软件股领跌", "US stocks: tech and software led the way down"),
            t(
                "{@us_session}：三大指数各自{us_indexes_day:full}，纳指{nasdaq_day:full}；亚马逊{amzn_day:full}，微软{msft_day:full}，特斯拉{tsla_day:full}，英伟达{nvda_day:full}；FactSet盘中{factset_intraday:full}，汤森路透{tri_day:full}。带箭头的条形是下限。",
                "In {@us_session}: the three main indexes each {us_indexes_day:full}, the Nasdaq {nasdaq_day:full}; Amazon {amzn_day:full}, Microsoft {msft_day:full}, Tesla {tsla_day:full}, Nvidia {nvda_day:full}; FactSet {factset_intraday:full} intraday, Thomson Reuters {tri_day:full}. Bars with an arrow are lower bounds.",
            ),
        ),
        ChartId::Jobs => copy(
            t("裁员增加，增长仍在", "More layoffs, while the economy still grows"),
            t(
                "{@jan_2026}，美国雇主公布的裁员人数为{challenger_jan}（Challenger, Gray & Christmas）；埃里安指出，同期GDP增速仍有{gdp_growth}。",
                "In {@jan_2026}, US employers announced {challenger_jan} job cuts (Challenger, Gray & Christmas), while GDP, El-Erian noted, was still growing at {gdp_growth}.",
            ),
        ),
        ChartId::Metals => copy(
            t("避险资产也在下跌", "The havens fell too"),
            t(
                "{@night}，现货白银盘中{silver_day:full}，现货黄金{gold_day:full}。两者都是下限。",
                "During the {@night}, spot silver was at one point {silver_day:full} and spot gold {gold_day:full}. Both are lower bounds.",
            ),
        ),
        ChartId::MarginHikes => copy(
            t("CME上调金银期货保证金", "CME raises the margin on gold and silver"),
            t(
                "{@cme_effective}起，CME黄金期货的保证金为合约价值的{cme_gold_margin}，白银期货为{cme_silver_margin}。",
                "From {@cme_effective}, CME's gold futures need margin of {cme_gold_margin} of the contract's value, silver futures {cme_silver_margin}.",
            ),
        ),
        ChartId::Oil => copy(
            t("原油双双收跌", "Both crude benchmarks settle lower"),
            t(
                "{@us_session}：WTI原油期货{wti_day:full}，收于{wti_price}；布伦特原油期货{brent_day:full}，收于{brent_price}。",
                "In {@us_session}: WTI crude futures {wti_day:full}, settling at {wti_price}; Brent crude futures {brent_day:full}, settling at {brent_price}.",
            ),
        ),
        ChartId::Account => copy(
            t("一个被清空的账户", "One account, emptied"),
            t(
                "一条被广泛转发的帖子显示，账户余额从{account_before}缩水到{account_after}。虚线框是之前的余额。",
                "A widely shared post showed an account balance shrinking from {account_before} to {account_after}. The dashed outline is the balance before.",
            ),
        ),
        ChartId::Robinhood => copy(
            t("散户的杠杆也在退潮", "Retail leverage drains too"),
            t(
                "Robinhood平台上的融资余额一天之内减少{robinhood_margin_drop}。",
                "Margin balances on Robinhood's platform fell by {robinhood_margin_drop} in a single day.",
            ),
        ),
        ChartId::Fear => copy(
            t("恐慌的读数", "Fear, measured"),
            t(
                "CNN恐惧与贪婪指数跌到{fear_greed}，处在“极度恐惧”区间，读数越低代表越恐惧；原文称，美国个人投资者协会的调查中，看空后市的受访者占{aaii_bears}，为{@dec_2008}以来最高。",
                "CNN's Fear & Greed Index fell to {fear_greed}, in its \"extreme fear\" band (the lower, the more fearful); the article reports that in the American Association of Individual Investors' survey, {aaii_bears} of respondents were bearish, the most since {@dec_2008}.",
            ),
        ),
        ChartId::Timeline => copy(
            t("一周的铺垫，一夜的下跌", "How the week led into the night"),
            t(
                "从一月的裁员数据到CME新保证金生效，按时间排列的关键事件。精确到分钟的时间可以在北京时间和美东时间之间切换；只给出日期的事件保留原本的时区。",
                "The key events in order, from January's job cuts to CME's new margins taking effect. Clock times switch between Beijing and US Eastern time; events given only as dates keep their own time zone.",
            ),
        ),
    }
}

/// The short name a chart labels a move with ("Ether" rather than the record's "Ether, change").
pub fn mark_label(id: FactId) -> Option<Text> {
    use FactId as F;
    Some(match id {
        F::BtcDay => t("比特币", "Bitcoin"),
        F::EthDay => t("以太坊", "Ether"),
        F::XrpDay => t("XRP", "XRP"),
        F::SolDay => t("SOL", "Solana (SOL)"),
        F::DogeDay => t("狗狗币", "Dogecoin"),
        F::UsIndexesDay => t("美股三大指数（各自）", "Each of the three main US indexes"),
        F::NasdaqDay => t("纳斯达克指数", "Nasdaq"),
        F::FactsetIntraday => t("FactSet（盘中）", "FactSet (intraday)"),
        F::SilverDay => t("现货白银（盘中）", "Spot silver (intraday)"),
        F::GoldDay => t("现货黄金", "Spot gold"),
        F::WtiDay => t("WTI原油期货", "WTI crude futures"),
        F::BrentDay => t("布伦特原油期货", "Brent crude futures"),
        F::BtcAbove => t("下跌开始前", "Before the slide"),
        F::BtcAt0630 => t("{@bj_0630}", "{@bj_0630}"),
        F::BtcCapPeak => t("{@oct_2025}高点", "Peak, {@oct_2025}"),
        F::BtcCapNow => t("暴跌之后", "After the fall"),
        F::EtfInMonday => t("周一净流入", "Monday inflow"),
        F::EtfOutTwoDays => t("随后两日流出", "Outflow, next two days"),
        F::Poly65kProb => t(
            "年内跌破{poly_65k_level}",
            "Below {poly_65k_level} this year",
        ),
        F::Poly55kProb => t(
            "年内跌破{poly_55k_level}",
            "Below {poly_55k_level} this year",
        ),
        F::CmeGoldMargin => t("黄金期货", "Gold futures"),
        F::CmeSilverMargin => t("白银期货", "Silver futures"),
        F::AccountBefore => t("之前", "Before"),
        F::AccountAfter => t("之后", "After"),
        F::AaiiBears => t(
            "AAII调查：看空者占比（据原文）",
            "AAII survey: share bearish (as the article reports)",
        ),
        _ => return None,
    })
}

// Groups of the cross-asset and equities charts.
pub const GROUP_CRYPTO: Text = t("加密货币", "Crypto");
pub const GROUP_US_STOCKS: Text = t("美股", "US stocks");
pub const GROUP_METALS: Text = t("贵金属", "Precious metals");
pub const GROUP_OIL: Text = t("原油", "Crude oil");
pub const GROUP_INDEXES: Text = t("指数", "Indexes");
pub const GROUP_BIG_TECH: Text = t("大型科技股", "Big tech");
pub const GROUP_SOFTWARE: Text = t("软件与数据", "Software and data");

/// Under charts with open-ended (lower-bound) marks.
pub const BOUND_LEGEND: Text = t(
    "箭头及“超”“逾”表示下限：实际数值更大",
    "Arrow and \"+\": a lower bound; the real figure was larger",
);
/// Under the Polymarket and fear gauges: an open dot would be a lower bound.
pub const DOT_LEGEND: Text = t("空心圆点表示下限", "An open dot marks a lower bound");

// Table and CSV headers.
pub const COL_LABEL: Text = t("项目", "Item");
pub const COL_GROUP: Text = t("类别", "Group");
pub const COL_VALUE: Text = t("数值", "Value");
pub const COL_DISPLAY: Text = t("图中显示", "Shown as");
pub const COL_SOURCE: Text = t("来源", "Source");
pub const COL_NOTE: Text = t("备注", "Note");
pub const COL_WHEN: Text = t("时间", "When");
pub const COL_PRECISION: Text = t("精确程度", "Precision");

/// Separators in lists of names.
pub const LIST_SEPARATOR: Text = t("、", ", ");
pub const CLAUSE_SEPARATOR: Text = t("；", "; ");
pub const NOTE_PREFIX: Text = t("注：", "Note: ");

// Scroll steps and the contents.
pub const STEPS_LABEL: Text = t("分步解读", "Step by step");
pub const CURRENT_SECTION: Text = t("当前章节", "Current section");

/// In place of an interactive that is not in this build yet.
pub const LAB_PENDING: Text = t(
    "这里将放置一个互动模拟。在它上线之前，上面的文字已经讲清了其中的机制。",
    "An interactive simulation goes here. Until it arrives, the text above explains the mechanism.",
);

// The sources section.
pub const SOURCES_LIST_TITLE: Text = t("本页引用的来源", "The sources this page cites");
pub const ALL_FIGURES_TITLE: Text = t("本页的全部数字", "Every figure on this page");
pub const ALL_FIGURES_NOTE: Text = t(
    "每个数字只记录一次，正文、图表和这张表读取的是同一份记录。",
    "Each figure is recorded once; the prose, the charts and this table all read the same record.",
);
pub const DOWNLOAD_ALL_FIGURES: Text = t("全部记录（CSV）", "Every record (CSV)");
pub const KINDS_TITLE: Text = t("报道数据与模型", "Reported figures and models");
pub const REPORTED_NOTE: Text = t(
    "报道中的真实数字，按原文口径引用并注明来源；正文、图表和时间线里的数字都属于这一类。",
    "Real figures from the report, quoted as given and credited; every number in the prose, the charts and the timeline is one of these.",
);
pub const CITED_FOR: Text = t("本页引用：", "Cited for: ");
pub const QUOTED: Text = t("引述：", "Quoted: ");

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::format::MISSING;
    use crate::content::story::{facts_in, render_in};
    use crate::content::time::TimeZoneChoice;
    use crate::content::Lang;

    fn all_texts() -> Vec<(String, Text)> {
        let mut out = Vec::new();
        for id in ChartId::ALL {
            let c = chart_copy(id);
            out.push((format!("{}.title", id.slug()), c.title));
            out.push((format!("{}.description", id.slug()), c.description));
        }
        for &id in FactId::ALL {
            if let Some(label) = mark_label(id) {
                out.push((format!("mark.{}", id.key()), label));
            }
        }
        for (i, text) in [
            GROUP_CRYPTO,
            GROUP_US_STOCKS,
            GROUP_METALS,
            GROUP_OIL,
            GROUP_INDEXES,
            GROUP_BIG_TECH,
            GROUP_SOFTWARE,
            BOUND_LEGEND,
            DOT_LEGEND,
            COL_LABEL,
            COL_GROUP,
            COL_VALUE,
            COL_DISPLAY,
            COL_SOURCE,
            COL_NOTE,
            COL_WHEN,
            COL_PRECISION,
            STEPS_LABEL,
            CURRENT_SECTION,
            LAB_PENDING,
            SOURCES_LIST_TITLE,
            ALL_FIGURES_TITLE,
            ALL_FIGURES_NOTE,
            DOWNLOAD_ALL_FIGURES,
            KINDS_TITLE,
            REPORTED_NOTE,
            CITED_FOR,
            QUOTED,
        ]
        .into_iter()
        .enumerate()
        {
            out.push((format!("const{i}"), text));
        }
        out
    }

    fn is_ideograph(c: char) -> bool {
        matches!(c, '\u{3400}'..='\u{4dbf}' | '\u{4e00}'..='\u{9fff}')
    }

    fn is_cjk(c: char) -> bool {
        is_ideograph(c) || matches!(c, '\u{3000}'..='\u{303f}' | '\u{ff00}'..='\u{ffef}')
    }

    #[test]
    fn copy_exists_in_both_languages_and_resolves() {
        let ascii_only = ["mark.xrp_day", "mark.btc_0630", "mark.sol_day"];
        for (key, text) in all_texts() {
            assert!(
                !text.zh.trim().is_empty() && !text.en.trim().is_empty(),
                "{key}"
            );
            assert!(!text.en.chars().any(is_cjk), "{key}: en has CJK");
            if !ascii_only.contains(&key.as_str()) {
                assert!(
                    text.zh.chars().any(is_ideograph),
                    "{key}: zh has no Chinese"
                );
            }
            for lang in Lang::ALL {
                for tz in TimeZoneChoice::ALL {
                    let rendered = render_in(&text, lang, tz);
                    assert!(
                        !rendered.contains(['{', '}']) && !rendered.contains(MISSING),
                        "{key}: {rendered}"
                    );
                }
            }
        }
    }

    #[test]
    fn no_number_is_written_outside_placeholders() {
        for (key, text) in all_texts() {
            for lang in Lang::ALL {
                let mut depth = 0;
                for c in text.get(lang).chars() {
                    match c {
                        '{' => depth += 1,
                        '}' => depth -= 1,
                        c if depth == 0 => {
                            assert!(!c.is_ascii_digit(), "{key} ({lang:?}) writes a digit")
                        }
                        _ => {}
                    }
                }
            }
        }
    }

    #[test]
    fn descriptions_name_the_same_figures_in_both_languages() {
        for id in ChartId::ALL {
            let description = chart_copy(id).description;
            let zh: Vec<FactId> = {
                let mut v = facts_in(&Text::new(description.zh, description.zh));
                v.sort();
                v
            };
            let mut en = facts_in(&description);
            en.sort();
            assert_eq!(zh, en, "{id:?}");
        }
    }

    #[test]
    fn slugs_are_unique() {
        let mut seen = std::collections::HashSet::new();
        for id in ChartId::ALL {
            assert!(seen.insert(id.slug()));
        }
    }
}
