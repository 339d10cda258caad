//! Shell and chrome strings. Copy with `{placeholders}` goes through `story::render`.

use super::Text;

pub const TITLE: Text = Text::new("崩盘之夜", "Crash Night");
/// The page's headline under the series name: the news, with its figures.
pub const HEADLINE: Text = Text::new(
    "一夜之间全线下跌，{liq_traders}名杠杆交易者被强平",
    "The night everything fell, and {liq_traders} leveraged traders were wiped out",
);
pub const DEK: Text = Text::new(
    "加密货币、美股、金银和原油一夜齐跌。从美股开盘到亚洲早盘，比特币一度跌至{btc_intraday_low}，现货白银盘中跌去{silver_day}，强平卖盘越滚越大。先按小时看清这一夜，再亲手试试把交易者推下悬崖的杠杆。",
    "Crypto, US stocks, gold, silver and oil fell together. Between the US open and the Asian morning, bitcoin touched {btc_intraday_low}, spot silver at one point lost {silver_day}, and forced selling fed on itself. Follow the night hour by hour, then try the leverage that undid so many traders.",
);
pub const PUBLISHED: Text = Text::new("发布：", "Published ");
pub const UPDATED: Text = Text::new("更新：", "Updated ");
pub const SKIP_TO_STORY: Text = Text::new("跳到正文", "Skip to the story");
pub const SITE_NAV: Text = Text::new("页面工具", "Page tools");
pub const SWITCH_LANGUAGE: Text = Text::new("切换语言", "Switch language");
pub const TABLE_OF_CONTENTS: Text = Text::new("目录", "Contents");
pub const SHOW_DATA: Text = Text::new("查看数据", "Show the data");
pub const DOWNLOAD_CSV: Text = Text::new("下载CSV数据", "Download CSV");
pub const SOURCE: Text = Text::new("来源：", "Source:");
pub const SOURCES: Text = Text::new("来源", "Sources");
pub const AS_OF: Text = Text::new("时间：", "As of:");
pub const MODEL: Text = Text::new("模型", "Model");
pub const MODEL_NOTE: Text = Text::new(
    "示意模型，数字为假设，并非真实交易数据",
    "Illustrative model: hypothetical numbers, not real trading data",
);
pub const REPORTED: Text = Text::new("报道数据", "Reported");
pub const TIME_ZONE: Text = Text::new("时区", "Time zone");
pub const TZ_BEIJING: Text = Text::new("北京时间", "Beijing time");
pub const TZ_US_EASTERN: Text = Text::new("美东时间", "US Eastern time");
pub const THEME: Text = Text::new("配色", "Theme");
pub const THEME_AUTO: Text = Text::new("跟随系统", "Auto");
pub const THEME_LIGHT: Text = Text::new("浅色", "Light");
pub const THEME_DARK: Text = Text::new("深色", "Dark");
pub const EMBED_THIS: Text = Text::new("嵌入本节", "Embed this");
pub const COPY_EMBED_CODE: Text = Text::new("复制嵌入代码", "Copy embed code");
pub const COPIED: Text = Text::new("已复制", "Copied");
pub const READ_FULL_STORY: Text = Text::new("阅读完整报道", "Read the full story");
pub const BACK_TO_TOP: Text = Text::new("回到顶部", "Back to top");
pub const LOADING: Text = Text::new("正在加载……", "Loading…");
pub const CLOSE: Text = Text::new("关闭", "Close");
pub const FIGURE: Text = Text::new("数字", "Figure");
pub const VALUE: Text = Text::new("数值", "Value");
pub const LOWER_BOUND_HINT: Text = Text::new(
    "带“超过”的数字是下限，实际值更大",
    "\"More than\" figures are lower bounds: the real value was larger",
);
pub const NOJS_SUMMARY: Text = Text::new(
    "本页的图表和实验室需要启用JavaScript。内容提要：据CoinGlass{@coinglass_24h}的统计，有{liq_traders}名交易者爆仓，被强平的仓位价值合计{liq_usd}；截至{@bj_0630}，比特币日内下跌{btc_day}，现货白银一度下挫{silver_day}。",
    "The charts and labs on this page need JavaScript. In brief: over the {@coinglass_24h}, CoinGlass counted {liq_traders} traders liquidated, in positions worth {liq_usd}; by {@bj_0630} bitcoin was down {btc_day} on the day and spot silver at one point dropped {silver_day}.",
);

/// Every string above, for audits and translators.
pub static ALL: &[(&str, Text)] = &[
    ("title", TITLE),
    ("headline", HEADLINE),
    ("dek", DEK),
    ("published", PUBLISHED),
    ("updated", UPDATED),
    ("skip_to_story", SKIP_TO_STORY),
    ("site_nav", SITE_NAV),
    ("switch_language", SWITCH_LANGUAGE),
    ("table_of_contents", TABLE_OF_CONTENTS),
    ("show_data", SHOW_DATA),
    ("download_csv", DOWNLOAD_CSV),
    ("source", SOURCE),
    ("sources", SOURCES),
    ("as_of", AS_OF),
    ("model", MODEL),
    ("model_note", MODEL_NOTE),
    ("reported", REPORTED),
    ("time_zone", TIME_ZONE),
    ("tz_beijing", TZ_BEIJING),
    ("tz_us_eastern", TZ_US_EASTERN),
    ("theme", THEME),
    ("theme_auto", THEME_AUTO),
    ("theme_light", THEME_LIGHT),
    ("theme_dark", THEME_DARK),
    ("embed_this", EMBED_THIS),
    ("copy_embed_code", COPY_EMBED_CODE),
    ("copied", COPIED),
    ("read_full_story", READ_FULL_STORY),
    ("back_to_top", BACK_TO_TOP),
    ("loading", LOADING),
    ("close", CLOSE),
    ("figure", FIGURE),
    ("value", VALUE),
    ("lower_bound_hint", LOWER_BOUND_HINT),
    ("nojs_summary", NOJS_SUMMARY),
];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::story::render;
    use crate::content::time::TimeZoneChoice;
    use crate::content::Lang;

    #[test]
    fn keys_are_unique_and_copy_is_complete() {
        let mut keys = std::collections::HashSet::new();
        for &(key, text) in ALL {
            assert!(keys.insert(key), "duplicate {key}");
            for lang in Lang::ALL {
                assert!(!text.get(lang).trim().is_empty(), "{key}");
            }
        }
    }

    #[test]
    fn shell_strings_read_right() {
        assert_eq!(TITLE.get(Lang::Zh), "崩盘之夜");
        assert_eq!(TITLE.get(Lang::En), "Crash Night");
        assert_eq!(TZ_BEIJING, TimeZoneChoice::Beijing.label());
        let dek = render(&DEK, Lang::Zh);
        assert!(
            dek.starts_with("加密货币、美股、金银和原油一夜齐跌"),
            "{dek}"
        );
        assert!(dek.contains("60,033美元") && dek.contains("超19%"), "{dek}");
        let headline = render(&HEADLINE, Lang::En);
        assert!(headline.contains("more than 430,000"), "{headline}");
        let dek = render(&DEK, Lang::En);
        assert!(dek.contains("$60,033") && dek.is_ascii(), "{dek}");
        assert!(render(&NOJS_SUMMARY, Lang::En).contains("more than 430,000"));
    }
}
