//! The few browser calls the shell makes. Only effects and callbacks reach this module, so
//! components still render natively (tests, prerendering).

use wasm_bindgen::JsCast;

/// The address bar's query (`?lev=20&asset=eth`), or empty. A rewrite still waiting for the
/// controls to rest is not in it ([`flush_query`] first where that matters).
pub fn current_query() -> String {
    web_sys::window()
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default()
}

/// The clock the page shows (`<html data-tz>`, set by `assets/prefs.js`), now and whenever the
/// reader switches it; the returned listener stops following when dropped.
pub fn follow_time_zone(
    follow: impl Fn(crate::content::time::TimeZoneChoice) + 'static,
) -> Option<gloo::events::EventListener> {
    let window = web_sys::window()?;
    let read = move || {
        web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.document_element())
            .and_then(|root| root.get_attribute("data-tz"))
            .and_then(|tz| crate::content::time::TimeZoneChoice::parse(&tz))
            .unwrap_or_default()
    };
    follow(read());
    Some(gloo::events::EventListener::new(
        &window,
        "crash-night:tz",
        move |_| follow(read()),
    ))
}

/// Marks `<html data-ready>`: every island is live. Tests, embedders and the loader's replay of
/// early input (`assets/wake.js`) wait for it.
pub fn mark_ready() {
    if let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        let _ = root.set_attribute("data-ready", "");
    }
}

/// How long the address bar waits for the controls to rest before it takes their state.
const URL_REST_MS: u32 = 250;

/// A rewrite of the query waiting for the controls to rest, with the key of the part of the
/// page it speaks for.
type PendingRewrite = (&'static [&'static str], Box<dyn FnOnce(&str) -> String>);

/// The waiting rewrites, and the timer that writes them once the controls rest.
type WaitingQuery = (Vec<PendingRewrite>, Option<gloo::timers::callback::Timeout>);

thread_local! {
    static PENDING_QUERY: std::cell::RefCell<WaitingQuery> =
        std::cell::RefCell::new((Vec::new(), None));
}

/// Sets the address bar's query to `rewrite(current query)` once the page's controls have
/// rested for [`URL_REST_MS`], keeping path and hash, so "copy link" reproduces what the reader
/// sees. A newer rewrite from the same `owner` (the query keys it writes) replaces a waiting
/// one. Waiting matters: each `history.replaceState` makes Chromium fetch and decode the page's
/// icon again on the main thread (about 20 ms on a phone), and it refuses more than a few
/// hundred calls in ten seconds, which a long drag would reach. Anything about to read the whole
/// address bar calls [`flush_query`] first, and so does the reader's next press, focus or
/// leaving ([`follow_the_reader`]).
pub fn replace_query(
    owner: &'static [&'static str],
    rewrite: impl FnOnce(&str) -> String + 'static,
) {
    PENDING_QUERY.with(|pending| {
        let (rewrites, timer) = &mut *pending.borrow_mut();
        rewrites.retain(|(waiting, _)| *waiting != owner);
        rewrites.push((owner, Box::new(rewrite)));
        // Replacing the timer cancels the one before.
        *timer = Some(gloo::timers::callback::Timeout::new(
            URL_REST_MS,
            flush_query,
        ));
    });
}

/// Writes every waiting rewrite now, in the order they came.
pub fn flush_query() {
    let rewrites = PENDING_QUERY.with(|pending| {
        let (rewrites, timer) = &mut *pending.borrow_mut();
        timer.take();
        std::mem::take(rewrites)
    });
    if !rewrites.is_empty() {
        write_query(|current| {
            rewrites
                .into_iter()
                .fold(current.to_string(), |query, (_, rewrite)| rewrite(&query))
        });
    }
}

/// Follows the reader's presses, for two jobs. It flushes waiting rewrites before the reader can
/// act on the address bar: on any press or focus (the language switch, the embed button, a link),
/// and as the page is hidden (a phone switching apps freezes timers and may discard the tab) or
/// left. And it keeps [`pointer_is_down`] up to date: a press that becomes a scroll ends in
/// `pointercancel`, and a window that loses focus mid-press (its release may never come) counts
/// as released. Pointer events, not `:active`: Chromium does not hold a range input `:active`
/// during a touch drag.
pub fn follow_the_reader(window: &web_sys::Window) {
    let capture = gloo::events::EventListenerOptions::run_in_capture_phase();
    // (event, whether it flushes the address bar, whether a pointer is down after it)
    for (event, flush, down) in [
        ("pointerdown", true, Some(true)),
        ("pointerup", false, Some(false)),
        ("pointercancel", false, Some(false)),
        ("blur", false, Some(false)),
        ("focusin", true, None),
        ("visibilitychange", true, None),
        ("pagehide", true, None),
    ] {
        gloo::events::EventListener::new_with_options(window, event, capture, move |_| {
            if let Some(down) = down {
                POINTER_DOWN.with(|cell| cell.set(down));
            }
            if flush {
                flush_query();
            }
        })
        .forget();
    }
}

/// Sets the address bar's query to `rewrite(current query)` with `history.replaceState` now.
/// Silently does nothing where history is unavailable (sandboxed frames can refuse it).
fn write_query(rewrite: impl FnOnce(&str) -> String) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let location = window.location();
    let (Ok(origin), Ok(search), Ok(path), Ok(hash)) = (
        location.origin(),
        location.search(),
        location.pathname(),
        location.hash(),
    ) else {
        return;
    };
    let next_query = rewrite(&search);
    if next_query == search {
        return;
    }
    if let Ok(history) = window.history() {
        let _ = history.replace_state_with_url(
            &wasm_bindgen::JsValue::NULL,
            "",
            Some(&same_origin_url(&origin, &path, &next_query, &hash)),
        );
    }
}

