//! Native server-side renders of every chart and of `ChartFrame`: one mark per datum, marks
//! announce label, value and source, the table and CSV hold exactly the data, and no edge case
//! (empty, all zero, single, huge, NaN/∞) puts "NaN" or "inf" into the markup.
#![cfg(not(target_arch = "wasm32"))]

use std::rc::Rc;

use crash_night::charts::csv::Columns;
use crash_night::charts::{
    BarChartProps, ChartLabelling, Datum, Gauge, GaugeProps, HBarChart, VBarChart, Zone,
};
use crash_night::page::chart_frame::ChartFrameProps;
use crash_night::page::{ChartFrame, FrameLabels};
use yew::{AttrValue, BaseComponent, Callback, ServerRenderer};

fn render<C: BaseComponent>(props: impl FnOnce() -> C::Properties + Send + 'static) -> String {
    tokio::runtime::Builder::new_current_thread()
        .build()
        .unwrap()
        .block_on(
            ServerRenderer::<C>::with_props(props)
                .hydratable(false)
                .render(),
        )
}

fn count(html: &str, needle: &str) -> usize {
    html.matches(needle).count()
}

/// The night's moves, by class; one lower bound.
fn moves() -> Rc<[Datum]> {
    Rc::from(vec![
        Datum::new("btc", "Bitcoin", -12.81, "−12.81%", "CoinGecko").in_group("Crypto"),
        Datum::new("eth", "Ether", -19.0, "≥ −19%", "Binance")
            .in_group("Crypto")
            .at_least(),
        Datum::new("sol", "Solana", -15.2, "−15.2%", "CoinGecko")
            .in_group("Crypto")
            .with_note("intraday low"),
        Datum::new("ndx", "Nasdaq 100", -1.0, "−1%", "Nasdaq").in_group("Stocks"),
        Datum::new("gold", "Gold", 0.8, "+0.8%", "LBMA").in_group("Havens"),
    ])
}

fn flows() -> Rc<[Datum]> {
    Rc::from(vec![
        Datum::new("d1", "Feb 4", 562.0, "+562m", "Farside"),
        Datum::new("d2", "Feb 5", -800.0, "−800m+", "Farside").at_least(),
        Datum::new("d3", "Feb 6", -120.0, "−120m", "Farside"),
    ])
}

/// Data that has broken charts before: nothing, zeros, one datum, huge and non-finite values.
fn edge_cases() -> Vec<Rc<[Datum]>> {
    let d = |key: &'static str, value: f64| Datum::new(key, key, value, "x", "src");
    vec![
        Rc::from(vec![]),
        Rc::from(vec![d("a", 0.0), d("b", 0.0), d("c", -0.0)]),
        Rc::from(vec![d("a", 42.0)]),
        Rc::from(vec![d("a", -7.5)]),
        Rc::from(vec![d("a", 1e300), d("b", -1e300), d("c", f64::MAX)]),
        Rc::from(vec![
            d("a", f64::NAN),
            d("b", f64::INFINITY),
            d("c", f64::NEG_INFINITY),
            d("d", 3.0),
        ]),
        Rc::from(vec![d("a", f64::NAN)]),
        Rc::from(vec![d("a", 1e-12), d("b", 2e-12)]),
    ]
}

fn assert_clean(html: &str, context: &str) {
    for bad in ["NaN", "inf", "undefined"] {
        assert!(!html.contains(bad), "{context}: {bad} in {html}");
    }
}

fn assert_marks_announce(html: &str, data: &[Datum]) {
    assert_eq!(
        count(html, "tabindex=\"0\""),
        data.len(),
        "one focusable mark per datum"
    );
    for d in data {
        let label = format!("aria-label=\"{}\"", d.aria_label());
        assert!(html.contains(&label), "missing {label}");
        assert!(d.aria_label().contains(d.source.as_str()));
    }
}

fn bar_props(data: Rc<[Datum]>) -> BarChartProps {
    BarChartProps {
        data,
        tick_count: 5,
        tick_format: None,
        bound_legend: Some("Arrow: at least".into()),
    }
}

#[test]
fn hbar_draws_one_bar_per_datum_under_group_headings() {
    let data = moves();
    let html = render::<HBarChart>(move || bar_props(moves()));
    assert_eq!(count(&html, "class=\"chart-bar "), data.len());
    assert_eq!(count(&html, "class=\"chart-heading\""), 3, "{html}");
    assert!(html.contains(">Crypto<") && html.contains(">Stocks<") && html.contains(">Havens<"));
    assert_eq!(
        count(&html, "class=\"chart-bound "),
        1,
        "one open-ended bar"
    );
    assert!(html.contains("chart-legend") && html.contains("Arrow: at least"));
    assert!(html.contains("≥ −19%") && html.contains("+0.8%"));
    assert!(html.contains("viewBox=\"0 0 344 "));
    assert!(
        !html.contains("class=\"chart-tooltip\""),
        "no tooltip until a mark is active"
    );
    assert!(html.contains("chart-grid--zero"), "zero line");
    assert_marks_announce(&html, &data);
    assert_clean(&html, "hbar");
}

