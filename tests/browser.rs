//! Component tests in a real headless Chromium (wasm-bindgen-test + chromedriver).
//! Run by `make test` (target `test-wasm`); natively this file compiles to nothing.
#![cfg(target_arch = "wasm32")]

use std::time::Duration;

use crash_night::content::{Lang, SectionId};
use crash_night::islands::{Island, IslandProps, IslandRoot};
use crash_night::sections::cascade::Cascade;
use crash_night::sections::lab_kit::LabProps;
use crash_night::sections::leverage_lab::LeverageLab;
use crash_night::sections::margin_lab::MarginLab;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlInputElement};
use yew::prelude::*;

wasm_bindgen_test_configure!(run_in_browser);

/// Mounts `C` with `props` into a fresh element and lets Yew render.
async fn mount_component<C: BaseComponent>(props: C::Properties) -> Element {
    let document = web_sys::window().unwrap().document().unwrap();
    let root = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&root).unwrap();
    yew::Renderer::<C>::with_root_and_props(root.clone(), props).render();
    settle().await;
    root
}

/// Mounts an island as the page's script does, on its own root.
async fn mount_island(island: Island, lang: Lang) -> Element {
    mount_component::<IslandRoot>(IslandProps { island, lang }).await
}

async fn mount_lab<C: BaseComponent<Properties = LabProps>>(query: &str) -> Element {
    mount_component::<C>(LabProps {
        query: query.to_string().into(),
    })
    .await
}

/// Sets a range or number input and fires the event its component listens to, without waiting:
/// for checking what shows before the lab has finished its work.
fn change_now(root: &Element, selector: &str, value: &str, event: &str) {
    let input: HtmlInputElement = root
        .query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("no input matches {selector}"))
        .unchecked_into();
    input.set_value(value);
    input
        .dispatch_event(&web_sys::Event::new(event).unwrap())
        .unwrap();
}

