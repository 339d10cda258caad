//! The liquidation map with the price path, and its caption: a bounded number of SVG elements.

use super::*;
use crate::decimal::clamp;

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

/// The liquidation map with the price path: a bounded number of SVG elements.
pub(super) fn write_liquidation_map(
    m: &mut Markup,
    population: &Population,
    run: &CascadeRun,
    step: usize,
    lang: Lang,
) {
    const WIDTH: f64 = 360.0;
    const HEIGHT: f64 = 280.0;
    const LEFT: f64 = 58.0;
    const RIGHT: f64 = 8.0;
    const TOP: f64 = 10.0;
    const BOTTOM: f64 = 26.0;
    let (lo, hi) = map_window(run);
    let plot_w = WIDTH - LEFT - RIGHT;
    let plot_h = HEIGHT - TOP - BOTTOM;
    let y = |price: f64| TOP + (hi - clamp(price, lo, hi)) / (hi - lo) * plot_h;
    let path = run.path();
    let last = path.len().saturating_sub(1).max(1);
    let x = |k: usize| LEFT + plot_w * k as f64 / last as f64;
    let step = step.min(path.len().saturating_sub(1));
    let current = 1.0 + path.get(step).copied().unwrap_or(0.0);

    let bins = population.liquidation_map(lo, hi, MAP_BINS);
    let max = bins
        .iter()
        .map(|b| b.long_notional + b.short_notional)
        .fold(0.0, f64::max);
    let p0 = reference_price();
    let tick_values = ticks(p0 * lo, p0 * hi, 5.0);
    // Step line: flat along a round, then the jump its forced orders cause.
    let mut d = String::new();
    for (k, &price_move) in path.iter().enumerate().take(step + 1) {
        let py = y(1.0 + price_move);
        if k == 0 {
            d.push_str(&format!("M{},{}", coord(x(0)), coord(py)));
        } else {
            d.push_str(&format!("H{}V{}", coord(x(k)), coord(py)));
        }
    }
    let target = 1.0 + target_move();
    let start_y = y(1.0);
    let target_y = y(target);
    let marker_y = y(current);
    let round_label = point_label(run, step, lang);
    let right = coord(WIDTH - RIGHT);
    let label = |m: &mut Markup, class: &str, x: &str, y: f64, anchor: &str, text: &str| {
        let y = coord(y);
        m.element(
            "text",
            &[
                ("class", class),
                ("x", x),
                ("y", &y),
                ("text-anchor", anchor),
                ("font-size", "11"),
            ],
            text,
        );
    };
    let rule = |m: &mut Markup, class: &str, y: f64| {
        let y = coord(y);
        m.open(
            "line",
            &[
                ("class", class),
                ("x1", &coord(LEFT)),
                ("x2", &right),
                ("y1", &y),
                ("y2", &y),
            ],
        )
        .close("line");
    };
    m.open(
        "svg",
        &[
            ("class", "cascade-map"),
            (
                "viewBox",
                &format!("0 0 {} {}", coord(WIDTH), coord(HEIGHT)),
            ),
            ("role", "img"),
            ("aria-labelledby", "cascade-map-title cascade-map-desc"),
            ("preserveAspectRatio", "xMidYMid meet"),
        ],
    )
    .element(
        "title",
        &[("id", "cascade-map-title")],
        copy::MAP_TITLE.get(lang),
    )
    .element(
        "desc",
        &[("id", "cascade-map-desc")],
        copy::MAP_DESC.get(lang),
    )
    .open("g", &[("class", "cascade-bands")]);
    for bin in &bins {
        let total = bin.long_notional + bin.short_notional;
        let strength = if max > 0.0 { (total / max).sqrt() } else { 0.0 };
        let long_side = bin.long_notional >= bin.short_notional;
        // A bin is done once the price has passed it: from above for longs, below for shorts.
        let done = if long_side {
            bin.price_lo >= current && current < 1.0
        } else {
            bin.price_hi <= current && current > 1.0
        };
        // Colours live in style.css: the strict CSP forbids style attributes.
        let class = match (done, long_side) {
            (true, _) => "cascade-band is-done",
            (false, true) => "cascade-band is-long",
            (false, false) => "cascade-band is-short",
        };
        let opacity = if total > 0.0 {
            0.06 + 0.8 * strength
        } else {
            0.0
        };
        let top = y(bin.price_hi);
        m.open(
            "rect",
            &[
                ("class", class),
                ("x", &coord(LEFT)),
                ("y", &coord(top)),
                ("width", &coord(plot_w)),
                ("height", &coord((y(bin.price_lo) - top).max(0.0))),
                ("fill-opacity", &crate::decimal::fixed(opacity, 3)),
            ],
        )
        .close("rect");
    }
    m.close("g").open("g", &[("class", "cascade-axis")]);
    for &dollars in &tick_values {
        let ty = y(dollars / p0);
        m.open("g", &[("class", "cascade-tick")])
            .open(
                "line",
                &[
                    ("x1", &coord(LEFT - 4.0)),
                    ("x2", &coord(LEFT)),
                    ("y1", &coord(ty)),
                    ("y2", &coord(ty)),
                ],
            )
            .close("line");
        label(
            m,
            "cascade-tick-label",
            &coord(LEFT - 6.0),
            ty + 4.0,
            "end",
            &format_number(dollars, 0),
        );
        m.close("g");
    }
    m.close("g");
    rule(m, "cascade-start", start_y);
    let start_text = format!(
        "{} {}",
        copy::START_LABEL.get(lang),
        format_usd_plain(p0, lang)
    );
    label(
        m,
        "cascade-label",
        &right,
        start_y - 3.0,
        "end",
        &start_text,
    );
    if target > lo && target < hi {
        rule(m, "cascade-target", target_y);
        let target_text = format!(
            "{} {}",
            copy::LEGEND_TARGET.get(lang),
            format_fact(fact(FactId::BtcDay), lang)
        );
        label(
            m,
            "cascade-label",
            &right,
            target_y - 3.0,
            "end",
            &target_text,
        );
    }
    m.open("path", &[("class", "cascade-path"), ("d", &d)])
        .close("path")
        .open(
            "circle",
            &[
                ("class", "cascade-marker"),
                ("cx", &coord(x(step))),
                ("cy", &coord(marker_y)),
                ("r", "4"),
            ],
        )
        .close("circle");
    let left = coord(LEFT);
    label(
        m,
        "cascade-axis-label",
        &left,
        HEIGHT - 8.0,
        "start",
        copy::AXIS_ROUND.get(lang),
    );
    let position = format!("{round_label} · {}", price_text(current, lang));
    label(m, "cascade-label", &right, HEIGHT - 8.0, "end", &position);
    m.close("svg");
}

/// The map's summary and its colour key.
pub(super) fn write_map_caption(m: &mut Markup, run: &CascadeRun, lang: Lang) {
    m.open("figcaption", &[("class", "source-note")]).element(
        "span",
        &[("data-testid", "cascade-map-summary")],
        &map_summary(run, lang),
    );
    for (class, name) in [
        ("cascade-key is-long", copy::LEGEND_LONGS),
        ("cascade-key is-short", copy::LEGEND_SHORTS),
        ("cascade-key is-done", copy::LEGEND_DONE),
    ] {
        m.text(" ").element(
            "span",
            &[("class", class)],
            &format!("■ {}", name.get(lang)),
        );
    }
    m.close("figcaption");
}