#[test]
fn hbar_uses_the_callers_tick_format() {
    let html = render::<HBarChart>(|| BarChartProps {
        tick_format: Some(Callback::from(|v: f64| AttrValue::from(format!("{v}pc")))),
        ..bar_props(moves())
    });
    assert!(html.contains(">-20pc<") && html.contains(">0pc<"), "{html}");
}

#[test]
fn legend_only_when_a_bound_exists_and_words_are_given() {
    let html =
        render::<HBarChart>(|| bar_props(Rc::from(vec![Datum::new("a", "A", -1.0, "−1%", "S")])));
    assert!(!html.contains("chart-legend"));
    let html = render::<VBarChart>(|| BarChartProps {
        bound_legend: None,
        ..bar_props(flows())
    });
    assert!(!html.contains("chart-legend"));
}

#[test]
fn vbar_draws_columns_with_categories_and_axis() {
    let data = flows();
    let html = render::<VBarChart>(move || bar_props(flows()));
    assert_eq!(count(&html, "class=\"chart-bar "), data.len());
    assert_eq!(count(&html, "chart-label--category"), data.len());
    assert_eq!(count(&html, "class=\"chart-bound "), 1);
    assert!(
        html.contains(">−800<") && html.contains(">600<"),
        "niced to 200s: {html}"
    );
    assert!(html.contains("chart-down") && html.contains("chart-up"));
    assert_marks_announce(&html, &data);
    assert_clean(&html, "vbar");
}

#[test]
fn gauge_pins_readings_and_draws_zones() {
    let readings = || -> Rc<[Datum]> {
        Rc::from(vec![
            Datum::new("fg", "CNN Fear & Greed", 10.0, "10", "CNN"),
            Datum::new("aaii", "AAII bears", 68.0, "68%", "AAII"),
            Datum::new("over", "Over the top", 130.0, "130", "test").at_least(),
        ])
    };
    let data = readings();
    let html = render::<Gauge>(move || GaugeProps {
        data: readings(),
        domain: [0.0, 100.0],
        zones: Rc::from(vec![
            Zone {
                from: 0.0,
                to: 25.0,
                label: "Extreme fear".into(),
            },
            Zone {
                from: 25.0,
                to: 45.0,
                label: "Fear".into(),
            },
            Zone {
                from: 45.0,
                to: 100.0,
                label: "Neutral+".into(),
            },
        ]),
        tick_count: 5,
        tick_format: None,
        bound_legend: Some("Open dot: at least".into()),
    });
    assert_eq!(count(&html, "class=\"chart-zone "), 3);
    assert_eq!(
        count(&html, "class=\"chart-dot"),
        data.len() + 1,
        "a dot per reading plus the legend key"
    );
    assert_eq!(
        count(&html, "chart-dot--open"),
        2,
        "the bound reading and its legend key"
    );
    assert!(
        html.contains("cx=\"332\""),
        "130 pinned to the end of a 0–100 track: {html}"
    );
    for tick in [">0<", ">25<", ">45<", ">100<"] {
        assert!(html.contains(tick), "zone edge tick {tick}");
    }
    assert!(html.contains("CNN Fear &amp; Greed"));
    assert_clean(&html, "gauge");
}

#[test]
fn every_chart_survives_edge_data() {
    for (i, data) in edge_cases().into_iter().enumerate() {
        let n = data.len();
        // Props hold `Rc`s, so each render builds its own copy on the rendering thread.
        let case = move || edge_cases().swap_remove(i);
        let html = render::<HBarChart>(move || bar_props(case()));
        assert_eq!(count(&html, "class=\"chart-bar "), n);
        assert_eq!(count(&html, "tabindex=\"0\""), n);
        assert_clean(&html, &format!("hbar case {i}"));
        let html = render::<VBarChart>(move || bar_props(case()));
        assert_eq!(count(&html, "class=\"chart-bar "), n);
        assert_clean(&html, &format!("vbar case {i}"));
        let html = render::<Gauge>(move || GaugeProps {
            data: case(),
            domain: [f64::NAN, 100.0],
            zones: Rc::from(vec![Zone {
                from: f64::NEG_INFINITY,
                to: f64::NAN,
                label: "z".into(),
            }]),
            tick_count: 5,
            tick_format: None,
            bound_legend: None,
        });
        assert_eq!(count(&html, "tabindex=\"0\""), n);
        assert_clean(&html, &format!("gauge case {i}"));
    }
}

