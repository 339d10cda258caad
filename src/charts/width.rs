//! The one hook that measures a chart: its container's CSS width, followed with a
//! `ResizeObserver`, so each chart is laid out for the column it sits in (a phone's screen, a
//! desktop column) rather than drawn for a phone and stretched, drawn again only when the column
//! moves more than 5 % from the width drawn ([`redraw_width`]). Server renders and native tests
//! never measure and lay out at [`WIDTH`].

use yew::prelude::*;

use super::interact::WIDTH;

/// Narrower than this, labels cannot fit; wider, a chart stops growing (the column's measure).
const MIN_WIDTH: f64 = 280.0;
const MAX_WIDTH: f64 = 1200.0;
/// Widths are rounded to this step, so sub-pixel resizes never re-render a chart.
const STEP: f64 = 8.0;

/// The width to lay out at for a container `measured` CSS pixels wide.
pub(crate) fn layout_width(measured: f64) -> f64 {
    if !measured.is_finite() || measured <= 0.0 {
        return WIDTH;
    }
    crate::decimal::clamp((measured / STEP).floor() * STEP, MIN_WIDTH, MAX_WIDTH)
}

/// A chart is drawn again only when its column differs from the width it was drawn at by more
/// than this share: its text then reads within 5 % of its size, and a phone (a 328–352 px
/// column) keeps the chart as the page was built with, with no second render and layout as its
/// island wakes.
const REDRAW_BEYOND: f64 = 0.05;

/// The width to draw at next, for a chart drawn at `drawn` in a container `measured` wide. A
/// container that measures nothing (hidden, folded away) keeps the chart as drawn.
pub(crate) fn redraw_width(drawn: f64, measured: f64) -> f64 {
    if !measured.is_finite() || measured <= 0.0 {
        return drawn;
    }
    let wanted = layout_width(measured);
    if (wanted - drawn).abs() <= drawn * REDRAW_BEYOND {
        drawn
    } else {
        wanted
    }
}

/// The width to draw the chart in the element `container` points at: [`WIDTH`] until it is
/// measured, then the column's width when it differs enough ([`redraw_width`]).
#[hook]
pub(crate) fn use_width(container: NodeRef) -> f64 {
    let width = use_state_eq(|| WIDTH);
    {
        let width = width.clone();
        use_effect_with(container, move |container| {
            let drawn = std::cell::Cell::new(WIDTH);
            let observer = observe(container, move |measured| {
                let next = redraw_width(drawn.get(), measured);
                if next != drawn.replace(next) {
                    // In a task of its own: from the observer, inside the frame that laid the
                    // page out, the new render would lay it out twice in one long task.
                    let width = width.clone();
                    gloo::timers::callback::Timeout::new(0, move || width.set(next)).forget();
                }
            });
            // The cleanup owns the observation: dropped with it, the observer disconnects.
            move || {
                let _ = &observer;
            }
        });
    }
    *width
}

/// Calls `on_width` with the element's content width now and on every resize, until the
/// returned observation is dropped.
#[cfg(target_arch = "wasm32")]
fn observe(container: &NodeRef, on_width: impl Fn(f64) + 'static) -> Option<Observation> {
    use wasm_bindgen::prelude::*;
    use wasm_bindgen::JsCast;
    let element = container.cast::<web_sys::Element>()?;
    let callback = Closure::<dyn FnMut(js_sys::Array)>::new(move |entries: js_sys::Array| {
        if let Some(entry) = entries.get(0).dyn_ref::<web_sys::ResizeObserverEntry>() {
            on_width(entry.content_rect().width());
        }
    });
    let observer = web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref()).ok()?;
    observer.observe(&element);
    Some(Observation {
        observer,
        _callback: callback,
    })
}

/// Native renders never measure.
#[cfg(not(target_arch = "wasm32"))]
fn observe(_: &NodeRef, _: impl Fn(f64) + 'static) -> Option<()> {
    None
}

/// A live observation; dropping it disconnects the observer.
#[cfg(target_arch = "wasm32")]
struct Observation {
    observer: web_sys::ResizeObserver,
    _callback: wasm_bindgen::closure::Closure<dyn FnMut(js_sys::Array)>,
}

#[cfg(target_arch = "wasm32")]
impl Drop for Observation {
    fn drop(&mut self) {
        self.observer.disconnect();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn widths_round_down_within_bounds_and_bad_measures_keep_the_default() {
        assert_eq!(layout_width(359.6), 352.0);
        assert_eq!(layout_width(768.0), 768.0);
        assert_eq!(layout_width(100.0), MIN_WIDTH);
        assert_eq!(layout_width(5000.0), MAX_WIDTH);
        for bad in [0.0, -1.0, f64::NAN, f64::INFINITY] {
            assert_eq!(layout_width(bad), WIDTH);
        }
    }

    /// Phones keep the chart as built; a desktop column, a turned phone or a bad measure that
    /// falls back to the default are drawn at their own width.
    #[test]
    fn charts_are_drawn_again_only_for_a_column_that_differs_by_more_than_five_percent() {
        for phone in [328.0, 343.0, 358.0] {
            assert_eq!(redraw_width(WIDTH, phone), WIDTH, "{phone}");
        }
        assert_eq!(redraw_width(WIDTH, 382.0), 376.0);
        assert_eq!(redraw_width(WIDTH, 768.0), 768.0);
        assert_eq!(redraw_width(768.0, 770.0), 768.0);
        assert_eq!(redraw_width(768.0, 358.0), 352.0);
        assert_eq!(redraw_width(WIDTH, f64::NAN), WIDTH);
        assert_eq!(redraw_width(768.0, 0.0), 768.0);
    }
}
