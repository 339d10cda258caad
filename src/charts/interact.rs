//! What every chart shares around its marks: the responsive SVG shell, the focusable mark
//! wrapper, the tooltip of the active mark and the lower-bound legend.
//!
//! A mark becomes active on hover, tap or keyboard focus and shows its value with its source.
//! Only yew's own event types are used and only inside callbacks, so render bodies stay free of
//! browser calls and render natively (server-side rendering, tests).

use yew::prelude::*;

use super::datum::Datum;
use super::format::{coord, text_width};
use super::width::use_width;

/// Ids of the title and description a `ChartFrame` renders, provided as context so the chart's
/// SVG can name them in `aria-labelledby` / `aria-describedby`.
#[derive(Clone, Debug, PartialEq)]
pub struct ChartLabelling {
    pub title_id: AttrValue,
    pub desc_id: AttrValue,
}

impl ChartLabelling {
    /// The ids inside the frame whose element id is `frame_id`.
    pub fn for_frame(frame_id: &str) -> ChartLabelling {
        ChartLabelling {
            title_id: format!("{frame_id}-title").into(),
            desc_id: format!("{frame_id}-desc").into(),
        }
    }
}

/// A chart's viewBox size. A chart is laid out about as wide as its container is in CSS pixels
/// ([`use_width`]: within 5 %), so its 11–13 unit text reads at 11–13 px at every width, give
/// or take 5 %.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct View {
    pub width: f64,
    pub height: f64,
}

/// The width a chart is laid out at before it can measure its container (server renders, native
/// tests): a phone's column (328 px at a 360 px screen, 336 at 375, 352 at 390), so most phones
/// keep it ([`super::width::redraw_width`]).
pub(crate) const WIDTH: f64 = 344.0;

/// A position in viewBox units.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Point {
    pub x: f64,
    pub y: f64,
}

/// The active mark (if any), the frame's ids and the width to lay out at; obtained with
/// [`use_chart`].
pub(crate) struct ChartState {
    active: UseStateHandle<Option<usize>>,
    labelling: Option<ChartLabelling>,
    container: NodeRef,
    /// The viewBox width: [`WIDTH`] until measured, then within 5 % of the container's width.
    pub(crate) width: f64,
}

#[hook]
pub(crate) fn use_chart() -> ChartState {
    let container = use_node_ref();
    ChartState {
        active: use_state_eq(|| None),
        labelling: use_context::<ChartLabelling>(),
        width: use_width(container.clone()),
        container,
    }
}

fn set_active<E: 'static>(
    active: &UseStateHandle<Option<usize>>,
    value: Option<usize>,
) -> Callback<E> {
    let active = active.clone();
    Callback::from(move |_: E| active.set(value))
}

impl ChartState {
    /// Wraps datum `index`'s SVG in a focusable group whose aria-label carries label, value and
    /// source; hovering, tapping or focusing it shows the tooltip, leaving or Escape hides it.
    pub(crate) fn mark(&self, index: usize, datum: &Datum, body: Html) -> Html {
        let active = &self.active;
        let onclick = {
            let active = active.clone();
            // Stop the tap reaching the chart background, which clears the tooltip.
            Callback::from(move |event: MouseEvent| {
                event.stop_propagation();
                active.set(Some(index));
            })
        };
        let onkeydown = {
            let active = active.clone();
            Callback::from(move |event: KeyboardEvent| {
                if event.key() == "Escape" {
                    active.set(None);
                }
            })
        };
        let class = classes!(
            "chart-mark",
            (**active == Some(index)).then_some("chart-mark--active")
        );
        html! {
            <g {class} tabindex="0" role="img" aria-label={datum.aria_label()}
                onfocus={set_active::<FocusEvent>(active, Some(index))}
                onblur={set_active::<FocusEvent>(active, None)}
                onmouseenter={set_active::<MouseEvent>(active, Some(index))}
                onmouseleave={set_active::<MouseEvent>(active, None)}
                {onclick} {onkeydown}>
                {body}
            </g>
        }
    }

