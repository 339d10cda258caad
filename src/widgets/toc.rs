//! The table of contents in the masthead: a disclosure listing every section with its deep link
//! (`#slug`), the section being read marked with `aria-current`, and a reading-progress bar.
//!
//! Server and first client render are identical (closed, nothing current, no progress); an
//! effect then follows the page's scrolling. It also re-scrolls to the URL's `#section` once the
//! app has applied the query, because re-rendering in another language moves every section.

use gloo::events::EventListener;
use yew::prelude::*;

use crate::content::chart_copy as copy;
use crate::content::story::section_copy;
use crate::content::{ui, SectionId};
use crate::context::use_prefs;

/// A section counts as being read once its top is above this share of the viewport.
const READING_LINE: f64 = 0.5;

#[function_component(Toc)]
pub fn toc() -> Html {
    let prefs = use_prefs();
    let lang = prefs.lang;
    let current = use_state_eq(|| None::<SectionId>);
    let details = use_node_ref();
    let progress = use_node_ref();

    {
        let (current, progress) = (current.clone(), progress.clone());
        use_effect_with((), move |_| {
            // After the other components' first effects have laid the page out again
            // (scrollytelling turns sticky, adding height above the target, and a remount after
            // the URL's query is applied defeats the browser's scroll anchoring).
            let settle = gloo::timers::callback::Timeout::new(0, scroll_to_hash);
            let follow = move || {
                let (share, section) = reading_position();
                current.set(section);
                if let Some(bar) = progress.cast::<web_sys::HtmlElement>() {
                    let _ = bar.style().set_property(
                        "transform",
                        &format!("scaleX({})", crate::decimal::fixed(share, 4)),
                    );
                }
            };
            follow();
            let listeners = web_sys::window().map(|window| {
                let on_scroll = follow.clone();
                // gloo's listeners are passive by default: scrolling is never held up.
                [
                    EventListener::new(&window, "scroll", move |_| on_scroll()),
                    EventListener::new(&window, "resize", move |_| follow()),
                ]
            });
            move || drop((listeners, settle))
        });
    }

    let close = {
        let details = details.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(details) = details.cast::<web_sys::Element>() {
                let _ = details.remove_attribute("open");
            }
        })
    };
    let show_list = prefs.section.is_none();
    let current_name = current.map(|id| section_copy(id).kicker.get(lang));
    html! {
        <>
            if show_list {
                <details class="toc" ref={details} data-testid="toc">
                    <summary class="toc-summary">
                        <span class="toc-title">{ ui::TABLE_OF_CONTENTS.get(lang) }</span>
                        if let Some(name) = current_name {
                            <span class="toc-current">
                                <span class="visually-hidden">{ copy::CURRENT_SECTION.get(lang) }</span>
                                { name }
                            </span>
                        }
                    </summary>
                    <ol class="toc-list" onclick={close}>
                        { for SectionId::ALL.iter().map(|&id| {
                            let is_current = *current == Some(id);
                            html! {
                                <li>
                                    <a href={format!("#{}", id.slug())} aria-current={is_current.then_some("location")}>
                                        { section_copy(id).kicker.get(lang) }
                                    </a>
                                </li>
                            }
                        }) }
                    </ol>
                </details>
            }
            <div class="progress" ref={progress} aria-hidden="true"></div>
        </>
    }
}

/// How far down the page the reader is (0–1) and the section being read.
fn reading_position() -> (f64, Option<SectionId>) {
    let Some(window) = web_sys::window() else {
        return (0.0, None);
    };
    let Some(document) = window.document() else {
        return (0.0, None);
    };
    let viewport = window
        .inner_height()
        .ok()
        .and_then(|h| h.as_f64())
        .unwrap_or(0.0);
    let scrolled = window.scroll_y().unwrap_or(0.0);
    let total = document
        .document_element()
        .map_or(0.0, |root| f64::from(root.scroll_height()))
        - viewport;
    let share = if total > 0.0 {
        (scrolled / total).clamp(0.0, 1.0)
    } else {
        0.0
    };
    let line = viewport * READING_LINE;
    // The last section whose top has passed the reading line.
    let section = SectionId::ALL.into_iter().rev().find(|id| {
        document
            .get_element_by_id(id.slug())
            .is_some_and(|el| el.get_bounding_client_rect().top() <= line)
    });
    (share, section)
}

/// Brings the URL's `#fragment` into view, if it names an element.
fn scroll_to_hash() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let Ok(hash) = window.location().hash() else {
        return;
    };
    let id = hash.trim_start_matches('#');
    if id.is_empty() {
        return;
    }
    let id = js_sys::decode_uri_component(id)
        .ok()
        .and_then(|s| s.as_string())
        .unwrap_or_else(|| id.to_string());
    if let Some(target) = window.document().and_then(|d| d.get_element_by_id(&id)) {
        target.scroll_into_view();
    }
}
