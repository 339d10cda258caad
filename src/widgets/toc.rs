//! The contents in the masthead, as the reader scrolls: the section being read is named in the
//! summary and its link marked `aria-current`, and the progress bar follows. The disclosure,
//! its links and every section's name are static (`crate::page::shell`); like the scroll
//! graphics this behaviour renders nothing, it moves state on what was written at build time.
//! It also closes the list when a link is followed, and re-scrolls to the URL's `#section` once
//! the page has laid itself out (the scroll graphics turn sticky and add height above it).
//! Scrolling is a hot path: the elements are found once, and the marks are rewritten only when
//! the section being read changes.

use crate::decimal::clamp;
use gloo::events::EventListener;
use wasm_bindgen::JsCast;
use web_sys::{Document, Element, HtmlElement};

use crate::content::SectionId;

/// A section counts as being read once its top is above this share of the viewport.
const READING_LINE: f64 = 0.5;

/// The contents' elements, found once: the page never rewrites them.
struct Contents {
    sections: Vec<(SectionId, Element)>,
    names: Vec<Element>,
    links: Vec<Element>,
    progress: Option<HtmlElement>,
    /// The section marked now, so a scroll that stays in it writes nothing.
    current: std::cell::Cell<Option<SectionId>>,
}

/// Starts following the reader, for the page's lifetime.
pub fn attach(document: &Document) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let contents = std::rc::Rc::new(Contents {
        sections: SectionId::ALL
            .into_iter()
            .filter_map(|id| Some((id, document.get_element_by_id(id.slug())?)))
            .collect(),
        names: elements(document, ".toc-current"),
        links: elements(document, ".toc-list a"),
        progress: document
            .query_selector(".progress")
            .ok()
            .flatten()
            .and_then(|bar| bar.dyn_into::<HtmlElement>().ok()),
        current: std::cell::Cell::new(None),
    });
    let follow = {
        let document = document.clone();
        move || contents.show_position(&document)
    };
    follow();
    let on_scroll = follow.clone();
    // gloo's listeners are passive by default: scrolling is never held up.
    EventListener::new(&window, "scroll", move |_| on_scroll()).forget();
    EventListener::new(&window, "resize", move |_| follow()).forget();
    if let Ok(Some(list)) = document.query_selector(".toc-list") {
        let details = list.parent_element();
        EventListener::new(&list, "click", move |_| {
            if let Some(details) = &details {
                let _ = details.remove_attribute("open");
            }
        })
        .forget();
    }
    gloo::timers::callback::Timeout::new(0, scroll_to_hash).forget();
}

impl Contents {
    /// Draws the share of the page read; marks the section being read when it changes.
    fn show_position(&self, document: &Document) {
        let Some(window) = web_sys::window() else {
            return;
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
        // Every read before any write: a write first would make each read lay the page out again
        // (this runs on every scroll event).
        let line = viewport * READING_LINE;
        // The last section whose top has passed the reading line.
        let current = self
            .sections
            .iter()
            .rev()
            .find(|(_, section)| section.get_bounding_client_rect().top() <= line)
            .map(|(id, _)| *id);
        let share = if total > 0.0 {
            clamp(scrolled / total, 0.0, 1.0)
        } else {
            0.0
        };
        if let Some(bar) = &self.progress {
            let _ = bar.style().set_property(
                "transform",
                &format!("scaleX({})", crate::decimal::fixed(share, 4)),
            );
        }
        if current == self.current.replace(current) {
            return;
        }
        let slug = current.map(SectionId::slug);
        for name in &self.names {
            let shown = name.get_attribute("data-for").as_deref() == slug;
            let _ = name.toggle_attribute_with_force("hidden", !shown);
        }
        for link in &self.links {
            let href = link.get_attribute("href").unwrap_or_default();
            if slug.is_some_and(|slug| href.strip_prefix('#') == Some(slug)) {
                let _ = link.set_attribute("aria-current", "location");
            } else {
                let _ = link.remove_attribute("aria-current");
            }
        }
    }
}

fn elements(document: &Document, selector: &str) -> Vec<Element> {
    let Ok(nodes) = document.query_selector_all(selector) else {
        return Vec::new();
    };
    (0..nodes.length())
        .filter_map(|i| nodes.item(i)?.dyn_into::<Element>().ok())
        .collect()
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
