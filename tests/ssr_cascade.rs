//! Server-rendered markup of the cascade lab: the default state is meaningful before any
//! script runs, a link reproduces a run exactly, hostile links are clamped, both languages
//! render, and the SVG stays bounded however many positions are simulated.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::testid;
use crash_night::content::{copy_cascade, Lang};
use crash_night::model::cascade::{CascadeParams, Population, PopulationParams};
use crash_night::sections::cascade::CascadeLab;
use crash_night::sections::lab_kit::LabProps;
use yew::AttrValue;

/// The cascade lab's markup in `lang` for the page query `query`.
fn render(lang: Lang, query: &str) -> String {
    common::render::<CascadeLab>(lang, query)
}

fn digits(text: &str) -> u64 {
    text.chars()
        .filter(char::is_ascii_digit)
        .collect::<String>()
        .parse()
        .unwrap_or(0)
}

#[test]
fn default_state_is_meaningful_and_labelled_as_a_model() {
    let html = render(Lang::En, "");
    // The lab renders its panel; the page writes the section, its headline and introduction
    // around it (`page::lab_section`), so they never enter the Wasm module.
    assert!(!html.contains("cascade-title"), "{html}");
    assert!(!html.contains("<section"));
    let count = digits(&testid(&html, "cascade-count"));
    assert!(count > 10_000, "{count}");
    assert!(testid(&html, "cascade-notional").starts_with('$'));
    assert!(testid(&html, "cascade-move").starts_with('\u{2212}'));
    // Model badge and assumptions next to the reported figures. What the model leaves out is
    // fixed, so the page writes it after the lab (tests/ssr_sections.rs).
    assert!(html.contains("class=\"model-badge\""));
    assert!(html.contains("What the model assumes"));
    assert!(!html.contains(copy_cascade::LEFT_OUT.get(Lang::En)));
    assert!(html.contains("more than 430,000"));
    assert!(html.contains("$2.07 billion"));
    assert!(html.contains("\u{2212}12.81%"));
    assert!(html.contains("data-testid=\"cascade-calibrate\""));
}

#[test]
fn the_markup_reproduces_the_model_exactly() {
    let query = "?n=200000&shock=-6&depth=7.5&long_share=70&lev_med=15&lev_spread=0.9&age=60&size=3000&rounds=80&seed=7";
    let html = render(Lang::En, query);
    let population = Population::generate(&PopulationParams {
        count: 200_000,
        long_share: 0.7,
        leverage_median: 15.0,
        leverage_spread: 0.9,
        age_days: 60.0,
        size_median_usd: 3000.0,
        seed: 7,
        ..PopulationParams::default()
    });
    let run = population.run(&CascadeParams {
        shock: -0.06,
        depth_pct_per_bn: 7.5,
        max_rounds: 80,
    });
    assert_eq!(digits(&testid(&html, "cascade-count")), run.total_count);
    assert_eq!(testid(&html, "cascade-seed"), "7");
    // Same link, same page.
    assert_eq!(html, render(Lang::En, query));
    // A different seed gives a different crowd.
    assert_ne!(
        testid(&html, "cascade-count"),
        testid(
            &render(Lang::En, &query.replace("seed=7", "seed=8")),
            "cascade-count"
        )
    );
}

/// The text of the value shown beside the slider whose input has id `id`.
fn slider_value(html: &str, id: &str) -> String {
    common::text_after(html, &format!("<output for=\"{id}\""))
}

/// The markup between the first `from` and the next `to` after it.
fn between<'a>(html: &'a str, from: &str, to: &str) -> &'a str {
    let start = html.find(from).unwrap_or_else(|| panic!("no {from}"));
    let end = start + html[start..].find(to).unwrap_or_else(|| panic!("no {to}"));
    &html[start..end]
}

