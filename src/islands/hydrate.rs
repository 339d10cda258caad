//! When each island wakes: at once when the page is framed or its URL targets something (the
//! reader asked for a state or a place), else as it comes within a screen of the viewport, and
//! the rest one at a time while the page is idle. Each island hydrates in its own task, so no
//! single wake blocks the page for long; an island whose first render needs heavy work has it
//! prepared first in short tasks of its own (the cascade lab's population). `<html data-ready>`
//! marks that every island is live.

use std::cell::RefCell;
use std::collections::VecDeque;
use std::rc::Rc;

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, IntersectionObserver, IntersectionObserverEntry};

use super::{Island, IslandProps, IslandRoot};
use crate::content::SectionId;

/// The gap between two idle wakes: enough for input and painting to run between them. Islands
/// woken at once still wake one per task, with no gap.
const IDLE_GAP_MS: u32 = 30;

struct Pending {
    islands: VecDeque<(Element, IslandProps)>,
    observer: Option<IntersectionObserver>,
    gap_ms: u32,
    /// Islands taken off the queue whose hydration has not finished (being prepared).
    in_flight: u32,
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
        in_flight: 0,
    }));
    if !at_once {
        queue.borrow_mut().observer = observe(&queue);
    }
    // In a task of its own: the module's start-up has already taken this one.
    gloo::timers::callback::Timeout::new(0, move || idle_step(queue)).forget();
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
                // One island per task, even when several come into range together.
                let (queue, target) = (queue.clone(), entry.target());
                gloo::timers::callback::Timeout::new(0, move || wake(&queue, &target)).forget();
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
        let queue = queue.clone();
        mount(&queue.clone(), element, props, move || {
            finish_if_done(&queue)
        });
    }
}

/// Prepares what the island's first render needs, if anything, then hydrates it and calls
/// `then`.
fn mount(queue: &Queue, element: Element, props: IslandProps, then: impl FnOnce() + 'static) {
    queue.borrow_mut().in_flight += 1;
    let queue = queue.clone();
    let hydrate = move || {
        hydrate_now(element, props);
        queue.borrow_mut().in_flight -= 1;
        then();
    };
    match props.island {
        Island::Lab(SectionId::Cascade) => crate::sections::cascade::prepare(hydrate),
        _ => hydrate(),
    }
}

/// Hydrates one island, timed as `island:<name>` (User Timing) for the audit. Yew renders in a
/// microtask queued by `hydrate`; the timing ends in the one queued after it.
fn hydrate_now(element: Element, props: IslandProps) {
    let timing = crate::browser::Timing::start(&format!("island:{}", props.island.name()));
    yew::Renderer::<IslandRoot>::with_root_and_props(element.clone(), props).hydrate();
    let _ = element.set_attribute("data-hydrated", "");
    yew::platform::spawn_local(async move { timing.finish() });
}

/// Wakes the next island in page order, then schedules itself again once it is live.
fn idle_step(queue: Queue) {
    let next = queue.borrow_mut().islands.pop_front();
    let Some((element, props)) = next else {
        return finish_if_done(&queue);
    };
    if let Some(observer) = &queue.borrow().observer {
        observer.unobserve(&element);
    }
    let gap = queue.borrow().gap_ms;
    let again = queue.clone();
    mount(&queue, element, props, move || {
        gloo::timers::callback::Timeout::new(gap, move || idle_step(again)).forget();
    });
}

/// Marks the page ready once no island waits and none is being prepared.
fn finish_if_done(queue: &Queue) {
    let mut pending = queue.borrow_mut();
    if !pending.islands.is_empty() || pending.in_flight > 0 {
        return;
    }
    if let Some(observer) = pending.observer.take() {
        observer.disconnect();
    }
    drop(pending);
    crate::browser::mark_ready();
}