    /// The chart: `body` in a `viewBox` SVG that scales to the container's width, the tooltip of
    /// the active mark (pointing at `anchors[i]`, the top of mark `i`) and an optional legend.
    pub(crate) fn render(
        &self,
        kind: &'static str,
        view: View,
        data: &[Datum],
        anchors: &[Point],
        body: Html,
        legend: Html,
    ) -> Html {
        let active = (*self.active).and_then(|i| Some((data.get(i)?, *anchors.get(i)?)));
        let tooltip = active.map(|(datum, at)| tooltip(view, datum, at));
        let labelling = self.labelling.as_ref();
        html! {
            <div class={classes!("chart", kind)} ref={self.container.clone()}
                onclick={set_active::<MouseEvent>(&self.active, None)}>
                // Drawn at its own size (one unit a CSS pixel), narrowed only by `max-width`:
                // before the island measures its column, a phone layout never blows up.
                <svg class="chart-svg" width={coord(view.width)}
                    viewBox={format!("0 0 {} {}", coord(view.width), coord(view.height))}
                    role="group"
                    aria-labelledby={labelling.map(|l| l.title_id.clone())}
                    aria-describedby={labelling.map(|l| l.desc_id.clone())}>
                    {body}
                    // A fixed slot: yew matches unkeyed siblings from the end, so a tooltip
                    // appearing as a new last child would rebuild the marks (and drop focus).
                    <g class="chart-tooltip-layer">{tooltip}</g>
                </svg>
                {legend}
            </div>
        }
    }
}

/// `text`, cut with an ellipsis to fit `max` units at `size`.
fn fit(text: &str, size: f64, max: f64) -> String {
    if text_width(text, size) <= max {
        return text.to_owned();
    }
    let mut width = text_width("…", size);
    let mut out: String = text
        .chars()
        .take_while(|c| {
            width += text_width(c.encode_utf8(&mut [0; 4]), size);
            width <= max
        })
        .collect();
    out.push('…');
    out
}

const TOOLTIP_PAD: f64 = 7.0;
const TOOLTIP_GAP: f64 = 6.0;
const TOOLTIP_EDGE: f64 = 2.0;

/// The active mark's label, value, note and source in a box above the mark (below it when
/// there is no room above), kept inside the viewBox. Drawn in SVG rather than as positioned
/// HTML because the page's CSP forbids inline styles; text widths are estimated, not measured,
/// so rendering needs no DOM. Hidden from assistive technology: the focused mark's aria-label
/// already says the same.
fn tooltip(view: View, datum: &Datum, at: Point) -> Html {
    let max_text = view.width - 2.0 * (TOOLTIP_EDGE + TOOLTIP_PAD);
    let lines: Vec<(&'static str, f64, String)> = [
        Some(("chart-tooltip-label", 12.0, datum.label.as_str())),
        Some(("chart-tooltip-value", 15.0, datum.display.as_str())),
        datum
            .note
            .as_deref()
            .map(|note| ("chart-tooltip-note", 11.0, note)),
        Some(("chart-tooltip-source", 11.0, datum.source.as_str())),
    ]
    .into_iter()
    .flatten()
    .map(|(class, size, text)| (class, size, fit(text, size, max_text)))
    .collect();
    let line_height = |size: f64| size * 1.35;
    let width = lines
        .iter()
        .map(|(_, size, text)| text_width(text, *size))
        .fold(0.0, f64::max)
        + 2.0 * TOOLTIP_PAD;
    let height = lines
        .iter()
        .map(|(_, size, _)| line_height(*size))
        .sum::<f64>()
        + 2.0 * TOOLTIP_PAD;
    let x = crate::decimal::clamp(
        at.x - width / 2.0,
        TOOLTIP_EDGE,
        (view.width - width - TOOLTIP_EDGE).max(TOOLTIP_EDGE),
    );
    let above = at.y - TOOLTIP_GAP - height;
    let y = if above >= 0.0 {
        above
    } else {
        at.y + TOOLTIP_GAP
    };
    let mut baseline = TOOLTIP_PAD;
    let texts = lines.into_iter().map(|(class, size, text)| {
        baseline += line_height(size);
        html! {
            <text {class} x={coord(TOOLTIP_PAD)} y={coord(baseline - size * 0.3)}>{text}</text>
        }
    });
    html! {
        <g class="chart-tooltip" aria-hidden="true" transform={format!("translate({},{})", coord(x), coord(y))}>
            <rect class="chart-tooltip-box" width={coord(width)} height={coord(height)} rx="4" />
            {for texts}
        </g>
    }
}

