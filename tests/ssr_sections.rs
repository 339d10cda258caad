//! Native server-side renders of the narrative sections: every section in both languages, every
//! figure and source of the article in the page, chart tables and CSVs equal to their records,
//! the time-zone switch, the lead clock and the old section ids.
#![cfg(not(target_arch = "wasm32"))]

use crash_night::charts::csv::to_csv;
use crash_night::content::chart_copy::ChartId;
use crash_night::content::facts::{fact, Bound, FactId};
use crash_night::content::format::{format_fact, format_fact_prose, format_fact_short, MINUS};
use crash_night::content::sources::Source;
use crash_night::content::story::section_copy;
use crash_night::content::time::TimeZoneChoice;
use crash_night::content::{copy_cascade, copy_labs};
use crash_night::content::{Lang, SectionId};
use crash_night::page::prose::frame_labels;
use crash_night::sections::chart_data::{chart_data, chart_marks, is_outflow};

/// The page's body as the prerender step writes it: static, with every island in place.
fn page(lang: Lang) -> String {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap()
        .block_on(crash_night::page::render_body(lang))
}

/// The opening tag that carries `attribute`.
fn opening_tag<'a>(html: &'a str, attribute: &str) -> &'a str {
    let at = html
        .find(attribute)
        .unwrap_or_else(|| panic!("{attribute}"));
    let start = html[..at].rfind('<').unwrap();
    &html[start..at + html[at..].find('>').unwrap() + 1]
}

/// Text as yew writes it into a text node or attribute.
fn escaped(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

fn contains_text(html: &str, text: &str) -> bool {
    html.contains(&escaped(text))
        || html.contains(
            &text
                .replace('&', "&amp;")
                .replace('<', "&lt;")
                .replace('>', "&gt;"),
        )
}

/// The markup of the element whose opening tag carries `id="{id}"`, up to the next `</{tag}>`
/// at the same depth.
fn element<'a>(html: &'a str, tag: &str, id: &str) -> &'a str {
    let marker = format!("id=\"{id}\"");
    let at = html
        .find(&marker)
        .unwrap_or_else(|| panic!("no element with id {id}"));
    let start = html[..at].rfind(&format!("<{tag}")).expect("opening tag");
    let (open, close) = (format!("<{tag}"), format!("</{tag}>"));
    let mut depth = 0;
    let mut i = start;
    loop {
        let next_open = html[i + 1..].find(&open).map(|p| p + i + 1);
        let next_close = html[i..].find(&close).map(|p| p + i).expect("closing tag");
        match next_open {
            Some(o) if o < next_close => {
                depth += 1;
                i = o;
            }
            _ => {
                if depth == 0 {
                    return &html[start..next_close + close.len()];
                }
                depth -= 1;
                i = next_close + 1;
            }
        }
    }
}

#[test]
fn every_section_renders_in_both_languages_with_one_h2() {
    for lang in Lang::ALL {
        let html = page(lang);
        for id in SectionId::ALL {
            let section = element(&html, "section", id.slug());
            assert_eq!(section.matches("<h2").count(), 1, "{id:?} {lang:?}");
            assert!(!section.contains("<h1"), "{id:?}");
        }
        // Story sections in reading order, with their copy.
        let mut last = 0;
        for id in SectionId::ALL {
            let at = html.find(&format!("id=\"{}\"", id.slug())).unwrap();
            assert!(at > last, "{id:?} out of order");
            last = at;
        }
        for id in SectionId::ALL {
            if matches!(
                id,
                SectionId::LeverageLab
                    | SectionId::MarginLab
                    | SectionId::AccountLab
                    | SectionId::Cascade
            ) {
                continue;
            }
            let copy = section_copy(id);
            let section = element(&html, "section", id.slug());
            assert!(
                contains_text(section, copy.headline.get(lang)),
                "{id:?} headline"
            );
            assert!(
                contains_text(section, copy.kicker.get(lang)),
                "{id:?} kicker"
            );
        }
        for bad in ["NaN", "inf<", ">inf", "undefined", "{", "}"] {
            let body = html.split("<main").nth(1).unwrap();
            assert!(!body.contains(bad), "{lang:?}: {bad}");
        }
    }
}

