//! Crash Night (崩盘之夜): an interactive explainer of the night of 6 February 2026.
//!
//! Layers, from the bottom: [`model`] (pure finance math and simulation), [`content`] (facts with
//! sources and copy in both languages, as data), [`state`] (URL state, pure), [`charts`] (scales
//! and SVG marks), [`widgets`] (small reusable components), [`sections`] (one component per
//! narrative section) and [`app`] (the thin shell). Nothing below `charts` knows about the DOM;
//! [`decimal`] is the number text all of them share.

pub mod app;
pub mod charts;
pub mod content;
pub mod context;
pub mod csv;
pub mod decimal;
pub mod embed;
pub mod model;
pub mod sections;
pub mod state;
pub mod widgets;

pub mod browser;
#[cfg(feature = "prerender")]
pub mod export;
#[cfg(feature = "prerender")]
pub mod prerender;

/// Mounts the app in the browser: hydrates prerendered markup when there is some, else renders.
#[cfg(target_arch = "wasm32")]
pub fn start() {
    browser::install_panic_hook();
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let query = web_sys::window()
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default();
    let default_lang = document
        .document_element()
        .and_then(|root| root.get_attribute("lang"))
        .and_then(|code| content::Lang::parse(&code))
        .unwrap_or_default();
    // This build carries one language's copy; a URL asking for the other opens its page.
    let wanted = state::query::QueryMap::parse(&query)
        .get("lang")
        .and_then(content::Lang::parse);
    if let Some(lang) = wanted.filter(|lang| !lang.is_built()) {
        if browser::open_language_page(lang, browser::Visit::Replace) {
            return;
        }
    }
    let Some(body) = document.body() else { return };
    // Prerendered pages carry the story in <body>; hydrate it rather than replace it.
    // `trunk serve` adds its live-reload <script> to <body>; that alone is not prerendered markup.
    let prerendered = body
        .query_selector(":scope > :not(script)")
        .ok()
        .flatten()
        .is_some();
    let props = app::AppProps {
        query: query.into(),
        default_lang,
        defer_query: prerendered,
    };
    let renderer = yew::Renderer::<app::App>::with_root_and_props(body.into(), props);
    if prerendered {
        renderer.hydrate();
    } else {
        renderer.render();
    }
}

/// Native builds (tests, prerendering) never mount anything.
#[cfg(not(target_arch = "wasm32"))]
pub fn start() {}