/// One count of rounds behind every label: the totals, the map's summary, its marker label,
/// the round scrubber and the round-by-round table. (The scrubber's last step used to read
/// "Round 7 of 7" beside "after 6 rounds".)
#[test]
fn every_round_label_counts_the_same_rounds() {
    for (query, expected) in [
        ("", Some(6)),
        ("?shock=-3&depth=2", None),
        ("?shock=-8&depth=20&rounds=3", Some(3)),
        ("?shock=-5&rounds=1", Some(1)),
        ("?shock=4&depth=10", None),
        ("?shock=0", Some(0)),
        ("?n=10000&shock=-50&depth=50&lev_med=125&rounds=500", None),
    ] {
        let html = render(Lang::En, query);
        let rounds = digits(&testid(&html, "cascade-round-count")) as usize;
        if let Some(expected) = expected {
            assert_eq!(rounds, expected, "{query}");
        }
        let noun = if rounds == 1 { "round" } else { "rounds" };
        assert_eq!(
            testid(&html, "cascade-round-count"),
            format!("{rounds} {noun} of liquidation"),
            "{query}"
        );
        let summary = testid(&html, "cascade-map-summary");
        let scrubber = slider_value(&html, "cascade-round");
        if rounds == 0 {
            assert!(
                summary.contains("past no liquidation price"),
                "{query}: {summary}"
            );
            assert_eq!(scrubber, "End: no liquidation", "{query}");
        } else {
            assert!(
                summary.contains(&format!(" after {rounds} {noun} of liquidation")),
                "{query}: {summary}"
            );
            assert_eq!(scrubber, format!("End, after round {rounds}"), "{query}");
        }
        // The map's marker label names the same step as the scrubber.
        let svg = between(&html, "aria-labelledby=\"cascade-map-title", "</svg>");
        assert!(svg.contains(&format!(">{scrubber} \u{b7} ")), "{query}");
        assert!(
            !html.contains(&format!("Round {} of", rounds + 1)),
            "{query}"
        );
        // The table: one row per round, the rest summed up below it.
        let table = between(&html, "<details class=\"cascade-rounds\"", "</details>");
        let rows = table.matches("<tr>").count() - 1;
        assert_eq!(rows, rounds.min(12), "{query}");
        if rounds > 12 {
            assert!(table.contains(&format!("{} more rounds follow", rounds - 12)));
        }
        if rounds > 0 {
            assert!(
                table.contains(&format!("<th scope=\"row\">{rounds}</th>")),
                "{query}"
            );
        }
    }
    let zh = render(Lang::Zh, "");
    assert_eq!(testid(&zh, "cascade-round-count"), "共6轮强平");
    assert!(testid(&zh, "cascade-map-summary").contains("经过6轮强平"));
    assert_eq!(slider_value(&zh, "cascade-round"), "终点：第6轮之后");
}

#[test]
fn a_bigger_shock_or_thinner_market_never_shows_fewer_liquidations() {
    let count = |query: &str| digits(&testid(&render(Lang::En, query), "cascade-count"));
    let base = count("?n=100000&shock=-4&depth=5");
    assert!(count("?n=100000&shock=-8&depth=5") >= base);
    assert!(count("?n=100000&shock=-4&depth=10") >= base);
}

#[test]
fn hostile_links_are_clamped_and_never_break_the_page() {
    for query in [
        "?n=-1&shock=NaN&depth=inf&long_share=1e309&lev_med=%3Cscript%3E&lev_spread=-9&age=9e99&size=0&rounds=0&seed=-1",
        "?n=1e99&shock=-1e9&depth=1e9&rounds=1e9",
        "?shock=50&depth=50",
        "?%ZZ=%&&&==&n",
    ] {
        let html = render(Lang::Zh, query);
        assert!(!html.contains("NaN") && !html.contains("inf\""), "{query}");
        assert!(html.contains("data-testid=\"cascade-count\""));
        assert!(!html.contains("<script>"));
    }
}

/// Every corner of the sliders shows figures a market could produce: a positive price, no
/// more positions liquidated than were open, a move no deeper than the model's floor, and no
/// undefined number anywhere.
#[test]
fn slider_extremes_show_only_figures_a_market_could_produce() {
    let mut queries = Vec::new();
    for corner in 0u32..16 {
        let pick = |bit: u32, lo: &'static str, hi: &'static str| {
            if corner & (1 << bit) == 0 {
                lo
            } else {
                hi
            }
        };
        for (shock, depth, rounds) in [
            ("-50", "50", "500"),
            ("50", "50", "1"),
            ("-0.1", "0", "500"),
        ] {
            queries.push(format!(
                "?n=10000&shock={shock}&depth={depth}&rounds={rounds}&long_share={}&lev_med={}&lev_spread={}&age={}&size=100000",
                pick(0, "0", "100"),
                pick(1, "1", "125"),
                pick(2, "0", "1.5"),
                pick(3, "0", "365"),
            ));
        }
    }
    for query in &queries {
        let html = render(Lang::En, query);
        for bad in [
            "NaN",
            ">inf",
            "inf<",
            "\"inf",
            "\u{221e}",
            "\u{2212}$",
            "-$",
            "$\u{2212}",
            "$-",
        ] {
            assert!(!html.contains(bad), "{bad} in {query}");
        }
        let count = digits(&testid(&html, "cascade-count"));
        assert!(count <= 10_000, "{query}: {count}");
        let share = testid(&html, "cascade-share");
        let percent: f64 = share
            .split('%')
            .next()
            .and_then(|p| p.parse().ok())
            .unwrap_or_else(|| panic!("{query}: {share}"));
        assert!((0.0..=100.0).contains(&percent), "{query}: {share}");
        // A fall ends at most 95 % down, a rise at most 300 % up.
        let fall = testid(&html, "cascade-move");
        let magnitude: f64 = fall
            .trim_start_matches(['\u{2212}', '+'])
            .trim_end_matches('%')
            .replace(',', "")
            .parse()
            .unwrap_or_else(|_| panic!("{query}: {fall}"));
        if fall.starts_with('\u{2212}') {
            assert!(magnitude <= 95.0, "{query}: {fall}");
        } else {
            assert!(magnitude <= 300.0, "{query}: {fall}");
        }
    }
}

