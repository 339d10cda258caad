//! What a page says about itself to search engines and link previews.

use super::Lang;

pub struct PageMeta {
    pub title: &'static str,
    pub description: &'static str,
    pub og_locale: &'static str,
}

pub fn page_meta(lang: Lang) -> PageMeta {
    match lang {
        Lang::Zh => PageMeta {
            title: "崩盘之夜：2026年2月6日，43万杠杆交易者为何同时爆仓",
            description: "比特币、美股科技股、白银、黄金和原油在同一个夜晚下跌。拖动杠杆与保证金滑块，亲手重演这场连环强平。",
            og_locale: "zh_CN",
        },
        Lang::En => PageMeta {
            title: "Crash Night: how 430,000 leveraged traders were wiped out on 6 February 2026",
            description: "Bitcoin, US tech stocks, silver, gold and oil fell on the same night. Drag the leverage and margin sliders and replay the liquidation cascade yourself.",
            og_locale: "en_US",
        },
    }
}

/// Shown in place of an interactive after a Wasm panic (the module cannot run again).
pub const INTERACTIVE_FAILED: super::Text = super::Text::new(
    "这个互动图表出错了，已停止运行。正文和其余图表不受影响；刷新页面可以重新加载它。",
    "This interactive hit an error and has stopped. The story and the other charts are unaffected; reload the page to try it again.",
);