/// The page's own address with a new query. Absolute, because a relative path that begins with
/// `//` (the page `https://site//other.example/`) would be read as another host.
pub fn same_origin_url(origin: &str, path: &str, query: &str, hash: &str) -> String {
    format!("{origin}{path}{query}{hash}")
}

#[wasm_bindgen::prelude::wasm_bindgen]
extern "C" {
    /// Chromium's `navigator.scheduling.isInputPending()`; throws where there is none.
    #[wasm_bindgen(catch, js_namespace = ["navigator", "scheduling"], js_name = isInputPending)]
    fn is_input_pending() -> Result<bool, wasm_bindgen::JsValue>;
}

/// Whether the reader's input is waiting for the main thread, so long work in slices can stop
/// and let it in; `false` where the browser cannot tell (only Chromium can). Callbacks and
/// tasks only.
pub fn input_is_pending() -> bool {
    is_input_pending().unwrap_or(false)
}

thread_local! {
    static POINTER_DOWN: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Whether a finger or mouse button is down on the page ([`follow_the_reader`]): a drag,
/// paused or not, has not rested. Callbacks and tasks only.
pub fn pointer_is_down() -> bool {
    POINTER_DOWN.with(std::cell::Cell::get)
}

/// A User Timing measure being taken: a `performance.mark` named `name` at [`Timing::start`],
/// and at [`Timing::finish`] a `performance.measure` of the same name from that mark to now (the
/// mark is then cleared). Does nothing where there is no `performance` object. Callbacks and
/// effects only.
pub struct Timing {
    name: String,
    performance: Option<web_sys::Performance>,
}

impl Timing {
    pub fn start(name: &str) -> Timing {
        let performance = web_sys::window().and_then(|window| window.performance());
        if let Some(performance) = &performance {
            let _ = performance.mark(name);
        }
        Timing {
            name: name.to_string(),
            performance,
        }
    }

    pub fn finish(self) {
        let Some(performance) = self.performance else {
            return;
        };
        let _ = performance.measure_with_start_mark(&self.name, &self.name);
        performance.clear_marks_with_mark_name(&self.name);
    }
}

/// Runs `work`, timed as the User Timing measure `name`.
pub fn measured<T>(name: &str, work: impl FnOnce() -> T) -> T {
    let timing = Timing::start(name);
    let out = work();
    timing.finish();
    out
}

/// Installs the panic hook. A Wasm panic leaves the module unusable, so the hook (the last Rust
/// code that runs) reports the panic to the console, where tests catch it, and swaps every
/// interactive panel for a static note, so readers keep the story instead of a frozen widget.
pub fn install_panic_hook() {
    // Through yew: its renderer installs its own hook at start-up and would replace ours.
    yew::set_custom_panic_hook(Box::new(|info| {
        web_sys::console::error_1(&format!("crash-night panicked: {info}").into());
        show_panic_fallback();
    }));
}

fn show_panic_fallback() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let Some(root) = document.document_element() else {
        return;
    };
    let _ = root.set_attribute("data-panicked", "");
    let lang = root
        .get_attribute("lang")
        .and_then(|code| crate::content::Lang::parse(&code))
        .unwrap_or_default();
    // The leverage lab's guess sits outside its panel; its controls are as dead as the panel's.
    if let Ok(guesses) = document.query_selector_all(".lab-guess") {
        for index in 0..guesses.length() {
            if let Some(guess) = guesses
                .item(index)
                .and_then(|node| node.dyn_into::<web_sys::Element>().ok())
            {
                let _ = guess.set_attribute("hidden", "");
            }
        }
    }
    let Ok(panels) = document.query_selector_all(".lab-panel") else {
        return;
    };
    for index in 0..panels.length() {
        let Some(panel) = panels.item(index) else {
            continue;
        };
        let Ok(note) = document.create_element("p") else {
            continue;
        };
        note.set_class_name("panic-fallback");
        let _ = note.set_attribute("role", "alert");
        note.set_text_content(Some(crate::content::page::INTERACTIVE_FAILED.get(lang)));
        if let Some(parent) = panel.parent_node() {
            let _ = parent.replace_child(&note, &panel);
        }
    }
}

/// Lets the end-to-end suite prove the fallback works on a release build
/// (`window.wasmBindings.force_panic_for_tests()`); only in builds with `test-hooks`.
#[cfg(feature = "test-hooks")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn force_panic_for_tests() {
    panic!("forced by the end-to-end test of the panic fallback");
}

#[cfg(test)]
mod tests {
    use super::same_origin_url;

    #[test]
    fn written_urls_keep_the_page_origin() {
        let url = same_origin_url(
            "https://news.example",
            "//evil.example/x",
            "?lev=5",
            "#leverage",
        );
        assert_eq!(url, "https://news.example//evil.example/x?lev=5#leverage");
        assert_eq!(
            same_origin_url("http://127.0.0.1:8080", "/en/", "?lang=en", ""),
            "http://127.0.0.1:8080/en/?lang=en"
        );
    }
}
