//! The lead graphic, drawn at build time: bitcoin's timestamped prices through the night on the
//! clock the reader picks (Beijing or US Eastern), the US stock session shaded, and the rolling
//! liquidation tallies listed under it. Only reported points are drawn, never a line between
//! them: the record is sparse and an invented path would look like data.
//!
//! The clock is laid out three times, for a phone, a tablet column and a desktop column, and the
//! stylesheet shows the one that fits, so each reads at its own size with no script. Ticks are
//! written for both clocks; `<html data-tz>` picks which shows (`assets/prefs.js`).

use yew::prelude::*;

use super::prose::datetime;
use crate::charts::format::{coord, text_width, LABEL_SIZE};
use crate::charts::layout::Plot;
use crate::charts::scale::LinearScale;
use crate::content::chart_copy::{self as words, ChartId};
use crate::content::facts::{fact, Fact, Unit};
use crate::content::format::{format_fact, format_fact_short, format_usd_plain};
use crate::content::time::{short_date, Moment, TimeZoneChoice, UtcMinute, US_SESSION};
use crate::content::{ui, Lang};
use crate::context::use_prefs;
use crate::sections::chart_data::{chart_marks, labelled};

/// One layout of the clock: its viewBox and the class the stylesheet shows it by.
#[derive(Clone, Copy, Debug, PartialEq)]
struct Layout {
    width: f64,
    plot: Plot,
    class: &'static str,
    /// Hours between time ticks.
    tick_hours: i64,
}

const LAYOUTS: [Layout; 3] = [
    Layout {
        width: 360.0,
        plot: Plot::new(240.0, MARGINS),
        class: "clock-narrow",
        tick_hours: 12,
    },
    Layout {
        width: 640.0,
        plot: Plot::new(260.0, MARGINS),
        class: "clock-medium",
        tick_hours: 6,
    },
    Layout {
        width: 960.0,
        plot: Plot::new(300.0, MARGINS),
        class: "clock-wide",
        tick_hours: 6,
    },
];

/// Room for the session label above the plot, time ticks below and price ticks on the left.
const MARGINS: [f64; 4] = [26.0, 12.0, 30.0, 70.0];
/// Hours of margin either side of the first and last reading.
const PAD_HOURS: i64 = 3;
/// The height a point label needs.
const LABEL_HEIGHT: f64 = 15.0;

/// A reported price with an exact minute.
#[derive(Clone, Debug, PartialEq)]
struct Reading {
    at: UtcMinute,
    fact: &'static Fact,
}

/// The clock's prices (records with a unit of dollars and an exact minute), in time order.
fn readings() -> Vec<Reading> {
    let mut out: Vec<Reading> = chart_marks(ChartId::NightClock)
        .iter()
        .map(|&(id, _)| fact(id))
        .filter(|f| f.unit == Unit::Usd)
        .filter_map(|f| match f.as_of {
            Moment::At(at) => Some(Reading { at, fact: f }),
            _ => None,
        })
        .collect();
    out.sort_by_key(|r| r.at);
    out
}

/// The clock's liquidation tallies: its records counted in traders.
fn tallies() -> impl Iterator<Item = &'static Fact> {
    chart_marks(ChartId::NightClock)
        .iter()
        .map(|&(id, _)| fact(id))
        .filter(|f| f.unit == Unit::Count)
}

/// The minutes shown: the readings with [`PAD_HOURS`] either side.
fn window(readings: &[Reading]) -> [i64; 2] {
    let first = readings.first().map_or(0, |r| r.at.0);
    let last = readings.last().map_or(first, |r| r.at.0);
    [first - PAD_HOURS * 60, last + PAD_HOURS * 60]
}

/// The UTC minutes in `window` at which the clock `offset` minutes east of UTC reads a whole
/// multiple of `every` hours.
fn hour_ticks(window: [i64; 2], offset: i32, every: i64) -> Vec<i64> {
    let step = every.max(1) * 60;
    let offset = i64::from(offset);
    let first = (window[0] + offset).div_euclid(step) * step + step - offset;
    (0..)
        .map(|i| first + i * step)
        .take_while(|&t| t <= window[1])
        .collect()
}

/// A time tick's text: the date at midnight, otherwise the hour ("18:00").
fn tick_text(at: i64, tz: TimeZoneChoice, lang: Lang) -> String {
    let (date, hour, minute) = UtcMinute(at).local(tz.offset_minutes());
    if hour == 0 && minute == 0 {
        short_date(date, lang)
    } else {
        format!("{hour:02}:{minute:02}")
    }
}

