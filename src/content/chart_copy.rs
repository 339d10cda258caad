//! Copy for the story's charts and for the section chrome that is not prose: chart titles and
//! text alternatives, the short names marks are labelled with, table headers and the notes of
//! the sources section. Like the story, copy names figures as `{placeholders}` (rendered with
//! `story::render_in`) and never writes a number itself.

use super::facts::FactId;
use super::Text;

/// Every chart of the narrative sections. The slug names its element id (`chart-<slug>`) and
/// its CSV download (`chart-<slug>.csv`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ChartId {
    /// The lead graphic: bitcoin's timestamped prices through the night, with the US session.
    NightClock,
    /// Every asset the article gives a move for, grouped by class (the small multiples).
    Moves,
    EtfFlows,
    MarginHikes,
    Fear,
}

impl ChartId {
    pub const ALL: [ChartId; 5] = [
        ChartId::NightClock,
        ChartId::Moves,
        ChartId::EtfFlows,
        ChartId::MarginHikes,
        ChartId::Fear,
    ];

    pub fn slug(self) -> &'static str {
        match self {
            ChartId::NightClock => "night-clock",
            ChartId::Moves => "moves",
            ChartId::EtfFlows => "etf-flows",
            ChartId::MarginHikes => "margin-hikes",
            ChartId::Fear => "fear",
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
        ChartId::NightClock => copy(
            t("这一夜，逐小时", "The night, hour by hour"),
            t(
                "报道中带时间戳的比特币价格：入夜前{btc_0602_gmt}，美股开盘前{btc_0916_et}，{@bj_0630}为{btc_0630}，CoinGecko记录的低点{btc_low_coingecko}，次日美股午盘回到{btc_1453_et_feb6}。阴影是美股交易时段。报道只给出这几个时点，所以图中只画点、不连线。逐小时的爆仓人数没有公开记录，图下列出三次在不同时点读取的滚动全天合计。",
                "Bitcoin's price at each moment a report timestamped it: {btc_0602_gmt} before the night, {btc_0916_et} just before the US open, {btc_0630} at {@bj_0630}, a low of {btc_low_coingecko} on CoinGecko, and {btc_1453_et_feb6} again the next US afternoon. The shaded band is the US stock session. Reports give only these points, so no line joins them. No hour-by-hour liquidation count was published; under the chart are three readings, taken at different times, of the rolling one-day tally.",
            ),
        ),
        ChartId::Moves => copy(
            t("同一夜，每个市场都在下跌", "One night, every market down"),
            t(
                "这一夜各类资产的涨跌幅，按类别排列，没有一项上涨。加密货币跌得最深，XRP{xrp_day:full}。美股三大指数各自{us_indexes_day:full}，纳指{nasdaq_day:full}，FactSet盘中{factset_intraday:full}。现货白银盘中{silver_day:full}，黄金{gold_day:full}。WTI原油收盘{wti_day:full}，布伦特原油{brent_day:full}。带箭头的条形是下限，实际跌幅更大。",
                "The night's moves by asset class; nothing rose. Crypto fell furthest, XRP {xrp_day:full}. The three main US indexes were each {us_indexes_day:full} and the Nasdaq {nasdaq_day:full}; FactSet was {factset_intraday:full} intraday. Spot silver was at one point {silver_day:full}, gold {gold_day:full}. WTI crude settled {wti_day:full}, Brent {brent_day:full}. Bars with an arrow are lower bounds: the real fall was larger.",
            ),
        ),
        ChartId::EtfFlows => copy(
            t("比特币ETF：资金先进后出", "Bitcoin ETFs: money in, then out"),
            t(
                "据彭博社汇编的数据，比特币ETF在{@monday}净流入{etf_in_monday}；随后的{@tue_wed}两个交易日，流出{etf_out_two_days}。流出额是下限。",
                "Bloomberg's compilation: bitcoin ETFs took in {etf_in_monday} on {@monday}, then saw {etf_out_two_days} flow out over the next two trading days, {@tue_wed}. The outflow is a lower bound.",
            ),
        ),
        ChartId::MarginHikes => copy(
            t("CME上调金银期货保证金", "CME raises the margin on gold and silver"),
            t(
                "{@cme_effective}起，CME黄金期货的保证金为合约价值的{cme_gold_margin}，白银期货为{cme_silver_margin}。",
                "From {@cme_effective}, CME's gold futures need margin of {cme_gold_margin} of the contract's value, silver futures {cme_silver_margin}.",
            ),
        ),
        ChartId::Fear => copy(
            t("恐慌的读数", "Fear, measured"),
            t(
                "CNN恐惧与贪婪指数跌到{fear_greed}，处在“极度恐惧”区间，读数越低代表越恐惧；原文称，美国个人投资者协会的调查中，看空后市的受访者占{aaii_bears}，为{@dec_2008}以来最高。",
                "CNN's Fear & Greed Index fell to {fear_greed}, in its \"extreme fear\" band (the lower, the more fearful); the article reports that in the American Association of Individual Investors' survey, {aaii_bears} of respondents were bearish, the most since {@dec_2008}.",
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
        F::EtfInMonday => t("周一净流入", "Monday inflow"),
        F::EtfOutTwoDays => t("随后两日流出", "Outflow, next two days"),
        F::CmeGoldMargin => t("黄金期货", "Gold futures"),
        F::CmeSilverMargin => t("白银期货", "Silver futures"),
        F::AaiiBears => t(
            "AAII调查：看空者占比（据原文）",
            "AAII: share bearish (as reported)",
        ),
        _ => return None,
    })
}

// The night clock.
pub const CLOCK_SESSION: Text = t("美股交易时段", "US session");
pub const CLOCK_LOW: Text = t("低点", "Low ");
pub const CLOCK_TALLIES: Text = t(
    "爆仓人数：滚动全天合计的三次读数（没有逐小时的记录）",
    "Traders liquidated: three readings of the rolling one-day tally (no hourly count exists)",
);

// Groups of the cross-asset chart.
pub const GROUP_CRYPTO: Text = t("加密货币", "Crypto");
pub const GROUP_US_STOCKS: Text = t("美股", "US stocks");
pub const GROUP_METALS: Text = t("贵金属", "Precious metals");
pub const GROUP_OIL: Text = t("原油", "Crude oil");

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

// The contents.
pub const CURRENT_SECTION: Text = t("当前章节", "Current section");

/// In place of an interactive that is not in this build yet.
pub const LAB_PENDING: Text = t(
    "这里将放置一个互动模拟。在它上线之前，上面的文字已经讲清了其中的机制。",
    "An interactive simulation goes here. Until it arrives, the text above explains the mechanism.",
);

// The sources section.
pub const SOURCES_LIST_TITLE: Text = t("本页引用的来源", "The sources this page cites");
pub const SHOW_SOURCES: Text = t(
    "展开全部来源及其引用之处",
    "Show every source and what it is cited for",
);
pub const ALL_FIGURES_TITLE: Text = t("本页的全部数字", "Every figure on this page");
pub const ALL_FIGURES_NOTE: Text = t(
    "每个数字只记录一次，正文、图表和这张表读取的是同一份记录。",
    "Each figure is recorded once; the prose, the charts and this table all read the same record.",
);
pub const DOWNLOAD_ALL_FIGURES: Text = t("全部记录（CSV）", "Every record (CSV)");
pub const KINDS_TITLE: Text = t("报道数据与模型", "Reported figures and models");
pub const REPORTED_NOTE: Text = t(
    "报道中的真实数字，按原文口径引用并注明来源；正文、图表和时间线里的数字都属于这一类。",
    "Real figures from the report, quoted as given and credited; every number in the prose and the charts is one of these.",
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
            CLOCK_SESSION,
            CLOCK_LOW,
            CLOCK_TALLIES,
            GROUP_CRYPTO,
            GROUP_US_STOCKS,
            GROUP_METALS,
            GROUP_OIL,
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
            CURRENT_SECTION,
            LAB_PENDING,
            SOURCES_LIST_TITLE,
            SHOW_SOURCES,
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
        let ascii_only = ["mark.xrp_day", "mark.sol_day"];
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