#[test]
fn every_section_is_a_child_of_main_for_deep_links_and_section_embeds() {
    // `assets/prefs.js` keeps one `main#story > section` for `?section=`; nothing else may nest.
    for lang in Lang::ALL {
        let html = page(lang);
        let main = main_of(&html);
        for id in SectionId::ALL {
            let section = element(main, "section", id.slug());
            assert_eq!(section.matches("<section").count(), 1, "{id:?} {lang:?}");
            assert!(
                main.contains(&format!("<section id=\"{}\"", id.slug())),
                "{id:?}"
            );
        }
        assert_eq!(main.matches("<section").count(), SectionId::ALL.len());
    }
}

#[test]
fn every_figure_and_source_of_the_article_is_in_the_page() {
    for lang in Lang::ALL {
        let html = page(lang);
        for &id in FactId::ALL {
            let f = fact(id);
            let forms = [
                format_fact(f, lang),
                format_fact_prose(f, lang),
                format_fact_short(f, lang),
            ];
            assert!(
                forms.iter().any(|form| contains_text(&html, form)),
                "{id:?} ({lang:?}) missing: {forms:?}"
            );
            // The table of every figure writes each in full, bound words included.
            assert!(
                contains_text(&html, &format_fact(f, lang)),
                "{id:?} full form ({lang:?})"
            );
        }
        for source in Source::ALL {
            assert!(
                contains_text(&html, source.name(lang)),
                "{source:?} ({lang:?})"
            );
            assert!(
                contains_text(&html, source.info().description.get(lang)),
                "{source:?} description"
            );
        }
        // Lower bounds keep their words in prose and their mark in charts.
        let (words, label) = match lang {
            Lang::Zh => ("逾43万", "跌超19%"),
            Lang::En => ("more than 430,000", "−19%+"),
        };
        assert!(html.contains(words));
        assert!(
            html.contains(label),
            "silver's lower bound as a chart label"
        );
        // CoinGlass's rolling total carries its time.
        let as_of = match lang {
            Lang::Zh => "时间：截至北京时间2月6日凌晨的24小时",
            Lang::En => "As of: 24 hours to the early hours of 6 Feb (Beijing)",
        };
        assert!(html.contains(as_of), "{lang:?} as-of");
    }
}

#[test]
fn chart_data_equal_their_records() {
    for lang in Lang::ALL {
        for chart in ChartId::ALL {
            let data = chart_data(chart, lang, TimeZoneChoice::Beijing);
            let marks = chart_marks(chart);
            assert_eq!(data.len(), marks.len(), "{chart:?}");
            for (datum, &(id, _)) in data.iter().zip(marks) {
                let record = fact(id);
                assert_eq!(datum.key.as_str(), id.key());
                let sign = if is_outflow(id) { -1.0 } else { 1.0 };
                assert_eq!(datum.value, sign * record.value, "{chart:?} {id:?}");
                let forms = [format_fact(record, lang), format_fact_short(record, lang)];
                let shown = datum.display.trim_start_matches(MINUS);
                assert!(
                    forms
                        .iter()
                        .any(|f| f == datum.display.as_str() || (is_outflow(id) && f == shown)),
                    "{chart:?} {id:?}: {}",
                    datum.display
                );
                assert_eq!(datum.source.as_str(), record.source.name(lang));
                assert_eq!(datum.lower_bound, record.bound == Bound::MoreThan, "{id:?}");
            }
        }
    }
}

