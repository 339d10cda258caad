//! The sources-and-method section's own material: what "reported" and "model" mean here, every
//! source with what it is and what it is cited for, and every figure of the page in one table
//! (with a CSV of the records themselves).

use yew::prelude::*;

use super::prose::write_per_zone;
use crate::content::chart_copy as words;
use crate::content::corrections::{self as desk, CORRECTIONS};
use crate::content::documents;
use crate::content::facts::FACTS;
use crate::content::format::format_fact;
use crate::content::page::root_href;
use crate::content::sources::Source;
use crate::content::story::render;
use crate::content::{ui, Lang};
use crate::context::use_prefs;
use crate::page::markup::{markup, Markup};

#[function_component(SourcesAndMethod)]
pub fn sources_and_method() -> Html {
    let lang = use_prefs().lang;
    html! {
        <div class="sources-method">
            { markup(|m| write_material(m, lang)) }
        </div>
    }
}

/// What "reported" and "model" mean, the fact desk, every source, and every figure in one table.
fn write_material(m: &mut Markup, lang: Lang) {
    write_fact_desk(m, lang);
    m.element("h3", &[], words::KINDS_TITLE.get(lang))
        .open("dl", &[("class", "kinds")])
        .open("dt", &[])
        .element(
            "span",
            &[("class", "reported-badge")],
            ui::REPORTED.get(lang),
        )
        .close("dt")
        .element("dd", &[], words::REPORTED_NOTE.get(lang))
        .open("dt", &[])
        .element("span", &[("class", "model-badge")], ui::MODEL.get(lang))
        .close("dt")
        .element("dd", &[], ui::MODEL_NOTE.get(lang))
        .close("dl");

    // The list is long (every source with what it is cited for): folded, as the figures are.
    m.element("h3", &[], words::SOURCES_LIST_TITLE.get(lang))
        .open("details", &[("class", "sources-details")])
        .element("summary", &[], words::SHOW_SOURCES.get(lang))
        .open(
            "ul",
            &[("class", "source-list"), ("data-testid", "source-list")],
        );
    for source in Source::ALL {
        write_source_item(m, source, lang);
    }
    m.close("ul").close("details");

    m.element(
        "h3",
        &[("id", "all-figures-title")],
        words::ALL_FIGURES_TITLE.get(lang),
    )
    .element("p", &[], words::ALL_FIGURES_NOTE.get(lang))
    .open("details", &[("class", "facts-details")])
    .element("summary", &[], ui::SHOW_DATA.get(lang))
    // Focusable so keyboard readers can scroll it sideways on a phone.
    .open(
        "div",
        &[
            ("class", "table-scroll"),
            ("tabindex", "0"),
            ("role", "region"),
            ("aria-labelledby", "all-figures-title"),
        ],
    )
    .open(
        "table",
        &[
            ("class", "facts-table"),
            ("aria-labelledby", "all-figures-title"),
            ("data-testid", "facts-table"),
        ],
    )
    .open("thead", &[])
    .open("tr", &[]);
    for heading in [
        words::COL_LABEL,
        ui::FIGURE,
        words::COL_WHEN,
        words::COL_SOURCE,
        words::COL_PRECISION,
    ] {
        m.element("th", &[("scope", "col")], heading.get(lang));
    }
    m.close("tr").close("thead").open("tbody", &[]);
    for record in FACTS.iter() {
        m.open("tr", &[("data-fact", record.id.key())])
            .element("th", &[("scope", "row")], record.label.get(lang))
            .element(
                "td",
                &[("class", "figure-number")],
                &format_fact(record, lang),
            )
            .open("td", &[]);
        write_per_zone(m, |tz| record.as_of.format(lang, tz));
        m.close("td")
            .element("td", &[], record.source.name(lang))
            .open("td", &[])
            .text(record.bound.label().get(lang));
        if let Some(note) = record.note {
            m.element("span", &[("class", "facts-table-note")], note.get(lang));
        }
        m.close("td").close("tr");
    }
    m.close("tbody")
        .close("table")
        .close("div")
        .close("details");
    write_data_files(m, lang);
}

/// Links to the data files the build writes beside the pages (`crate::export`): every record,
/// both languages, for other newsrooms and for spreadsheets.
fn write_data_files(m: &mut Markup, lang: Lang) {
    m.open("p", &[("class", "data-files")])
        .text(desk::DATA_FILES.get(lang))
        .element(
            "a",
            &[
                ("href", &root_href(lang, "data/facts.csv")),
                ("download", ""),
                ("data-testid", "facts-csv"),
            ],
            words::DOWNLOAD_ALL_FIGURES.get(lang),
        )
        .text(" · ")
        .element(
            "a",
            &[
                ("href", &root_href(lang, "data/facts.json")),
                ("data-testid", "facts-json"),
            ],
            "JSON",
        )
        .close("p");
}

/// The corrections and clarifications box: each finding, then the records it rests on with
/// their moments and documents.
fn write_fact_desk(m: &mut Markup, lang: Lang) {
    m.open(
        "div",
        &[
            ("role", "region"),
            ("class", "fact-desk"),
            ("id", "fact-desk"),
            ("aria-labelledby", "fact-desk-title"),
            ("data-testid", "fact-desk"),
        ],
    )
    .element("h3", &[("id", "fact-desk-title")], desk::TITLE.get(lang))
    .element("p", &[], desk::INTRO.get(lang));
    for correction in CORRECTIONS {
        m.element("h4", &[], correction.title.get(lang)).element(
            "p",
            &[],
            &render(&correction.finding, lang),
        );
    }
    m.close("div");
}

/// The documents behind "Other public reports", each once: publisher, linked title, date.
fn write_documents(m: &mut Markup, lang: Lang) {
    m.open("ul", &[("class", "source-documents")]);
    for doc in documents::ALL {
        m.open("li", &[])
            .text(doc.publisher.get(lang))
            .text(words::CLAUSE_SEPARATOR.get(lang))
            .element("a", &[("href", doc.url)], doc.title.get(lang))
            .text(&format!(" ({})", doc.date_text(lang)))
            .close("li");
    }
    m.close("ul");
}

/// A source: its name and kind, what it is, who is quoted, and which figures come from it.
fn write_source_item(m: &mut Markup, source: Source, lang: Lang) {
    let info = source.info();
    let cited: Vec<&str> = FACTS
        .iter()
        .filter(|f| f.source == source)
        .map(|f| f.label.get(lang))
        .collect();
    m.open(
        "li",
        &[
            ("class", "source-item"),
            ("id", &format!("source-{}", source.key())),
        ],
    )
    .element("span", &[("class", "source-name")], info.name.get(lang))
    .element(
        "span",
        &[("class", "source-kind")],
        info.kind.label().get(lang),
    )
    .element(
        "p",
        &[("class", "source-description")],
        info.description.get(lang),
    );
    if let Some(person) = info.person {
        m.open("p", &[("class", "source-person")])
            .text(words::QUOTED.get(lang))
            .text(person.get(lang))
            .close("p");
    }
    if source == Source::Reports {
        write_documents(m, lang);
    } else if !cited.is_empty() {
        m.open("p", &[("class", "source-cited")])
            .text(words::CITED_FOR.get(lang))
            .text(&cited.join(words::CLAUSE_SEPARATOR.get(lang)))
            .close("p");
    }
    m.close("li");
}
