//! The frame's side of embedding: when the page is framed, report its height to the parent on
//! start and on every size change, in three dialects at once (our `crash-night:height` for
//! `assets/embed.js`, pym.js's child protocol when pym's `childId` is in the URL, and AMP's
//! `embed-size`), and pass the host's viewport to whoever follows it ([`on_host_viewport`]).
//!
//! Only `window.parent` is listened to; messages are read by [`super::protocol`].

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use gloo::events::EventListener;
use js_sys::{Object, Reflect};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use super::protocol::*;
use crate::state::query::QueryMap;

/// Who follows the host's viewport (the labs' result strips), and the last one seen.
#[derive(Default)]
struct Followers {
    follow: Vec<Box<dyn Fn(HostViewport)>>,
    last: Option<HostViewport>,
}

thread_local! {
    static VIEWPORT_FOLLOWERS: RefCell<Followers> = RefCell::default();
}

/// Calls `follow` with every viewport the host reports (at once with the last one, if any).
/// Only framed pages whose host tracks scrolling ever call it.
pub(super) fn on_host_viewport(follow: impl Fn(HostViewport) + 'static) {
    VIEWPORT_FOLLOWERS.with(|followers| {
        let mut followers = followers.borrow_mut();
        if let Some(last) = followers.last {
            follow(last);
        }
        followers.follow.push(Box::new(follow));
    });
}

fn tell_followers(viewport: HostViewport) {
    VIEWPORT_FOLLOWERS.with(|followers| {
        followers.borrow_mut().last = Some(viewport);
        for follow in &followers.borrow().follow {
            follow(viewport);
        }
    });
}

/// Starts the frame session if the page is framed, for the page's lifetime. `true` if framed.
pub fn start_frame_session() -> bool {
    match FrameSession::start() {
        Some(session) => {
            // The page never leaves its frame; neither do its listeners.
            std::mem::forget(session);
            super::strips::follow_host_viewport();
            true
        }
        None => false,
    }
}

/// The listeners of a framed page.
struct FrameSession {
    _message: EventListener,
    _links: EventListener,
    _load: EventListener,
    _first: gloo::timers::callback::Timeout,
    _observer: Option<web_sys::ResizeObserver>,
    _on_resize: Closure<dyn FnMut()>,
}

/// Posts the document's height to the parent when it changes.
struct HeightReporter {
    parent: web_sys::Window,
    child_id: Option<String>,
    last: Cell<Option<u32>>,
}

impl HeightReporter {
    fn report(&self, even_if_unchanged: bool) {
        let Some(height) = measure_document_height() else {
            return;
        };
        if !even_if_unchanged && self.last.get() == Some(height) {
            return;
        }
        self.last.set(Some(height));
        record_for_tests(|debug| debug.height = Some(height));
        // The height is all we say, so any origin may hear it ('*' is also the only target a
        // sandboxed, opaque-origin frame can name).
        let _ = self.parent.post_message(
            &typed_message(HEIGHT_MESSAGE, &[("height", height.into())]),
            "*",
        );
        let amp = typed_message(
            "embed-size",
            &[("sentinel", "amp".into()), ("height", height.into())],
        );
        let _ = self.parent.post_message(&amp, "*");
        if let Some(id) = &self.child_id {
            let pym = pym_message(id, "height", &height.to_string());
            let _ = self.parent.post_message(&JsValue::from_str(&pym), "*");
        }
    }
}

impl FrameSession {
    /// `None` (nothing to do) when the page is not in a frame or the browser lacks what we need.
    fn start() -> Option<FrameSession> {
        let window = web_sys::window()?;
        let parent = window.parent().ok().flatten()?;
        if Object::is(parent.as_ref(), window.as_ref()) {
            return None;
        }
        let root = window.document()?.document_element()?;
        let query = window.location().search().unwrap_or_default();
        let child_id = pym_child_id(&QueryMap::parse(&query));
        record_for_tests(|debug| {
            debug.framed = true;
            debug.pym = child_id.is_some();
        });
        let reporter = Rc::new(HeightReporter {
            parent: parent.clone(),
            child_id: child_id.clone(),
            last: Cell::new(None),
        });

        // A timer, not only the observer: Chromium pauses rendering, and with it
        // ResizeObserver, in cross-origin frames that are off screen, so a frame below the fold
        // would otherwise keep its placeholder height until the reader reaches it.
        let first = {
            let reporter = reporter.clone();
            gloo::timers::callback::Timeout::new(0, move || reporter.report(false))
        };
        let on_resize = {
            let reporter = reporter.clone();
            Closure::<dyn FnMut()>::new(move || reporter.report(false))
        };
        let observer = web_sys::ResizeObserver::new(on_resize.as_ref().unchecked_ref()).ok();
        if let Some(observer) = &observer {
            observer.observe(&root);
        }
        // Late images and fonts resize the document too; the observer sees that, but a last
        // report after `load` costs nothing.
        let load = {
            let reporter = reporter.clone();
            EventListener::once(&window, "load", move |_| reporter.report(false))
        };
        // A link that leaves the page opens a new tab: navigating the frame would put another
        // site (which may refuse to be framed) inside the host's article. Set as the click
        // begins, before the browser follows the link.
        let links = {
            let options = gloo::events::EventListenerOptions::run_in_capture_phase();
            let page = window.location();
            EventListener::new_with_options(&window, "click", options, move |event| {
                let Some(anchor) = event
                    .target()
                    .and_then(|target| target.dyn_into::<web_sys::Element>().ok())
                    .and_then(|element| element.closest("a[href]").ok().flatten())
                else {
                    return;
                };
                let href = Reflect::get(&anchor, &"href".into())
                    .ok()
                    .and_then(|href| href.as_string());
                let here = page.href().unwrap_or_default();
                if href.is_some_and(|href| leaves_page(&href, &here)) {
                    let _ = anchor.set_attribute("target", "_blank");
                    let _ = anchor.set_attribute("rel", "noopener noreferrer");
                }
            })
        };
        let message = EventListener::new(&window, "message", move |event| {
            let Some(event) = event.dyn_ref::<web_sys::MessageEvent>() else {
                return;
            };
            let from_parent = event
                .source()
                .is_some_and(|source| Object::is(source.as_ref(), parent.as_ref()));
            let message = if from_parent {
                read_host_message(&event.data(), child_id.as_deref())
            } else {
                None
            };
            record_for_tests(|debug| {
                if message.is_some() {
                    debug.accepted += 1
                } else {
                    debug.ignored += 1
                }
                if let Some(HostMessage::Viewport(viewport)) = message {
                    debug.viewport = Some(viewport);
                }
            });
            match message {
                Some(HostMessage::Viewport(viewport)) => tell_followers(viewport),
                Some(HostMessage::Width) => reporter.report(true),
                None => {}
            }
        });
        Some(FrameSession {
            _message: message,
            _links: links,
            _load: load,
            _first: first,
            _observer: observer,
            _on_resize: on_resize,
        })
    }
}

