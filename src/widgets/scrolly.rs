//! Scroll-driven storytelling: a graphic that changes state as the text steps beside it scroll
//! past the middle of the screen.
//!
//! The server (and a browser without JavaScript) renders the stacked layout: the graphic in its
//! default state, then the steps. After mounting, an effect asks the browser for an
//! `IntersectionObserver`; only once it exists does the container get `is-sticky` (graphic
//! pinned beside the steps on wide screens) and steps start to activate. Inside an auto-height
//! iframe the frame never scrolls, so the host page's viewport (from `crate::embed`) decides the
//! active step instead, the container gets `is-pinned` and the graphic is moved with a
//! `translateY`; a frame whose host says nothing keeps the stacked layout.

use std::rc::Rc;

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::embed::{active_step, pinned_offset, use_host_viewport, HostViewport};

#[derive(Properties, PartialEq)]
pub struct ScrollyProps {
    /// The container's id (unique on the page).
    pub id: AttrValue,
    /// The steps' contents, in order.
    pub steps: Rc<[Html]>,
    /// The graphic for a step (called with 0 before any step is active).
    pub graphic: Callback<usize, Html>,
    /// The accessible name of the list of steps.
    #[prop_or_default]
    pub steps_label: AttrValue,
}

/// How the page is scrolled, as far as the steps are concerned.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Mode {
    /// Server render, no JavaScript, or a frame whose host says nothing: stacked.
    Stacked,
    /// The page scrolls itself and IntersectionObserver works: sticky graphic.
    Sticky,
    /// Inside a frame whose host reports its viewport: graphic moved by translateY.
    Pinned,
}

/// Wide screens put the graphic beside the steps (the breakpoint of `.scrolly.is-sticky`).
const SIDE_BY_SIDE: &str = "(min-width: 52rem)";
/// The band around the viewport's middle a step must cross to become active.
const ROOT_MARGIN: &str = "-45% 0px -45% 0px";

#[function_component(Scrolly)]
pub fn scrolly(props: &ScrollyProps) -> Html {
    let active = use_state_eq(|| None::<usize>);
    let mode = use_state_eq(|| Mode::Stacked);
    let container = use_node_ref();
    let graphic = use_node_ref();
    let steps = use_node_ref();
    let host = use_host_viewport();

    // The page's own scrolling: observe the steps crossing the middle of the viewport.
    {
        let (active, mode, steps) = (active.clone(), mode.clone(), steps.clone());
        use_effect_with(props.steps.len(), move |_| {
            let observer = observe_steps(&steps, active.setter());
            if observer.is_some() {
                mode.set(Mode::Sticky);
            }
            move || {
                if let Some((observer, _callback)) = observer {
                    observer.disconnect();
                }
            }
        });
    }

    // Inside a frame: the host's viewport decides.
    {
        let (active, mode) = (active.clone(), mode.clone());
        let (container, graphic, steps) = (container.clone(), graphic.clone(), steps.clone());
        use_effect_with(host, move |host| {
            if let Some(viewport) = host {
                mode.set(Mode::Pinned);
                if let Some(step) = host_step(&steps, viewport) {
                    active.set(Some(step));
                }
                pin_graphic(&container, &graphic, Some(viewport));
            }
        });
    }

    let current = active.unwrap_or(0);
    let class = classes!(
        "scrolly",
        (*mode == Mode::Sticky).then_some("is-sticky"),
        (*mode == Mode::Pinned).then_some("is-pinned"),
    );
    html! {
        <div class={class} id={props.id.clone()} ref={container} data-active-step={current.to_string()}>
            <div class="scrolly-graphic" ref={graphic}>
                { props.graphic.emit(current) }
            </div>
            <ol class="scrolly-steps" ref={steps} aria-label={props.steps_label.clone()}>
                { for props.steps.iter().enumerate().map(|(i, step)| {
                    let is_active = *active == Some(i);
                    html! {
                        <li class={classes!("scrolly-step", is_active.then_some("is-active"))}
                            data-step={i.to_string()}
                            aria-current={is_active.then_some("step")}>
                            { step.clone() }
                        </li>
                    }
                }) }
            </ol>
        </div>
    }
}

