//! Scroll-driven storytelling on the static page: a graphic that changes state as the text
//! steps beside it scroll past the middle of the screen.
//!
//! The page (and a browser without JavaScript) shows the stacked layout: the graphic's first
//! panel, then the steps (`crate::page::story_section`). This behaviour adds what needs script.
//! It renders nothing: it moves state classes on markup whose every state was written at build
//! time. Where `IntersectionObserver` exists the container gets `is-sticky` (graphic pinned
//! beside the steps on wide screens) and steps activate as they cross the middle band. Inside
//! an auto-height iframe the frame never scrolls, so the host page's viewport (from
//! `crate::embed`) decides the active step instead, the container gets `is-pinned` and the
//! graphic is moved with a `translateY`; a frame whose host says nothing stays stacked.

use std::rc::Rc;

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};

use crate::embed::{active_step, on_host_viewport, pinned_offset, HostViewport};

/// Wide screens put the graphic beside the steps (the breakpoint of `.scrolly.is-sticky`).
const SIDE_BY_SIDE: &str = "(min-width: 52rem)";
/// The band around the viewport's middle a step must cross to become active.
const ROOT_MARGIN: &str = "-45% 0px -45% 0px";

/// One scroll graphic and its steps.
struct Scrolly {
    container: Element,
    graphic: HtmlElement,
    steps: Vec<Element>,
    panels: Vec<Element>,
}

/// Starts every `.scrolly` on the page.
pub fn attach_all(document: &web_sys::Document) {
    let framed = web_sys::window().is_some_and(|window| is_framed(&window));
    for container in all(document, ".scrolly") {
        let Some(scrolly) = Scrolly::find(container) else {
            continue;
        };
        let scrolly = Rc::new(scrolly);
        if framed {
            // Only a host that reports its viewport makes the frame's graphic follow.
            let follower = scrolly.clone();
            on_host_viewport(move |viewport| follower.follow_host(&viewport));
        } else if observe(scrolly.clone()) {
            let _ = scrolly.container.class_list().add_1("is-sticky");
        }
    }
}

fn all(root: &impl AsRef<web_sys::Node>, selector: &str) -> Vec<Element> {
    let nodes = match root.as_ref().dyn_ref::<Element>() {
        Some(element) => element.query_selector_all(selector),
        None => match root.as_ref().dyn_ref::<web_sys::Document>() {
            Some(document) => document.query_selector_all(selector),
            None => return Vec::new(),
        },
    };
    let Ok(nodes) = nodes else {
        return Vec::new();
    };
    (0..nodes.length())
        .filter_map(|i| nodes.item(i)?.dyn_into::<Element>().ok())
        .collect()
}

fn index_in(element: &Element, attribute: &str) -> Option<usize> {
    element.get_attribute(attribute)?.parse().ok()
}

impl Scrolly {
    fn find(container: Element) -> Option<Scrolly> {
        let graphic = container
            .query_selector(".scrolly-graphic")
            .ok()??
            .dyn_into::<HtmlElement>()
            .ok()?;
        let steps = all(&container, ".scrolly-step");
        let panels = all(&container, ".scrolly-panel");
        (!steps.is_empty()).then_some(Scrolly {
            container,
            graphic,
            steps,
            panels,
        })
    }