/// A point label's box: anchored at `x` (start, middle or end), its baseline at `y`.
#[derive(Clone, Copy, Debug, PartialEq)]
struct LabelBox {
    x: f64,
    y: f64,
    anchor: &'static str,
    width: f64,
}

impl LabelBox {
    fn left(&self) -> f64 {
        match self.anchor {
            "start" => self.x,
            "end" => self.x - self.width,
            _ => self.x - self.width / 2.0,
        }
    }

    fn overlaps(&self, other: &LabelBox) -> bool {
        let (a, b) = (self.left(), other.left());
        a < b + other.width && b < a + self.width && (self.y - other.y).abs() < LABEL_HEIGHT
    }
}

/// Places each dot's label above it, or below when that would collide with a label already
/// placed; labels near the sides are anchored inward so none leaves the plot.
fn place_labels(dots: &[(f64, f64, f64)], plot: [f64; 2]) -> Vec<LabelBox> {
    let mut placed: Vec<LabelBox> = Vec::new();
    for &(x, y, width) in dots {
        let anchor = if x - width / 2.0 < plot[0] {
            "start"
        } else if x + width / 2.0 > plot[1] {
            "end"
        } else {
            "middle"
        };
        let above = LabelBox {
            x,
            y: y - 9.0,
            anchor,
            width,
        };
        let below = LabelBox {
            y: y + 19.0,
            ..above
        };
        let clear = |b: &LabelBox| placed.iter().all(|p| !p.overlaps(b));
        placed.push(if clear(&above) { above } else { below });
    }
    placed
}

#[function_component(NightClock)]
pub fn night_clock() -> Html {
    let lang = use_prefs().lang;
    let readings = readings();
    html! {
        <div class="chart night-clock" data-testid="night-clock">
            { tz_switch(lang) }
            { for LAYOUTS.iter().map(|layout| clock_svg(layout, &readings, lang)) }
            <p class="clock-tallies-title">{ words::CLOCK_TALLIES.get(lang) }</p>
            <ul class="clock-tallies">
                { for tallies().map(|f| html! {
                    <li>
                        <span class="figure-number">{ format_fact(f, lang) }</span>
                        <span class="clock-tally-label">{ f.label.get(lang) }</span>
                        <span class="clock-tally-source">{ labelled(ui::SOURCE, f.source.name(lang), lang) }</span>
                    </li>
                }) }
            </ul>
        </div>
    }
}

/// The page's one clock switch: `assets/prefs.js` applies it without the Wasm module.
fn tz_switch(lang: Lang) -> Html {
    html! {
        <fieldset class="choice tz-switch" data-testid="tz-switch">
            <legend>{ ui::TIME_ZONE.get(lang) }</legend>
            <div class="choice-options">
                { for TimeZoneChoice::ALL.iter().map(|tz| {
                    let id = format!("clock-tz-{}", tz.param());
                    html! {
                        <label class="choice-option" for={id.clone()}>
                            <input type="radio" {id} name="clock-tz" value={tz.param()}
                                checked={*tz == TimeZoneChoice::default()} />
                            <span>{ tz.label().get(lang) }</span>
                        </label>
                    }
                }) }
            </div>
        </fieldset>
    }
}