/// [`change_now`], then lets Yew render.
async fn set_input(root: &Element, selector: &str, value: &str, event: &str) {
    change_now(root, selector, value, event);
    settle().await;
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
async fn islands_speak_the_language_of_their_props() {
    // The lab's headline is the page's; the island's own words are its controls'.
    use crash_night::content::copy_labs::MORE_SETTINGS;
    for lang in [Lang::En, Lang::Zh] {
        let root = mount_island(Island::Lab(SectionId::LeverageLab), lang).await;
        assert_eq!(text(&root, ".lab-more > summary"), MORE_SETTINGS.get(lang));
        assert!(root.query_selector("h2").unwrap().is_none());
    }
}

#[wasm_bindgen_test]
async fn the_embed_island_opens_its_snippet_panel() {
    let root = mount_island(Island::EmbedThis, Lang::En).await;
    let toggle: web_sys::HtmlElement = root
        .query_selector("[data-testid=embed-this-story]")
        .unwrap()
        .unwrap()
        .unchecked_into();
    assert_eq!(
        toggle.get_attribute("aria-expanded").as_deref(),
        Some("false")
    );
    toggle.click();
    settle().await;
    assert_eq!(
        toggle.get_attribute("aria-expanded").as_deref(),
        Some("true")
    );
    let code = text(&root, ".embed-this-label");
    assert!(!code.is_empty());
}

#[wasm_bindgen_test]
async fn a_chart_island_draws_one_focusable_mark_per_record() {
    use crash_night::content::chart_copy::ChartId;
    let root = mount_island(Island::Chart(ChartId::Moves), Lang::En).await;
    let marks = root.query_selector_all(".chart-mark").unwrap().length();
    let records = crash_night::sections::chart_data::moves_data(Lang::En).len();
    assert_eq!(marks as usize, records);
    let named = root.query_selector("[aria-labelledby]").unwrap().unwrap();
    assert_eq!(
        named.get_attribute("aria-labelledby").as_deref(),
        Some("chart-moves-title")
    );
}

/// The width of the chart's viewBox, in units.
fn view_width(root: &Element) -> f64 {
    let view = root
        .query_selector(".chart-svg")
        .unwrap()
        .unwrap()
        .get_attribute("viewBox")
        .unwrap();
    view.split(' ').nth(2).unwrap().parse().unwrap()
}

#[wasm_bindgen_test]
async fn a_chart_lays_itself_out_for_its_column_and_follows_it() {
    use crash_night::content::chart_copy::ChartId;
    let root = mount_island(Island::Chart(ChartId::Moves), Lang::En).await;
    let html: web_sys::HtmlElement = root.clone().unchecked_into();
    for (column, expected) in [("640px", 640.0), ("375px", 368.0), ("1000px", 1000.0)] {
        html.style().set_property("width", column).unwrap();
        // The observer reports after layout; give it a frame or two.
        for _ in 0..20 {
            if view_width(&root) == expected {
                break;
            }
            settle().await;
        }
        assert_eq!(view_width(&root), expected, "in a {column} column");
        let svg = root.query_selector(".chart-svg").unwrap().unwrap();
        // One unit a CSS pixel: the SVG is drawn at the width it was laid out for.
        assert_eq!(svg.get_attribute("width"), Some(expected.to_string()));
    }
}

#[wasm_bindgen_test]
async fn leverage_slider_moves_the_liquidation_price_and_verdict() {
    let root = mount_lab::<LeverageLab>("?entry=73243&mmr=0.4&lev=10").await;
    assert!(
        text(&root, "[data-testid=liq-price]").contains("66,183"),
        "{}",
        text(&root, "[data-testid=liq-price]")
    );
    let verdict = text(&root, "[data-testid=verdict]");
    // Outside the app no language context is provided, so the lab speaks the default, Chinese.
    assert!(verdict.contains("爆仓"), "{verdict}");
    // 5×: 73,243 × 0.8/0.996 = 58,829.7, below the night's documented low of 60,033.
    set_input(&root, "#leverage-lev", "5", "input").await;
    let price = text(&root, "[data-testid=liq-price]");
    assert!(price.contains("58,829"), "{price}");
    assert!(text(&root, "[data-testid=verdict]").contains("扛住了"));
}

#[wasm_bindgen_test]
async fn typed_leverage_is_clamped() {
    let root = mount_lab::<LeverageLab>("").await;
    set_input(&root, "#leverage-lev-number", "100000", "change").await;
    let value: HtmlInputElement = root
        .query_selector("#leverage-lev")
        .unwrap()
        .unwrap()
        .unchecked_into();
    assert_eq!(value.value(), "125");
    assert!(!root.text_content().unwrap_or_default().contains("NaN"));
}

#[wasm_bindgen_test]
async fn margin_lab_old_level_changes_the_margin_call() {
    let root = mount_lab::<MarginLab>("?metal=silver&margin_old=10").await;
    let before = text(&root, "[data-testid=margin-extra]");
    set_input(&root, "#margin-old", "15", "input").await;
    let after = text(&root, "[data-testid=margin-extra]");
    assert_ne!(before, after);
}

#[wasm_bindgen_test]
async fn a_changed_crowd_shows_a_preview_then_the_full_result() {
    // The default crowd (500,000 positions) is bigger than a preview.
    let root = mount_lab::<Cascade>("").await;
    let panel = || root.query_selector(".lab-panel").unwrap().unwrap();
    change_now(&root, "#cascade-lev-med", "20", "input");
    // Yew renders in a microtask; the rest of the crowd is drawn only once the control rests.
    yew::platform::time::sleep(Duration::ZERO).await;
    assert_eq!(panel().get_attribute("aria-busy").as_deref(), Some("true"));
    assert!(!text(&root, "[data-testid=cascade-preview]").is_empty());
    for _ in 0..100 {
        if panel().get_attribute("aria-busy").as_deref() == Some("false") {
            break;
        }
        settle().await;
    }
    assert_eq!(panel().get_attribute("aria-busy").as_deref(), Some("false"));
    assert!(text(&root, "[data-testid=cascade-preview]").is_empty());
    // The same results as a lab that starts with that crowd.
    let direct = mount_lab::<Cascade>("?lev_med=20").await;
    // The whole panel: the main results lead it in their strip, the rest follow.
    assert_eq!(text(&root, ".lab-result"), text(&direct, ".lab-result"));
    assert_eq!(text(&root, ".lab-outputs"), text(&direct, ".lab-outputs"));
}

#[wasm_bindgen_test]
async fn calibrating_during_a_preview_uses_the_whole_crowd() {
    let calibrate = |root: &Element| {
        root.query_selector("[data-testid=cascade-calibrate]")
            .unwrap()
            .unwrap()
            .unchecked_into::<web_sys::HtmlElement>()
            .click()
    };
    let root = mount_lab::<Cascade>("").await;
    change_now(&root, "#cascade-lev-med", "20", "input");
    yew::platform::time::sleep(Duration::ZERO).await;
    calibrate(&root);
    settle().await;
    let direct = mount_lab::<Cascade>("?lev_med=20").await;
    calibrate(&direct);
    settle().await;
    let calibration = text(&direct, "[data-testid=cascade-calibration]");
    assert!(!calibration.is_empty());
    assert_eq!(
        text(&root, "[data-testid=cascade-calibration]"),
        calibration
    );
}

#[wasm_bindgen_test]
async fn cascade_shock_changes_outputs_and_records_user_timing() {
    let root = mount_lab::<Cascade>("?n=100000").await;
    let before = text(&root, "[data-testid=cascade-count]");
    set_input(&root, "#cascade-shock", "-9", "input").await;
    let after = text(&root, "[data-testid=cascade-count]");
    assert_ne!(before, after, "the count did not change");
    // A new crowd rebuilds the population (timed); a new shock only replays it (timed).
    set_input(&root, "#cascade-n", "50000", "input").await;
    yew::platform::time::sleep(Duration::from_millis(300)).await;
    let performance = web_sys::window().unwrap().performance().unwrap();
    for name in ["cascade:population", "cascade:run"] {
        assert!(
            performance
                .get_entries_by_name_with_entry_type(name, "measure")
                .length()
                > 0,
            "no {name} measure"
        );
    }
}
