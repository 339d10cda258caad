//! The liquidation map with the price path, and its caption: a bounded number of SVG elements.

use super::*;
use crate::charts::axis::scale_ticks;
use crate::charts::layout::Plot;
use crate::charts::{Axis, AxisOrient, LinearScale};
use crate::decimal::clamp;
use crate::model::cascade::MapBin;

/// The price window of the map (relative prices): fixed while the run stays inside it, so
/// dragging a slider does not make the axis jump; widened in steps when the price leaves it.
pub(super) fn map_window(run: &CascadeRun) -> (f64, f64) {
    let end = 1.0 + run.final_move;
    if run.shock > 0.0 {
        let hi = if end <= 1.4 {
            1.45
        } else {
            ((end + 0.05) * 10.0).ceil() / 10.0
        };
        (0.85, hi)
    } else {
        let lo = if end >= 0.6 {
            0.55
        } else {
            (((end - 0.05) * 10.0).floor() / 10.0).max(0.0)
        };
        (lo, 1.15)
    }
}

/// The map is drawn in a fixed view and scaled to its column.
const WIDTH: f64 = 360.0;
/// Room for price ticks on the left and the round's label below.
const PLOT: Plot = Plot::new(280.0, [10.0, 8.0, 26.0, 58.0]);

/// A label over the bands, with a halo in the page colour (style.css, `.cascade-label`).
fn label(class: &'static str, x: f64, y: f64, anchor: &'static str, text: String) -> Html {
    html! {
        <text {class} x={coord(x)} y={coord(y)} text-anchor={anchor}>{ text }</text>
    }
}

/// A horizontal rule across the plot at `y`.
fn rule(class: &'static str, y: f64) -> Html {
    let [left, right] = PLOT.x_range(WIDTH);
    html! {
        <line {class} x1={coord(left)} x2={coord(right)} y1={coord(y)} y2={coord(y)} />
    }
}

/// Opacity steps the bands are drawn in. The eye tells no more apart, and drawing each class
/// and step as one path keeps the map to a few elements however many bins it has (60 rects cost
/// a phone about 30 ms to hydrate at 4x CPU).
const SHADES: usize = 10;

/// The crowd's liquidation levels as bands, strongest where the most notional sits, grey once
/// the price at `current` has passed them: one path per class and shade.
fn bands(bins: &[MapBin], y: impl Fn(f64) -> f64, current: f64) -> Html {
    let max = bins
        .iter()
        .map(|b| b.long_notional + b.short_notional)
        .fold(0.0, f64::max);
    let [left, right] = PLOT.x_range(WIDTH);
    // Colours live in style.css: the strict CSP forbids style attributes.
    const CLASSES: [&str; 3] = [
        "cascade-band is-done",
        "cascade-band is-long",
        "cascade-band is-short",
    ];
    let mut paths = vec![String::new(); CLASSES.len() * SHADES];
    for bin in bins {
        let total = bin.long_notional + bin.short_notional;
        if total <= 0.0 || max <= 0.0 {
            continue;
        }
        let long_side = bin.long_notional >= bin.short_notional;
        // A bin is done once the price has passed it: from above for longs, below for shorts.
        let done = if long_side {
            bin.price_lo >= current && current < 1.0
        } else {
            bin.price_hi <= current && current > 1.0
        };
        let class = match (done, long_side) {
            (true, _) => 0,
            (false, true) => 1,
            (false, false) => 2,
        };
        let shade = ((total / max).sqrt() * (SHADES - 1) as f64).round() as usize;
        let (top, bottom) = (y(bin.price_hi), y(bin.price_lo));
        paths[class * SHADES + shade.min(SHADES - 1)].push_str(&format!(
            "M{},{}H{}V{}H{}Z",
            coord(left),
            coord(top),
            coord(right),
            coord(bottom.max(top)),
            coord(left)
        ));
    }
    let bands = paths
        .into_iter()
        .enumerate()
        .filter(|(_, d)| !d.is_empty())
        .map(|(i, d)| {
            let opacity = 0.06 + 0.8 * (i % SHADES) as f64 / (SHADES - 1) as f64;
            html! {
                <path class={CLASSES[i / SHADES]} {d} fill-opacity={crate::decimal::fixed(opacity, 3)} />
            }
        });
    html! { <g class="cascade-bands">{ for bands }</g> }
}

