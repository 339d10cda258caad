//! Server-rendered markup of the cascade lab: the default state is meaningful before any
//! script runs, a link reproduces a run exactly, hostile links are clamped, both languages
//! render, and the SVG stays bounded however many positions are simulated.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::testid;
use crash_night::content::Lang;
use crash_night::model::cascade::{CascadeParams, Population, PopulationParams};
use crash_night::sections::cascade::CascadeLab;
use crash_night::sections::leverage_lab::LabProps;
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
    let section = &html[..html.find('>').expect("a tag")];
    assert!(
        section.starts_with("<section") && section.contains("id=\"cascade\""),
        "{section}"
    );
    assert!(section.contains("class=\"section lab\""), "{section}");
    let count = digits(&testid(&html, "cascade-count"));
    assert!(count > 10_000, "{count}");
    assert!(testid(&html, "cascade-notional").starts_with('$'));
    assert!(testid(&html, "cascade-move").starts_with('\u{2212}'));
    // Model badge, assumptions and what is left out, next to the reported figures.
    assert!(html.contains("class=\"model-badge\""));
    for needle in [
        "What the model assumes",
        "ADL",
        "insurance funds",
        "funding",
        "Cross margin",
        "Market makers",
    ] {
        assert!(html.contains(needle), "missing {needle}");
    }
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

#[test]
fn svg_stays_bounded_at_two_million_positions() {
    let html = render(Lang::En, "?n=2000000&shock=-10&depth=10");
    let rects = html.matches("<rect").count();
    assert!(rects <= 70, "{rects} rects");
    let svg_start = html.find("<svg ").expect("the map");
    assert!(html[svg_start..].starts_with("<svg class=\"cascade-map\""));
    let svg_end = svg_start + html[svg_start..].find("</svg>").expect("svg end");
    let elements = html[svg_start..svg_end].matches('<').count();
    assert!(elements < 200, "{elements} SVG elements");
}

#[test]
fn chinese_is_the_default_and_both_languages_render() {
    let zh = render(Lang::Zh, "");
    assert!(zh.contains("模型的假设") && zh.contains("超过43万") && zh.contains("20.69亿美元"));
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