    /// Shows step `step`: marks it, makes its panel current, and reveals its figures (the
    /// readout over a chart, or lit cards).
    fn show(&self, step: usize) {
        let Some(active) = self.steps.get(step) else {
            return;
        };
        let _ = self
            .container
            .set_attribute("data-active-step", &step.to_string());
        for (i, element) in self.steps.iter().enumerate() {
            let classes = element.class_list();
            if i == step {
                let _ = classes.add_1("is-active");
                let _ = element.set_attribute("aria-current", "step");
            } else {
                let _ = classes.remove_1("is-active");
                let _ = element.remove_attribute("aria-current");
            }
        }
        let panel = index_in(active, "data-panel").unwrap_or(0);
        let lit = active.get_attribute("data-highlights").unwrap_or_default();
        let lit: Vec<&str> = lit.split_whitespace().collect();
        for element in &self.panels {
            let current = index_in(element, "data-panel") == Some(panel);
            let _ = element
                .class_list()
                .toggle_with_force("is-current", current);
            for readout in all(element, ".chart-readout") {
                let shown = current && index_in(&readout, "data-for-step") == Some(step);
                let _ = readout.toggle_attribute_with_force("hidden", !shown);
            }
            for card in all(element, ".fact-card") {
                let key = card.get_attribute("data-fact").unwrap_or_default();
                let on = current && lit.contains(&key.as_str());
                let _ = card.class_list().toggle_with_force("is-highlighted", on);
            }
        }
    }

    /// Inside a frame: the host's viewport picks the step and pins the graphic.
    fn follow_host(&self, viewport: &HostViewport) {
        let _ = self.container.class_list().add_1("is-pinned");
        let tops: Vec<f64> = self.steps.iter().map(document_top).collect();
        if let Some(step) = active_step(&tops, viewport.frame_top, viewport.viewport_height) {
            self.show(step);
        }
        self.pin_graphic(viewport);
    }

    /// Keeps the graphic in the host's viewport beside the steps; puts it back in place when
    /// the layout is stacked (narrow screens).
    fn pin_graphic(&self, viewport: &HostViewport) {
        let side_by_side = web_sys::window()
            .and_then(|w| w.match_media(SIDE_BY_SIDE).ok().flatten())
            .is_some_and(|query| query.matches());
        let offset = if side_by_side {
            let top = document_top(&self.container);
            let bottom = top + self.container.get_bounding_client_rect().height();
            let height = self.graphic.get_bounding_client_rect().height();
            pinned_offset(
                top,
                height,
                bottom,
                viewport.frame_top,
                viewport.viewport_height,
            )
        } else {
            0.0
        };
        let style = self.graphic.style();
        if offset > 0.0 {
            let _ = style.set_property(
                "transform",
                &format!("translateY({}px)", crate::decimal::fixed(offset, 1)),
            );
        } else {
            let _ = style.remove_property("transform");
        }
    }
}

/// Whether this document is inside a frame.
fn is_framed(window: &web_sys::Window) -> bool {
    match window.parent() {
        Ok(Some(parent)) => !js_sys::Object::is(parent.as_ref(), window.as_ref()),
        _ => false,
    }
}

/// Activates the step crossing the viewport's middle band; `false` where the browser has no
/// observer (the stacked layout stays).
fn observe(scrolly: Rc<Scrolly>) -> bool {
    let follower = scrolly.clone();
    let callback = Closure::<dyn FnMut(js_sys::Array)>::new(move |entries: js_sys::Array| {
        let crossing = entries
            .iter()
            .filter_map(|entry| entry.dyn_into::<web_sys::IntersectionObserverEntry>().ok())
            .filter(|entry| entry.is_intersecting())
            .filter_map(|entry| index_in(&entry.target(), "data-step"))
            .next_back();
        if let Some(step) = crossing {
            follower.show(step);
        }
    });
    let options = web_sys::IntersectionObserverInit::new();
    options.set_root_margin(ROOT_MARGIN);
    options.set_threshold_f64(0.0);
    let Ok(observer) = web_sys::IntersectionObserver::new_with_options(
        callback.as_ref().unchecked_ref(),
        &options,
    ) else {
        return false;
    };
    // The page keeps its graphics for its lifetime, and with them the callback.
    callback.forget();
    for step in &scrolly.steps {
        observer.observe(step);
    }
    true
}

/// The top of `element` in the document's coordinates.
fn document_top(element: &Element) -> f64 {
    let scroll = web_sys::window()
        .and_then(|w| w.scroll_y().ok())
        .unwrap_or(0.0);
    element.get_bounding_client_rect().top() + scroll
}
