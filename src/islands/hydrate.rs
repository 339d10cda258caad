//! When each island wakes: at once when the page is framed or its URL targets something (the
//! reader asked for a state or a place), else as it comes within a screen of the viewport, and
//! the rest one at a time while the page is idle. Each island hydrates in its own task, so no
//! single wake blocks the page for long. `<html data-ready>` marks that every island is live.

use std::cell::RefCell;
use std::collections::VecDeque;
use std::rc::Rc;

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, IntersectionObserver, IntersectionObserverEntry};

use super::{IslandProps, IslandRoot};

/// The gap between two idle wakes: enough for input and painting to run between them. Islands
/// woken at once still wake one per task, with no gap.
const IDLE_GAP_MS: u32 = 30;

struct Pending {
    islands: VecDeque<(Element, IslandProps)>,
    observer: Option<IntersectionObserver>,
    gap_ms: u32,
}

type Queue = Rc<RefCell<Pending>>;

/// Finds the page's islands and schedules their hydration; `at_once` wakes them all now.
pub fn hydrate(document: &web_sys::Document, at_once: bool) {
    let Ok(nodes) = document.query_selector_all("[data-island]") else {
        return;
    };
    let islands: VecDeque<(Element, IslandProps)> = (0..nodes.length())
        .filter_map(|i| nodes.item(i)?.dyn_into::<Element>().ok())
        .filter_map(|element| {
            let props = IslandProps::parse(&element.get_attribute("data-props")?)?;
            Some((element, props))
        })
        .collect();
    let queue: Queue = Rc::new(RefCell::new(Pending {
        islands,
        observer: None,
        gap_ms: if at_once { 0 } else { IDLE_GAP_MS },
    }));
    if !at_once {
        queue.borrow_mut().observer = observe(&queue);
    }
    idle_step(queue);
}

/// Wakes islands as they come within a screen of the viewport.
fn observe(queue: &Queue) -> Option<IntersectionObserver> {
    let weak = Rc::downgrade(queue);
    let callback = Closure::<dyn FnMut(js_sys::Array)>::new(move |entries: js_sys::Array| {
        let Some(queue) = weak.upgrade() else { return };
        for entry in entries.iter() {
            let Ok(entry) = entry.dyn_into::<IntersectionObserverEntry>() else {
                continue;
            };
            if entry.is_intersecting() {
                wake(&queue, &entry.target());
            }
        }
    });
    let options = web_sys::IntersectionObserverInit::new();
    options.set_root_margin("100% 0px");
    let observer =
        IntersectionObserver::new_with_options(callback.as_ref().unchecked_ref(), &options).ok()?;
    // The observer lives as long as the page; so must its callback.
    callback.forget();
    for (element, _) in &queue.borrow().islands {
        observer.observe(element);
    }
    Some(observer)
}

/// Hydrates `element` if it is still waiting.
fn wake(queue: &Queue, element: &Element) {
    let found = {
        let mut pending = queue.borrow_mut();
        let index = pending.islands.iter().position(|(e, _)| e == element);
        if let Some(observer) = &pending.observer {
            observer.unobserve(element);
        }
        index.and_then(|i| pending.islands.remove(i))
    };
    if let Some((element, props)) = found {
        mount(element, props);
    }
}

/// Hydrates one island, timed as `island:<name>` (User Timing) for the audit. Yew renders in a
/// microtask queued by `hydrate`; the timing ends in the one queued after it.
fn mount(element: Element, props: IslandProps) {
    let timing = crate::browser::Timing::start(&format!("island:{}", props.island.name()));
    yew::Renderer::<IslandRoot>::with_root_and_props(element.clone(), props).hydrate();
    let _ = element.set_attribute("data-hydrated", "");
    yew::platform::spawn_local(async move { timing.finish() });
}

/// Wakes the next island in page order, then schedules itself again; marks the page ready when
/// none is left.
fn idle_step(queue: Queue) {
    let next = queue.borrow_mut().islands.pop_front();
    match next {
        Some((element, props)) => {
            if let Some(observer) = &queue.borrow().observer {
                observer.unobserve(&element);
            }
            mount(element, props);
            let gap = queue.borrow().gap_ms;
            gloo::timers::callback::Timeout::new(gap, move || idle_step(queue)).forget();
        }
        None => {
            if let Some(observer) = queue.borrow_mut().observer.take() {
                observer.disconnect();
            }
            crate::browser::mark_ready();
        }
    }
}