/// Explains the open-ended lower-bound marks, only when some datum is a bound and the caller
/// supplied the wording; `key` is a 24 × 12 drawing of the mark.
pub(crate) fn bound_legend(data: &[Datum], text: Option<&AttrValue>, key: Html) -> Html {
    match text {
        Some(text) if data.iter().any(|d| d.lower_bound) => html! {
            <p class="chart-legend">
                <svg class="chart-legend-key" viewBox="0 0 24 12" aria-hidden="true">{key}</svg>
                {text}
            </p>
        },
        _ => Html::default(),
    }
}

/// A point mark; `open` (hollow) for a lower bound.
pub(crate) fn dot(at: Point, radius: f64, open: bool) -> Html {
    html! {
        <circle class={classes!("chart-dot", open.then_some("chart-dot--open"))}
            cx={coord(at.x)} cy={coord(at.y)} r={coord(radius)} />
    }
}

/// The legend key for dots: lower-bound readings are drawn open.
pub(crate) fn open_dot_key() -> Html {
    dot(Point { x: 12.0, y: 6.0 }, 4.0, true)
}

/// Tone class of a signed value: falls and rises are told apart by colour and by side of zero.
pub(crate) fn tone(value: f64) -> &'static str {
    if value < 0.0 {
        "chart-down"
    } else {
        "chart-up"
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn widths_count_cjk_as_full_width() {
        assert_eq!(text_width("ab", 10.0), 12.0);
        assert_eq!(text_width("比特币", 10.0), 30.0);
        assert_eq!(fit("short", 10.0, 100.0), "short");
        let cut = fit("一二三四五六七八九十", 10.0, 50.0);
        assert_eq!(cut, "一二三四…");
        assert!(text_width(&cut, 10.0) <= 50.0);
        assert_eq!(fit("", 10.0, 0.0), "");
    }
}

/// Native-only: rendering needs yew's `ssr` feature and tokio, dev-dependencies off wasm32.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod render_tests {
    use super::*;

    #[derive(Properties, PartialEq)]
    struct TipProps {
        at: Point,
    }

    #[function_component]
    fn Tip(props: &TipProps) -> Html {
        let datum = Datum::new("k", "Ether", -19.0, "≥ −19%", "Binance").with_note("intraday");
        tooltip(
            View {
                width: WIDTH,
                height: 200.0,
            },
            &datum,
            props.at,
        )
    }

    fn render_tip(at: Point) -> String {
        crate::test_support::render(html! { <Tip {at} /> })
    }

    fn translate(html: &str) -> (f64, f64) {
        let inner = html
            .split("translate(")
            .nth(1)
            .unwrap()
            .split(')')
            .next()
            .unwrap();
        let (x, y) = inner.split_once(',').unwrap();
        (x.parse().unwrap(), y.parse().unwrap())
    }

    #[test]
    fn tooltip_sits_above_the_mark_inside_the_view() {
        let html = render_tip(Point { x: 180.0, y: 150.0 });
        for text in [
            "Ether",
            "≥ −19%",
            "intraday",
            "Binance",
            "aria-hidden=\"true\"",
        ] {
            assert!(html.contains(text), "{text} in {html}");
        }
        let (x, y) = translate(&html);
        assert!(
            x > 100.0 && x < 180.0 && y < 150.0 - TOOLTIP_GAP - 40.0,
            "{x},{y}"
        );
        // Near the left edge and the top: clamped inside and flipped below the anchor.
        let (x, y) = translate(&render_tip(Point { x: 0.0, y: 10.0 }));
        assert_eq!((x, y), (TOOLTIP_EDGE, 10.0 + TOOLTIP_GAP));
        let (x, _) = translate(&render_tip(Point { x: WIDTH, y: 150.0 }));
        assert!(x + 60.0 < WIDTH);
        assert!(!render_tip(Point {
            x: f64::NAN,
            y: f64::INFINITY
        })
        .contains("NaN"));
    }
}
