//! Component tests in a real headless Chromium (wasm-bindgen-test + chromedriver).
//! Run by `make test` (target `test-wasm`); natively this file compiles to nothing.
#![cfg(target_arch = "wasm32")]

use std::time::Duration;

use crash_night::app::{App, AppProps};
use crash_night::content::Lang;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement};

wasm_bindgen_test_configure!(run_in_browser);

/// Mounts the app with `query` into a fresh element and lets Yew render.
async fn mount(query: &str) -> Element {
    let document = web_sys::window().unwrap().document().unwrap();
    let root = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&root).unwrap();
    let props = AppProps { query: query.to_string().into(), default_lang: Lang::Zh, defer_query: false };
    yew::Renderer::<App>::with_root_and_props(root.clone(), props).render();
    settle().await;
    root
}

async fn settle() {
    yew::platform::time::sleep(Duration::from_millis(30)).await;
}

fn text(root: &Element, selector: &str) -> String {
    root.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("no element matches {selector}"))
        .text_content()
        .unwrap_or_default()
}

#[wasm_bindgen_test]
async fn app_mounts_in_the_requested_language() {
    let root = mount("?lang=en").await;
    assert!(text(&root, "h1").contains("Crash Night"));
    let root = mount("?lang=zh").await;
    assert!(text(&root, "h1").contains("崩盘之夜"));
}

#[wasm_bindgen_test]
async fn language_switch_rerenders_copy() {
    let root = mount("?lang=zh").await;
    root.query_selector("[data-testid=lang-switch]")
        .unwrap()
        .unwrap()
        .unchecked_into::<HtmlElement>()
        .click();
    settle().await;
    assert!(text(&root, "h1").contains("Crash Night"));
}