/// The cells of the row headed `heading` in the table carrying `data-testid="{table}"`.
fn table_row(html: &str, table: &str, heading: &str) -> Vec<String> {
    let table = between(html, &format!("data-testid=\"{table}\""), "</table>");
    let row = between(table, &format!("<th scope=\"row\">{heading}</th>"), "</tr>");
    row.split("<td>")
        .skip(1)
        .map(|cell| cell.split("</td>").next().unwrap_or("").to_owned())
        .collect()
}

/// At the end of the depth slider, "market 20% thinner" is still 20% thinner (it used to be
/// clamped back to the slider's end and show the current result again).
#[test]
fn a_thinner_market_beyond_the_slider_is_still_thinner() {
    let html = render(Lang::En, "?size=5000&shock=-5&depth=50&n=20000");
    let current = table_row(&html, "cascade-sensitivity-near", "As set");
    let thinner = table_row(&html, "cascade-sensitivity-near", "Market 20% thinner");
    let thicker = table_row(&html, "cascade-sensitivity-near", "Market 20% deeper");
    let fall = |row: &[String]| -> f64 {
        row[2]
            .trim_start_matches('\u{2212}')
            .trim_end_matches('%')
            .parse()
            .unwrap_or_else(|_| panic!("{row:?}"))
    };
    assert!(fall(&thinner) > fall(&current), "{current:?} {thinner:?}");
    assert!(fall(&current) > fall(&thicker), "{current:?} {thicker:?}");
}

/// The assumptions say which price triggers a liquidation and that the model has only one.
#[test]
fn the_assumptions_name_the_mark_price() {
    let en = render(Lang::En, "");
    assert!(en.contains("mark price") && en.contains("several venues"));
    assert!(en.contains("The model has a single price"));
    let zh = render(Lang::Zh, "");
    assert!(zh.contains("标记价格") && zh.contains("模型只有一个价格"));
}

#[test]
fn svg_stays_bounded_at_two_million_positions() {
    let html = render(Lang::En, "?n=2000000&shock=-10&depth=10");
    // The bands are one path per class and shade, however many positions and bins.
    let bands = html.matches("cascade-band ").count();
    assert!((1..=30).contains(&bands), "{bands} band paths");
    let svg_start = html.find("<svg ").expect("the map");
    let tag = &html[svg_start..svg_start + html[svg_start..].find('>').expect("tag end")];
    assert!(tag.contains("class=\"chart-svg cascade-map\""), "{tag}");
    let svg_end = svg_start + html[svg_start..].find("</svg>").expect("svg end");
    let elements = html[svg_start..svg_end].matches('<').count();
    assert!(elements < 200, "{elements} SVG elements");
}

#[test]
fn chinese_is_the_default_and_both_languages_render() {
    let zh = render(Lang::Zh, "");
    assert!(zh.contains("模型的假设") && zh.contains("逾43万") && zh.contains("20.69亿美元"));
    let en = render(Lang::En, "");
    assert!(en.contains("What the model assumes"));
    // The numbers agree across languages.
    assert_eq!(
        digits(&testid(&zh, "cascade-count")),
        digits(&testid(&en, "cascade-count"))
    );
}

#[test]
fn the_props_type_is_the_labs_shared_one() {
    // The shell passes every lab the same props.
    let _ = LabProps {
        query: AttrValue::from(""),
    };
}
