//! Inside a frame, each lab's result strip follows the host's viewport: an auto-height frame
//! never scrolls, so the strip's `position: sticky` cannot work there. On every viewport the host
//! reports, each strip moves to the viewport's top within its panel ([`stuck_offset`]).

use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};

use super::frame::on_host_viewport;
use super::protocol::{stuck_offset, HostViewport};

/// Follows the host's viewport with every lab's result strip, for the page's lifetime.
pub fn follow_host_viewport() {
    on_host_viewport(|viewport| {
        let Some(document) = web_sys::window().and_then(|window| window.document()) else {
            return;
        };
        let Ok(strips) = document.query_selector_all(".lab-panel > .lab-result") else {
            return;
        };
        for i in 0..strips.length() {
            let Some(strip) = strips
                .item(i)
                .and_then(|node| node.dyn_into::<HtmlElement>().ok())
            else {
                continue;
            };
            if let Some(panel) = strip.parent_element() {
                place(&strip, &panel, viewport);
            }
        }
    });
}

/// Moves `strip` (the first row of `panel`) to where a sticky strip would be. The frame does not
/// scroll, so client rectangles are document coordinates, and the panel itself never moves.
fn place(strip: &HtmlElement, panel: &Element, viewport: HostViewport) {
    let rect = panel.get_bounding_client_rect();
    let offset = stuck_offset(
        rect.top(),
        f64::from(strip.offset_height()),
        rect.bottom(),
        viewport,
    );
    let transform = if offset > 0.0 {
        format!("translateY({}px)", crate::decimal::trimmed(offset, 1))
    } else {
        String::new()
    };
    // CSSOM, not a style attribute: the page's CSP allows no inline style markup.
    let _ = strip.style().set_property("transform", &transform);
}
