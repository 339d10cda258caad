//! The few browser calls the shell makes. Only effects and callbacks reach this module, so
//! components still render natively (tests, prerendering).

use crate::content::Lang;
use crate::context::{Prefs, Theme};
use crate::state::query::{merge_query, QueryWriter};
use wasm_bindgen::JsCast;

/// Mirrors preferences onto the document: `<html lang>`, `data-theme`, `data-tz`.
pub fn reflect_prefs(prefs: &Prefs) {
    let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    else {
        return;
    };
    let _ = root.set_attribute("lang", prefs.lang.code());
    // Tests and embedders wait for this: the app has mounted and owns the page.
    let _ = root.set_attribute("data-ready", "");
    // The prose carries both clocks; the stylesheet shows this one (see sections::prose).
    let _ = root.set_attribute("data-tz", prefs.tz.param());
    match prefs.theme {
        Theme::Auto => {
            let _ = root.remove_attribute("data-theme");
        }
        theme => {
            let _ = root.set_attribute("data-theme", theme.param());
        }
    }
}

/// Offers `csv` as a file download named `file_name`. The file is built on demand rather than
/// carried in every page's markup as a `data:` link (nineteen of them were a sixth of the HTML).
pub fn download_csv(file_name: &str, csv: &str) {
    let Some(link) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.create_element("a").ok())
    else {
        return;
    };
    let _ = link.set_attribute("href", &crate::charts::csv::data_url(csv));
    let _ = link.set_attribute("download", file_name);
    if let Ok(link) = link.dyn_into::<web_sys::HtmlElement>() {
        link.click();
    }
}

/// Sets the address bar's query to `rewrite(current query)` with `history.replaceState`,
/// keeping path and hash, so "copy link" reproduces what the reader sees. Silently does nothing
/// where history is unavailable (sandboxed frames can refuse it).
pub fn replace_query(rewrite: impl FnOnce(&str) -> String) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let location = window.location();
    let (Ok(origin), Ok(search), Ok(path), Ok(hash)) = (
        location.origin(),
        location.search(),
        location.pathname(),
        location.hash(),
    ) else {
        return;
    };
    let next_query = rewrite(&search);
    if next_query == search {
        return;
    }
    if let Ok(history) = window.history() {
        let _ = history.replace_state_with_url(
            &wasm_bindgen::JsValue::NULL,
            "",
            Some(&same_origin_url(&origin, &path, &next_query, &hash)),
        );
    }
}

/// The page's own address with a new query. Absolute, because a relative path that begins with
/// `//` (the page `https://site//other.example/`) would be read as another host.
pub fn same_origin_url(origin: &str, path: &str, query: &str, hash: &str) -> String {
    format!("{origin}{path}{query}{hash}")
}

/// Writes one shell parameter (`lang`, `theme`, `tz`…) into the address bar's query.
pub fn replace_query_param(key: &str, value: &str) {
    replace_query(|current| with_param(current, key, value));
}

fn with_param(query: &str, key: &str, value: &str) -> String {
    let mut fresh = QueryWriter::default();
    fresh.push(key, value);
    merge_query(query, &[key], &fresh.finish())
}

/// How [`open_language_page`] leaves the current page.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Visit {
    /// A new history entry: the reader chose to switch.
    Push,
    /// In place of this one: the URL asked for a language this page does not carry.
    Replace,
}

/// Opens `lang`'s prerendered page (the `<link rel="alternate" hreflang>` the prerender step
/// writes), carrying the query and the hash so the reader keeps their state and place. `false`
/// when the page names no such link (a page not built by the prerender step).
pub fn open_language_page(lang: Lang, visit: Visit) -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    let selector = format!("link[rel=alternate][hreflang='{}']", lang.code());
    // The `href` property is the resolved, absolute URL.
    let Some(page) = window
        .document()
        .and_then(|document| document.query_selector(&selector).ok().flatten())
        .and_then(|link| js_sys::Reflect::get(&link, &"href".into()).ok())
        .and_then(|href| href.as_string())
    else {
        return false;
    };
    let location = window.location();
    let query = with_param(&location.search().unwrap_or_default(), "lang", lang.param());
    let url = format!("{page}{query}{}", location.hash().unwrap_or_default());
    match visit {
        Visit::Push => location.assign(&url).is_ok(),
        Visit::Replace => location.replace(&url).is_ok(),
    }
}

/// Installs the panic hook. A Wasm panic leaves the module unusable, so the hook (the last Rust
/// code that runs) reports the panic to the console, where tests catch it, and swaps every
/// interactive panel for a static note, so readers keep the story instead of a frozen widget.
pub fn install_panic_hook() {
    // Through yew: its renderer installs its own hook at start-up and would replace ours.
    yew::set_custom_panic_hook(Box::new(|info| {
        web_sys::console::error_1(&format!("crash-night panicked: {info}").into());
        show_panic_fallback();
    }));
}

fn show_panic_fallback() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let Some(root) = document.document_element() else {
        return;
    };
    let _ = root.set_attribute("data-panicked", "");
    let lang = root
        .get_attribute("lang")
        .and_then(|code| crate::content::Lang::parse(&code))
        .unwrap_or_default();
    // The leverage lab's guess sits outside its panel; its controls are as dead as the panel's.
    if let Ok(guesses) = document.query_selector_all(".lab-guess") {
        for index in 0..guesses.length() {
            if let Some(guess) = guesses
                .item(index)
                .and_then(|node| node.dyn_into::<web_sys::Element>().ok())
            {
                let _ = guess.set_attribute("hidden", "");
            }
        }
    }
    let Ok(panels) = document.query_selector_all(".lab-panel") else {
        return;
    };
    for index in 0..panels.length() {
        let Some(panel) = panels.item(index) else {
            continue;
        };
        let Ok(note) = document.create_element("p") else {
            continue;
        };
        note.set_class_name("panic-fallback");
        let _ = note.set_attribute("role", "alert");
        note.set_text_content(Some(crate::content::page::INTERACTIVE_FAILED.get(lang)));
        if let Some(parent) = panel.parent_node() {
            let _ = parent.replace_child(&note, &panel);
        }
    }
}

/// Lets the end-to-end suite prove the fallback works on a release build
/// (`window.wasmBindings.force_panic_for_tests()`); only in builds with `test-hooks`.
#[cfg(feature = "test-hooks")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn force_panic_for_tests() {
    panic!("forced by the end-to-end test of the panic fallback");
}

#[cfg(test)]
mod tests {
    use super::same_origin_url;

    #[test]
    fn written_urls_keep_the_page_origin() {
        let url = same_origin_url("https://news.example", "//evil.example/x", "?lev=5", "#leverage");
        assert_eq!(url, "https://news.example//evil.example/x?lev=5#leverage");
        assert_eq!(
            same_origin_url("http://127.0.0.1:8080", "/en/", "?lang=en", ""),
            "http://127.0.0.1:8080/en/?lang=en"
        );
    }
}