/// The liquidation map with the price path: a bounded number of SVG elements, on the chart
/// layer's scale and axis (prices in dollars, clamped to the window).
pub(super) fn liquidation_map(
    population: &Population,
    run: &CascadeRun,
    step: usize,
    lang: Lang,
) -> Html {
    let window = map_window(run);
    let p0 = reference_price();
    let prices = LinearScale::new([p0 * window.0, p0 * window.1], PLOT.y_range());
    let y = |relative: f64| prices.apply(clamp(relative, window.0, window.1) * p0);
    let path = run.path();
    let last = path.len().saturating_sub(1).max(1);
    let [left, right] = PLOT.x_range(WIDTH);
    let x = |k: usize| left + (right - left) * k as f64 / last as f64;
    let step = step.min(path.len().saturating_sub(1));
    let current = 1.0 + path.get(step).copied().unwrap_or(0.0);
    // Step line: flat along a round, then the jump its forced orders cause.
    let mut d = String::new();
    for (k, &price_move) in path.iter().enumerate().take(step + 1) {
        let py = coord(y(1.0 + price_move));
        if k == 0 {
            d.push_str(&format!("M{},{py}", coord(x(0))));
        } else {
            d.push_str(&format!("H{}V{py}", coord(x(k))));
        }
    }
    let target = 1.0 + target_move();
    let ticks = scale_ticks(
        &prices,
        5,
        Some(&Callback::from(|dollars: f64| {
            AttrValue::from(format_number(dollars, 0))
        })),
    );
    let view = PLOT.view(WIDTH);
    let start_text = format!(
        "{} {}",
        copy::START_LABEL.get(lang),
        format_usd_plain(p0, lang)
    );
    let position = format!(
        "{} · {}",
        point_label(run, step, lang),
        price_text(current, lang)
    );
    html! {
        <svg class="chart-svg cascade-map" viewBox={format!("0 0 {} {}", coord(WIDTH), coord(PLOT.height))} role="img"
            aria-labelledby="cascade-map-title cascade-map-desc" preserveAspectRatio="xMidYMid meet">
            <title id="cascade-map-title">{ copy::MAP_TITLE.get(lang) }</title>
            <desc id="cascade-map-desc">{ copy::MAP_DESC.get(lang) }</desc>
            <Axis orient={AxisOrient::Left} scale={prices} {ticks} span={[left, right]} {view} />
            { bands(&population.liquidation_map(window.0, window.1, MAP_BINS), y, current) }
            { rule("cascade-start", y(1.0)) }
            { label("cascade-label", right, y(1.0) - 3.0, "end", start_text) }
            if target > window.0 && target < window.1 {
                { rule("cascade-target", y(target)) }
                { label("cascade-label", right, y(target) - 3.0, "end",
                    format!("{} {}", copy::LEGEND_TARGET.get(lang), format_fact(fact(FactId::BtcDay), lang))) }
            }
            <path class="cascade-path" {d} />
            <circle class="cascade-marker" cx={coord(x(step))} cy={coord(y(current))} r="4" />
            { label("cascade-axis-label", left, PLOT.height - 8.0, "start", copy::AXIS_ROUND.get(lang).to_owned()) }
            { label("cascade-label", right, PLOT.height - 8.0, "end", position) }
        </svg>
    }
}

/// The map's summary and its colour key.
pub(super) fn map_caption(run: &CascadeRun, lang: Lang) -> Html {
    let keys = [
        ("cascade-key is-long", copy::LEGEND_LONGS),
        ("cascade-key is-short", copy::LEGEND_SHORTS),
        ("cascade-key is-done", copy::LEGEND_DONE),
    ]
    .map(|(class, name)| html! { <>{ " " }<span {class}>{ format!("■ {}", name.get(lang)) }</span></> });
    html! {
        <figcaption class="source-note">
            <span data-testid="cascade-map-summary">{ map_summary(run, lang) }</span>
            { for keys }
        </figcaption>
    }
}