#[test]
fn markup_grows_linearly_with_data() {
    let many = |n: usize| -> Rc<[Datum]> {
        Rc::from(
            (0..n)
                .map(|i| {
                    Datum::new(format!("k{i}"), format!("L{i}"), i as f64 - 50.0, "v", "s")
                        .in_group(format!("g{}", i / 10))
                })
                .collect::<Vec<_>>(),
        )
    };
    let elements = |n: usize| count(&render::<HBarChart>(move || bar_props(many(n))), "<") as f64;
    let (small, large) = (elements(10), elements(200));
    assert!((large - small) / 190.0 < 16.0, "{small} → {large} tags");
}

fn labels() -> FrameLabels {
    FrameLabels {
        show_data: "Show the data".into(),
        download_csv: "Download CSV".into(),
        columns: Columns {
            label: "Asset".into(),
            group: "Class".into(),
            value: "Value".into(),
            display: "Move".into(),
            source: "Source".into(),
            note: "Note".into(),
        },
    }
}

fn frame_props(id: &'static str, data: Rc<[Datum]>, chart: yew::Html) -> ChartFrameProps {
    ChartFrameProps {
        id: id.into(),
        title: yew::html! { "The night's moves" },
        description: yew::html! { "Crypto fell hardest; gold rose." },
        source_line: yew::html! { "Sources: CoinGecko, Binance" },
        data,
        csv_href: format!("../data/en/{id}.csv").into(),
        labels: labels(),
        heading: "h3".into(),
        children: chart,
    }
}

#[test]
fn chart_frame_wraps_a_chart_with_table_and_csv() {
    let data = moves();
    let html = render::<ChartFrame>(|| {
        // As the island does (`sections::story_chart::ChartMarks`).
        let chart = yew::html! {
            <yew::ContextProvider<ChartLabelling> context={ChartLabelling::for_frame("moves")}>
                <HBarChart data={moves()} />
            </yew::ContextProvider<ChartLabelling>>
        };
        frame_props("moves", moves(), chart)
    });
    assert!(html.starts_with("<figure id=\"moves\""), "{html}");
    assert!(
        html.contains("<h3 id=\"moves-title\" class=\"chart-frame-title\">The night's moves</h3>"),
        "{html}"
    );
    // The chart inside names the frame's title and description.
    assert!(html.contains(
        "role=\"group\" aria-labelledby=\"moves-title\" aria-describedby=\"moves-desc\""
    ));
    assert_eq!(count(&html, "class=\"chart-bar "), data.len());
    // The table: a header row plus exactly one row per datum, hidden until asked for.
    assert_eq!(count(&html, "<tr>"), data.len() + 1);
    assert_eq!(count(&html, "<th scope=\"row\">"), data.len());
    assert!(
        html.contains("<th scope=\"col\">Class</th>")
            && html.contains("<th scope=\"col\">Note</th>")
    );
    assert!(html.contains("<td>intraday low</td>"));
    // The table opens natively (no script), the CSV is a file written beside the page.
    assert!(html.contains("<details id=\"moves-data\" class=\"chart-frame-data\"><summary class=\"chart-frame-toggle\">Show the data</summary>"), "{html}");
    assert!(
        html.contains("href=\"../data/en/moves.csv\" download=\"moves.csv\""),
        "{html}"
    );
    assert!(!html.contains("data:"));
    assert_clean(&html, "frame");
}

#[test]
fn chart_frame_with_no_data_or_groups() {
    let html =
        render::<ChartFrame>(|| frame_props("empty", Rc::from(vec![]), yew::Html::default()));
    assert_eq!(count(&html, "<tr>"), 1);
    assert!(!html.contains("scope=\"col\">Class<") && !html.contains("scope=\"col\">Note<"));
    assert!(html.contains("class=\"chart-frame-download\""));
    let html = render::<ChartFrame>(|| {
        let chart = yew::html! { <VBarChart data={flows()} /> };
        frame_props("flows", flows(), chart)
    });
    assert_eq!(count(&html, "<th scope=\"row\">"), 3);
    assert!(!html.contains("scope=\"col\">Class<"));
    assert!(
        !html.contains("data:"),
        "the CSV is a file, not a data: URL"
    );
    assert_clean(&html, "frame flows");
}
