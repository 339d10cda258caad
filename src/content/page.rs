//! What a page says about itself to search engines and link previews.

use super::time::CivilDate;
use super::Lang;

/// The dateline: the day this piece first went out (its first public build) and the day its
/// copy last changed. Change `UPDATED` with every edit of the story.
pub const PUBLISHED: CivilDate = CivilDate::new(2026, 11, 25);
pub const UPDATED: CivilDate = CivilDate::new(2026, 12, 1);

/// Where each language's page lives in the built site, and how many folders deep it is.
pub fn page_path(lang: Lang) -> (&'static str, usize) {
    match lang {
        Lang::Zh => ("index.html", 0),
        Lang::En => ("en/index.html", 1),
    }
}

/// The relative link from `lang`'s page to `path`, a file under the site's root folder.
pub fn root_href(lang: Lang, path: &str) -> String {
    format!("{}{path}", "../".repeat(page_path(lang).1))
}

/// The relative link from `from`'s page to `to`'s (see [`page_path`]).
pub fn page_href(from: Lang, to: Lang) -> &'static str {
    match (from, to) {
        (Lang::Zh, Lang::En) => "en/",
        (Lang::En, Lang::Zh) => "../",
        _ => "./",
    }
}

pub struct PageMeta {
    pub title: &'static str,
    pub description: &'static str,
    pub og_locale: &'static str,
}

pub fn page_meta(lang: Lang) -> PageMeta {
    match lang {
        Lang::Zh => PageMeta {
            title: "加密货币、美股、金银油一夜齐跌 逾43万人爆仓｜崩盘之夜",
            description: "截至北京时间2026年2月6日6:30，比特币日内跌12.81%；现货白银盘中一度重挫超19%。据CoinGlass统计，24小时内全网逾43万人爆仓，爆仓金额20.69亿美元。拖动杠杆与保证金滑块，看一轮下跌如何演变为连环强平。",
            og_locale: "zh_CN",
        },
        Lang::En => PageMeta {
            title: "Crypto, stocks, gold, silver and oil tumble overnight; more than 430,000 crypto traders liquidated | Crash Night",
            description: "By 06:30 Beijing time on 6 February 2026, bitcoin was down 12.81% on the day; spot silver at one point plunged more than 19%. CoinGlass counted more than 430,000 traders liquidated in 24 hours, in positions worth $2.07 billion. Drag the leverage and margin sliders to see how a sell-off becomes a liquidation cascade.",
            og_locale: "en_US",
        },
    }
}

/// Shown in place of an interactive after a Wasm panic (the module cannot run again).
pub const INTERACTIVE_FAILED: super::Text = super::Text::new(
    "这个互动图表出错了，已停止运行。正文和其余图表不受影响；刷新页面可以重新加载它。",
    "This interactive hit an error and has stopped. The story and the other charts are unaffected; reload the page to try it again.",
);

#[cfg(test)]
mod tests {
    use super::*;

    /// Resolves `href` against the folder of the page at `path`, as a browser would.
    fn resolve(path: &str, href: &str) -> String {
        let mut folders: Vec<&str> = path.split('/').collect();
        folders.pop();
        for part in href.split('/').filter(|part| !part.is_empty()) {
            match part {
                ".." => drop(folders.pop()),
                "." => {}
                name => folders.push(name),
            }
        }
        folders.join("/")
    }

    #[test]
    fn language_links_lead_to_each_page() {
        for from in Lang::ALL {
            for to in Lang::ALL {
                let (target, _) = page_path(to);
                let folder = target.trim_end_matches("index.html").trim_end_matches('/');
                assert_eq!(
                    resolve(page_path(from).0, page_href(from, to)),
                    folder,
                    "{from:?} → {to:?}"
                );
            }
        }
    }

    #[test]
    fn depth_counts_folders() {
        for lang in Lang::ALL {
            let (path, depth) = page_path(lang);
            assert_eq!(path.matches('/').count(), depth);
        }
    }
}