type ObserverCallback = Closure<dyn FnMut(js_sys::Array, web_sys::IntersectionObserver)>;

/// The steps under `steps`, in order.
fn step_elements(steps: &NodeRef) -> Vec<web_sys::Element> {
    let Some(list) = steps.cast::<web_sys::Element>() else {
        return Vec::new();
    };
    let Ok(nodes) = list.query_selector_all(".scrolly-step") else {
        return Vec::new();
    };
    (0..nodes.length())
        .filter_map(|i| nodes.item(i)?.dyn_into::<web_sys::Element>().ok())
        .collect()
}

fn step_index(element: &web_sys::Element) -> Option<usize> {
    element.get_attribute("data-step")?.parse().ok()
}

/// Whether this document is inside a frame.
fn is_framed(window: &web_sys::Window) -> bool {
    match window.parent() {
        Ok(Some(parent)) => !js_sys::Object::is(parent.as_ref(), window.as_ref()),
        _ => false,
    }
}

/// Starts an IntersectionObserver that activates the step crossing the viewport's middle band.
/// `None` (the stacked layout stays) inside a frame or where the browser has no observer.
fn observe_steps(
    steps: &NodeRef,
    set_active: UseStateSetter<Option<usize>>,
) -> Option<(web_sys::IntersectionObserver, ObserverCallback)> {
    let window = web_sys::window()?;
    if is_framed(&window) {
        return None;
    }
    let elements = step_elements(steps);
    if elements.is_empty() {
        return None;
    }
    let callback: ObserverCallback = Closure::new(
        move |entries: js_sys::Array, _: web_sys::IntersectionObserver| {
            let crossing = entries
                .iter()
                .filter_map(|entry| entry.dyn_into::<web_sys::IntersectionObserverEntry>().ok())
                .filter(|entry| entry.is_intersecting())
                .filter_map(|entry| step_index(&entry.target()))
                .next_back();
            if let Some(step) = crossing {
                set_active.set(Some(step));
            }
        },
    );
    let options = web_sys::IntersectionObserverInit::new();
    options.set_root_margin(ROOT_MARGIN);
    options.set_threshold_f64(0.0);
    let observer = web_sys::IntersectionObserver::new_with_options(
        callback.as_ref().unchecked_ref(),
        &options,
    )
    .ok()?;
    for element in &elements {
        observer.observe(element);
    }
    Some((observer, callback))
}

/// The top of `element` in the document's coordinates.
fn document_top(element: &web_sys::Element) -> f64 {
    let scroll = web_sys::window()
        .and_then(|w| w.scroll_y().ok())
        .unwrap_or(0.0);
    element.get_bounding_client_rect().top() + scroll
}

/// The step the host's viewport puts in the middle.
fn host_step(steps: &NodeRef, viewport: &HostViewport) -> Option<usize> {
    let tops: Vec<f64> = step_elements(steps).iter().map(document_top).collect();
    active_step(&tops, viewport.frame_top, viewport.viewport_height)
}

/// Keeps the graphic in the host's viewport beside the steps; puts it back in place when the
/// layout is stacked (narrow screens) or there is no viewport.
fn pin_graphic(container: &NodeRef, graphic: &NodeRef, viewport: Option<&HostViewport>) {
    let (Some(container), Some(graphic)) = (
        container.cast::<web_sys::Element>(),
        graphic.cast::<web_sys::HtmlElement>(),
    ) else {
        return;
    };
    let side_by_side = web_sys::window()
        .and_then(|w| w.match_media(SIDE_BY_SIDE).ok().flatten())
        .is_some_and(|query| query.matches());
    let offset = match viewport {
        Some(viewport) if side_by_side => {
            let top = document_top(&container);
            let bottom = top + container.get_bounding_client_rect().height();
            let height = graphic.get_bounding_client_rect().height();
            pinned_offset(
                top,
                height,
                bottom,
                viewport.frame_top,
                viewport.viewport_height,
            )
        }
        _ => 0.0,
    };
    let style = graphic.style();
    if offset > 0.0 {
        let _ = style.set_property(
            "transform",
            &format!("translateY({}px)", crate::decimal::fixed(offset, 1)),
        );
    } else {
        let _ = style.remove_property("transform");
    }
}