#[test]
fn chart_tables_and_csvs_in_the_page_are_the_records() {
    for lang in Lang::ALL {
        let html = page(lang);
        let labels = frame_labels(lang);
        for chart in ChartId::ALL {
            let data = chart_data(chart, lang, TimeZoneChoice::Beijing);
            let frame = element(&html, "figure", &chart.element_id());
            let table = element(frame, "details", &format!("{}-data", chart.element_id()));
            assert_eq!(
                table.matches("<tr").count(),
                data.len() + 1,
                "{chart:?}: one row per record"
            );
            for datum in data.iter() {
                assert!(
                    contains_text(table, &datum.label),
                    "{chart:?} label {}",
                    datum.label
                );
                assert!(
                    contains_text(table, &datum.display),
                    "{chart:?} value {}",
                    datum.display
                );
                assert!(contains_text(table, &datum.source), "{chart:?} source");
            }
            let csv = to_csv(&labels.columns, &data);
            assert_eq!(csv.lines().count(), data.len() + 1);
            assert!(
                frame.contains("class=\"chart-frame-download\"") && !frame.contains("data:"),
                "{chart:?}: the CSV is a file written from the same records"
            );
            assert!(
                frame.contains("chart-frame-source"),
                "{chart:?} source line"
            );
            assert!(
                frame.contains("chart-frame-desc"),
                "{chart:?} text alternative"
            );
            // Charts draw one focusable mark per record; the clock is static.
            if chart != ChartId::NightClock {
                assert_eq!(
                    frame.matches("class=\"chart-mark").count(),
                    data.len(),
                    "{chart:?} marks"
                );
            }
        }
    }
}

#[test]
fn labs_and_interactive_charts_are_islands_with_their_props_and_server_render() {
    for lang in Lang::ALL {
        let html = page(lang);
        for island in crash_night::islands::all() {
            let props = crash_night::islands::IslandProps { island, lang }.to_query();
            let marker = format!(
                "data-island=\"{}\" data-props=\"{}\"",
                island.name(),
                escaped(&props)
            );
            assert_eq!(html.matches(&marker).count(), 1, "{island:?} {lang:?}");
            // Inside it, the island's own render with yew's hydration markers.
            let after = &html[html.find(&marker).unwrap()..];
            assert!(
                after[after.find('>').unwrap()..]
                    .starts_with("><!--<[crash_night::islands::IslandRoot]>-->"),
                "{island:?}"
            );
        }
        for id in SectionId::ALL
            .into_iter()
            .filter(|id| crash_night::sections::is_lab(*id))
        {
            // The lab's section and its headline and introduction are static; the lab inside
            // them is the island.
            let slug = id.slug();
            let tag = opening_tag(&html, &format!("aria-labelledby=\"{slug}-title\""));
            for part in [
                "<section ".to_string(),
                format!("id=\"{slug}\""),
                "class=\"section lab\"".to_string(),
            ] {
                assert!(tag.contains(&part), "{slug}: {part} in {tag}");
            }
            let section = &html[html.find(tag).unwrap()..];
            let section = &section[..section.find("</section>").unwrap()];
            let island = section
                .find(&format!("data-island=\"{slug}\""))
                .unwrap_or_else(|| panic!("{slug}: the lab is not inside its section"));
            let title = section
                .find(&format!("<h2 id=\"{slug}-title\""))
                .unwrap_or_else(|| panic!("{slug}: no headline"));
            assert!(title < island, "{slug}: the headline is inside the island");
            // The introduction says what the lab is, before the reader touches it.
            if id == SectionId::AccountLab && lang == Lang::En {
                assert!(section[..island].contains("not a record of that trader"));
            }
            // What the lab assumes or leaves out whatever the reader sets follows the island,
            // written by the page, so it never enters the Wasm module.
            let notes = match id {
                SectionId::LeverageLab => vec![copy_labs::LEFT_OUT],
                SectionId::MarginLab => vec![copy_labs::MARGIN_ASSUMPTIONS],
                SectionId::AccountLab => vec![copy_labs::ACCOUNT_ASSUMPTIONS],
                _ => [copy_cascade::LEFT_OUT]
                    .into_iter()
                    .chain(copy_cascade::LEFT_OUT_ITEMS)
                    .collect(),
            };
            let island_end = island
                + section[island..]
                    .find("<!--</[crash_night::islands::IslandRoot]>-->")
                    .unwrap();
            for note in notes {
                let fixed = note.get(lang).split('{').next().unwrap();
                assert!(
                    section[island_end..].contains(&escaped(fixed)),
                    "{slug}: {fixed}"
                );
                assert!(!section[..island_end].contains(&escaped(fixed)), "{slug}");
            }
        }
        // Everything else is plain markup: no hydration marker outside the islands.
        let outside: usize = html.matches("<!--<[").count();
        let inside: usize = crash_night::islands::all()
            .map(|island| {
                let body = tokio::runtime::Builder::new_current_thread()
                    .build()
                    .unwrap()
                    .block_on(crash_night::page::render_island(
                        crash_night::islands::IslandProps { island, lang },
                    ));
                body.matches("<!--<[").count()
            })
            .sum();
        assert_eq!(outside, inside, "{lang:?}");
    }
}

