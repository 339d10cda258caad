//! What a page says about itself to search engines and link previews.

use super::Lang;

/// Where each language's page lives in the built site, and how many folders deep it is.
pub fn page_path(lang: Lang) -> (&'static str, usize) {
    match lang {
        Lang::Zh => ("index.html", 0),
        Lang::En => ("en/index.html", 1),
    }
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
            title: "崩盘之夜：2026年2月6日，超过43万杠杆交易者为何在一夜之间爆仓",
            description: "比特币、美股科技股、白银、黄金和原油在同一个夜晚下跌。拖动杠杆与保证金滑块，亲手重演这场连环强平。",
            og_locale: "zh_CN",
        },
        Lang::En => PageMeta {
            title: "Crash Night: why more than 430,000 leveraged traders were liquidated in one night, 6 February 2026",
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
