//! The few browser calls the shell makes. Only effects and callbacks reach this module, so
//! components still render natively (tests, prerendering).

use crate::context::{Prefs, Theme};

/// Mirrors preferences onto the document: `<html lang>`, `data-theme`, and the title.
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
    match prefs.theme {
        Theme::Auto => {
            let _ = root.remove_attribute("data-theme");
        }
        theme => {
            let _ = root.set_attribute("data-theme", theme.param());
        }
    }
}

/// Writes `updates` into the address bar's query with `history.replaceState`, keeping the other
/// keys and the hash, so "copy link" reproduces what the reader sees. Silently does nothing where
/// history is unavailable (sandboxed frames can refuse it).
pub fn replace_query_params(updates: &[(&str, String)]) {
    let Some(window) = web_sys::window() else { return };
    let location = window.location();
    let (Ok(search), Ok(path), Ok(hash)) = (location.search(), location.pathname(), location.hash()) else {
        return;
    };
    let next = format!("{path}{}{hash}", crate::state::query::merge_query(&search, updates));
    if let Ok(history) = window.history() {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&next));
    }
}