#[test]
fn the_clock_and_the_prose_carry_both_clocks() {
    // `<html data-tz>` (set by assets/prefs.js, no Wasm needed) and the stylesheet pick one.
    let en = page(Lang::En);
    let both = "<span class=\"tz-beijing\">6 Feb, 06:30 Beijing</span><span class=\"tz-eastern\">5 Feb, 17:30 ET</span>";
    let clock = element(&en, "figure", &ChartId::NightClock.element_id()).to_string();
    let described = clock
        .split("<p id=\"chart-night-clock-desc\"")
        .nth(1)
        .unwrap();
    let (beijing_text, eastern_text) = described.split_once("<span class=\"tz-eastern\">").unwrap();
    assert!(
        beijing_text.contains("6 Feb, 06:30 Beijing") && eastern_text.contains("5 Feb, 17:30 ET")
    );
    // The switch, with the lead clock: one radio per clock, Beijing checked until the reader or
    // the URL says.
    assert!(clock.contains("id=\"clock-tz-et\"") && clock.contains("value=\"et\""));
    let beijing = opening_tag(&clock, "id=\"clock-tz-beijing\"");
    assert!(
        beijing.contains(" checked") && beijing.contains("name=\"clock-tz\""),
        "{beijing}"
    );
    assert!(!opening_tag(&clock, "id=\"clock-tz-et\"").contains(" checked"));
    let crypto = element(&en, "section", "crypto").to_string();
    assert!(crypto.contains(both), "{crypto}");
    // Days keep their zone whatever the clock: written once.
    assert!(!crypto.contains("tz-eastern\">Mon"), "{crypto}");
    let zh = page(Lang::Zh);
    assert!(
        element(&zh, "figure", &ChartId::NightClock.element_id()).contains("美东时间2月5日17:30")
    );
}

#[test]
fn the_lead_clock_draws_every_timed_reading_in_each_layout_and_both_clocks() {
    for lang in Lang::ALL {
        let html = page(lang);
        let hero = element(&html, "figure", &ChartId::NightClock.element_id());
        assert!(
            html.find("class=\"hero\"").unwrap() < html.find(hero).unwrap()
                && html.find(hero).unwrap() < html.find("id=\"story\"").unwrap(),
            "the clock leads, in the header"
        );
        let layouts = hero.matches("class=\"chart-svg clock-svg").count();
        assert_eq!(layouts, 3);
        for key in [
            "btc_0602_gmt",
            "btc_0916_et",
            "btc_0630",
            "btc_low_coingecko",
            "btc_1453_et_feb6",
        ] {
            assert_eq!(
                hero.matches(&format!("data-fact=\"{key}\"")).count(),
                layouts,
                "{key}"
            );
        }
        assert!(
            !hero.contains("<path"),
            "readings are points, never a drawn line"
        );
        assert_eq!(hero.matches("<g class=\"tz-beijing\"").count(), layouts);
        assert_eq!(hero.matches("<g class=\"tz-eastern\"").count(), layouts);
        assert!(
            hero.contains("name=\"clock-tz\""),
            "the clock carries the switch"
        );
    }
}

