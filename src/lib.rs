//! Crash Night (崩盘之夜): an interactive explainer of the night of 6 February 2026.
//!
//! Layers, from the bottom: [`model`] (pure finance math and simulation), [`content`] (facts with
//! sources and copy in both languages, as data), [`state`] (URL state, pure), [`charts`] (scales
//! and SVG marks), [`widgets`] (small reusable components), [`sections`] (the labs and charts a
//! reader can touch) and [`islands`] (which of them wake where, and when). The page around them
//! is static HTML written at build time by [`page`], which is native only: the story's text
//! never enters the Wasm module. Nothing below `charts` knows about the DOM; [`decimal`] is the
//! number text all of them share.

pub mod charts;
pub mod content;
pub mod context;
pub mod csv;
pub mod decimal;
pub mod embed;
pub mod escape;
pub mod islands;
pub mod model;
pub mod sections;
pub mod state;
#[cfg(test)]
mod test_support;
pub mod widgets;

pub mod browser;
#[cfg(feature = "prerender")]
pub mod export;
#[cfg(feature = "prerender")]
pub mod page;
#[cfg(feature = "prerender")]
pub mod prerender;

/// Starts the page's interactive parts: the frame session when embedded and the contents, then
/// each island as it is wanted. (`assets/prefs.js` has already
/// applied the URL's language, clock, theme, embedding and section.)
#[cfg(target_arch = "wasm32")]
pub fn start() {
    browser::install_panic_hook();
    let Some(window) = web_sys::window() else {
        return;
    };
    let Some(document) = window.document() else {
        return;
    };
    let location = window.location();
    let query = location.search().unwrap_or_default();
    let framed = embed::start_frame_session();
    widgets::toc::attach(&document);
    browser::follow_the_reader(&window);
    // A framed page must size itself, and a URL with state or a place asks for it now.
    let targeted = query.len() > 1 || location.hash().unwrap_or_default().len() > 1;
    islands::hydrate(&document, framed || targeted);
}

/// Native builds (tests, prerendering) never mount anything.
#[cfg(not(target_arch = "wasm32"))]
pub fn start() {}