fn clock_svg(layout: &Layout, readings: &[Reading], lang: Lang) -> Html {
    let window = window(readings);
    let plot = layout.plot;
    let plot_x = plot.x_range(layout.width);
    let [bottom, top] = plot.y_range();
    let x = LinearScale::new([window[0] as f64, window[1] as f64], plot_x);
    let prices: Vec<f64> = readings.iter().map(|r| r.fact.value).collect();
    let low = prices.iter().copied().fold(f64::INFINITY, f64::min);
    let high = prices.iter().copied().fold(f64::NEG_INFINITY, f64::max);
    let y = LinearScale::new([low, high], [bottom, top + 18.0]).nice(4);
    let session = US_SESSION.span_utc().unwrap_or((window[0], window[0]));
    let (s0, s1) = (x.apply(session.0 as f64), x.apply(session.1 as f64));

    // The low is named as such: it is where the night turned.
    let dots: Vec<(f64, f64, String)> = readings
        .iter()
        .map(|r| {
            let price = format_fact_short(r.fact, lang);
            let text = if r.fact.value == low {
                format!("{}{price}", words::CLOCK_LOW.get(lang))
            } else {
                price
            };
            (x.apply(r.at.0 as f64), y.apply(r.fact.value), text)
        })
        .collect();
    let boxes = place_labels(
        &dots
            .iter()
            .map(|(x, y, t)| (*x, *y, text_width(t, LABEL_SIZE)))
            .collect::<Vec<_>>(),
        plot_x,
    );
    let per_zone = TimeZoneChoice::ALL.iter().map(|&tz| {
        let class = match tz {
            TimeZoneChoice::Beijing => "tz-beijing",
            TimeZoneChoice::UsEastern => "tz-eastern",
        };
        html! {
            <g class={class}>
                { for hour_ticks(window, tz.offset_minutes(), layout.tick_hours).into_iter().map(|t| {
                    let at = x.apply(t as f64);
                    html! {
                        <>
                            <line class="chart-grid" x1={coord(at)} x2={coord(at)} y1={coord(top)} y2={coord(bottom)} />
                            <text class="chart-tick-label" x={coord(at)} y={coord(bottom + 18.0)} text-anchor="middle">{ tick_text(t, tz, lang) }</text>
                        </>
                    }
                }) }
            </g>
        }
    });
    html! {
        <svg class={classes!("chart-svg", "clock-svg", layout.class)}
            viewBox={format!("0 0 {} {}", coord(layout.width), coord(plot.height))}
            role="img" aria-labelledby="chart-night-clock-title" aria-describedby="chart-night-clock-desc">
            <rect class="clock-session" x={coord(s0)} y={coord(top)} width={coord(s1 - s0)} height={coord(bottom - top)} />
            <text class="chart-zone-label" x={coord((s0 + s1) / 2.0)} y={coord(top - 8.0)} text-anchor="middle">
                { words::CLOCK_SESSION.get(lang) }
            </text>
            { for y.ticks(4).into_iter().map(|v| html! {
                <>
                    <line class="chart-grid" x1={coord(plot_x[0])} x2={coord(plot_x[1])} y1={coord(y.apply(v))} y2={coord(y.apply(v))} />
                    <text class="chart-tick-label" x={coord(plot_x[0] - 6.0)} y={coord(y.apply(v) + 4.0)} text-anchor="end">{ format_usd_plain(v, lang) }</text>
                </>
            }) }
            { for per_zone }
            { for readings.iter().zip(&dots).zip(&boxes).map(|((r, (cx, cy, text)), b)| html! {
                <g class="clock-reading" data-fact={r.fact.id.key()}>
                    <circle class="chart-dot" cx={coord(*cx)} cy={coord(*cy)} r="4.5" />
                    <text class="chart-label" x={coord(b.x)} y={coord(b.y)} text-anchor={b.anchor}>
                        <title>{ datetime(&r.fact.as_of).unwrap_or_default() }</title>
                        { text }
                    </text>
                </g>
            }) }
        </svg>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::time::{CivilDate, BEIJING_OFFSET, US_EASTERN_OFFSET};

    #[test]
    fn the_clock_draws_only_readings_with_an_exact_minute_in_time_order() {
        let readings = readings();
        assert!(readings.len() >= 4, "{readings:?}");
        assert!(readings.windows(2).all(|w| w[0].at < w[1].at));
        assert!(readings.iter().any(|r| r.fact.id.key() == "btc_0630"));
        assert_eq!(tallies().count(), 3);
    }

    #[test]
    fn ticks_fall_on_whole_hours_of_the_chosen_clock() {
        let start = UtcMinute::from_local(CivilDate::new(2026, 2, 5), 13, 10, BEIJING_OFFSET).0;
        let window = [start, start + 20 * 60];
        let beijing = hour_ticks(window, BEIJING_OFFSET, 6);
        let texts: Vec<String> = beijing
            .iter()
            .map(|&t| tick_text(t, TimeZoneChoice::Beijing, Lang::En))
            .collect();
        assert_eq!(texts, ["18:00", "6 Feb", "06:00"]);
        let eastern = hour_ticks(window, US_EASTERN_OFFSET, 12);
        let texts: Vec<String> = eastern
            .iter()
            .map(|&t| tick_text(t, TimeZoneChoice::UsEastern, Lang::Zh))
            .collect();
        assert_eq!(texts, ["12:00"]);
        assert!(hour_ticks([10, 5], 0, 6).is_empty());
    }

    #[test]
    fn labels_that_would_collide_go_below_their_dot_and_stay_inside_the_plot() {
        let plot = [70.0, 350.0];
        let boxes = place_labels(
            &[
                (72.0, 100.0, 50.0),
                (90.0, 104.0, 50.0),
                (349.0, 60.0, 40.0),
            ],
            plot,
        );
        assert_eq!(boxes[0].anchor, "start");
        assert!(boxes[1].y > 104.0, "{boxes:?}");
        assert!(!boxes[0].overlaps(&boxes[1]));
        assert_eq!(boxes[2].anchor, "end");
        for b in &boxes {
            assert!(
                b.left() >= plot[0] - 0.1 && b.left() + b.width <= plot[1] + 0.1,
                "{b:?}"
            );
        }
    }
}