#[test]
fn old_section_ids_are_anchors_at_the_top_of_their_chapter() {
    let html = page(Lang::En);
    for (alias, id) in SectionId::ALIASES {
        let section = element(&html, "section", id.slug());
        let anchor = format!("<span id=\"{alias}\" class=\"section-alias\"></span>");
        assert!(section.contains(&anchor), "{alias} in {id:?}");
        assert!(
            section.find(&anchor) < section.find("<h2"),
            "{alias} before the heading"
        );
    }
}

#[test]
fn the_contents_link_every_section() {
    for lang in Lang::ALL {
        let html = page(lang);
        let toc = html
            .split("class=\"toc\"")
            .nth(1)
            .expect("a table of contents")
            .split("</details>")
            .next()
            .unwrap();
        for id in SectionId::ALL {
            assert!(toc.contains(&format!("href=\"#{}\"", id.slug())), "{id:?}");
        }
        assert!(
            !toc.contains("aria-current"),
            "nothing is current before scrolling"
        );
    }
}

#[test]
fn the_risk_notice_is_in_the_footer_and_before_the_first_lab_in_both_languages() {
    use crash_night::content::notice::{RISK_NOTICE, RISK_NOTICE_LABEL};
    for lang in Lang::ALL {
        let html = page(lang);
        let (label, text) = (RISK_NOTICE_LABEL.get(lang), RISK_NOTICE.get(lang));
        assert!(
            contains_text(&html, text),
            "{lang:?}: the notice is in the page"
        );
        assert_eq!(
            html.matches(&escaped(text)).count(),
            2,
            "{lang:?}: footer and labs, once each"
        );
        let footer = html
            .split("<footer class=\"site-footer\">")
            .nth(1)
            .expect("a page footer")
            .split("</footer>")
            .next()
            .unwrap();
        assert!(
            footer.contains(&escaped(label)) && footer.contains(&escaped(text)),
            "{lang:?}: footer"
        );
        // Just before the first lab, outside its section, and nowhere before it.
        let lab = html
            .find(&format!("id=\"{}\"", SectionId::LeverageLab.slug()))
            .expect("the leverage lab");
        let notice = html
            .find("class=\"risk-notice\"")
            .expect("the notice near the labs");
        assert!(
            notice < lab,
            "{lang:?}: the notice comes before the first lab"
        );
        let between = &html[notice..lab];
        assert!(between.contains(&escaped(text)), "{lang:?}: its text");
        assert_eq!(
            between.matches("<section").count(),
            1,
            "{lang:?}: right before the lab's section"
        );
    }
    // The text itself says what it must, in each language.
    assert!(RISK_NOTICE.get(Lang::Zh).contains("不构成任何投资建议"));
    assert!(RISK_NOTICE.get(Lang::Zh).contains("全部本金"));
    assert!(RISK_NOTICE.get(Lang::En).contains("not investment advice"));
    // With `?section=` assets/prefs.js keeps it before a lone lab only (tests/e2e/sections).
}

/// The contents menu names every section, labs included, with words the section itself shows
/// at its head (its kicker, or a lab's own kicker or title).
#[test]
fn the_contents_name_each_section_as_its_head_does() {
    for lang in Lang::ALL {
        let html = page(lang);
        for id in SectionId::ALL {
            let name = section_copy(id).kicker.get(lang);
            let section = element(&html, "section", id.slug());
            let head = section.split("</h2>").next().unwrap();
            assert!(
                contains_text(head, name),
                "{id:?} ({lang:?}): the contents say {name:?}"
            );
        }
    }
}

/// The page's `<main>` element, without the masthead and footer around it.
fn main_of(html: &str) -> &str {
    let after = html.split("<main").nth(1).expect("a <main>");
    after.split("</main>").next().expect("a </main>")
}