/// The document element's rendered height: unlike `scrollHeight` it shrinks with the content,
/// and unlike the body's it includes margins that collapse through the body.
fn measure_document_height() -> Option<u32> {
    let root = web_sys::window()?.document()?.document_element()?;
    frame_height(root.get_bounding_client_rect().height())
}

/// `{ type, ...fields }` as a plain object.
fn typed_message(kind: &str, fields: &[(&str, JsValue)]) -> JsValue {
    let object = Object::new();
    let _ = Reflect::set(&object, &"type".into(), &kind.into());
    for (key, value) in fields {
        let _ = Reflect::set(&object, &(*key).into(), value);
    }
    object.into()
}

/// Reads a message from the parent without trusting it: a short pym string, or a plain object
/// `{ type: "crash-night:viewport", top: number, height: number }`. Everything else is `None`.
fn read_host_message(data: &JsValue, child_id: Option<&str>) -> Option<HostMessage> {
    if data.is_string() {
        let length = data.unchecked_ref::<js_sys::JsString>().length();
        if length > MAX_MESSAGE_CHARS {
            return None;
        }
        return read_pym_message(&data.as_string()?, child_id?);
    }
    if !data.is_object() || js_sys::Array::is_array(data) {
        return None;
    }
    let kind = Reflect::get(data, &"type".into()).ok()?;
    if !kind.is_string()
        || kind.unchecked_ref::<js_sys::JsString>().length() > 64
        || kind.as_string()? != VIEWPORT_MESSAGE
    {
        return None;
    }
    // `as_f64` is `Some` only for numbers: strings, objects and booleans are refused here.
    let top = Reflect::get(data, &"top".into()).ok()?.as_f64()?;
    let height = Reflect::get(data, &"height".into()).ok()?.as_f64()?;
    HostViewport::new(top, height).map(HostMessage::Viewport)
}

/// What the frame has seen, for the end-to-end tests only.
#[derive(Default)]
struct EmbedDebug {
    framed: bool,
    pym: bool,
    height: Option<u32>,
    viewport: Option<HostViewport>,
    accepted: u32,
    ignored: u32,
}

#[cfg(feature = "test-hooks")]
thread_local! {
    static DEBUG: std::cell::RefCell<EmbedDebug> = Default::default();
}

/// Notes what the frame saw, in builds with `test-hooks` only.
fn record_for_tests(update: impl FnOnce(&mut EmbedDebug)) {
    #[cfg(feature = "test-hooks")]
    DEBUG.with(|debug| update(&mut debug.borrow_mut()));
    #[cfg(not(feature = "test-hooks"))]
    let _ = update;
}

/// The embedding state as JSON, so the end-to-end suite can check the protocol from outside
/// (`window.wasmBindings.embed_state_for_tests()`); only in builds with `test-hooks`.
#[cfg(feature = "test-hooks")]
#[wasm_bindgen]
pub fn embed_state_for_tests() -> String {
    DEBUG.with(|debug| {
        let debug = debug.borrow();
        let number = |value: Option<f64>| value.map_or("null".to_string(), |v| crate::decimal::trimmed(v, 3));
        format!(
            "{{\"framed\":{},\"pym\":{},\"height\":{},\"frameTop\":{},\"viewportHeight\":{},\"accepted\":{},\"ignored\":{}}}",
            debug.framed,
            debug.pym,
            number(debug.height.map(f64::from)),
            number(debug.viewport.map(|v| v.frame_top)),
            number(debug.viewport.map(|v| v.viewport_height)),
            debug.accepted,
            debug.ignored,
        )
    })
}
