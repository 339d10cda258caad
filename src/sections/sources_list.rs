//! The sources-and-method section's own material: what "reported" and "model" mean here, every
//! source with what it is and what it is cited for, and every figure of the page in one table
//! (with a CSV of the records themselves).

use yew::prelude::*;

use crate::content::chart_copy as words;
use crate::content::facts::{facts_csv, FACTS};
use crate::content::format::format_fact;
use crate::content::sources::Source;
use crate::content::{ui, Lang};
use crate::context::use_prefs;

#[function_component(SourcesAndMethod)]
pub fn sources_and_method() -> Html {
    let prefs = use_prefs();
    let (lang, tz) = (prefs.lang, prefs.tz);
    let download = Callback::from(move |_: MouseEvent| {
        crate::browser::download_csv(
            "crash-night-figures.csv",
            &format!("\u{feff}{}", facts_csv(lang)),
        )
    });
    html! {
        <div class="sources-method">
            <h3>{ words::KINDS_TITLE.get(lang) }</h3>
            <dl class="kinds">
                <dt><span class="reported-badge">{ ui::REPORTED.get(lang) }</span></dt>
                <dd>{ words::REPORTED_NOTE.get(lang) }</dd>
                <dt><span class="model-badge">{ ui::MODEL.get(lang) }</span></dt>
                <dd>{ ui::MODEL_NOTE.get(lang) }</dd>
            </dl>

            <h3>{ words::SOURCES_LIST_TITLE.get(lang) }</h3>
            <ul class="source-list" data-testid="source-list">
                { for Source::ALL.into_iter().map(|source| source_item(source, lang)) }
            </ul>

            <h3 id="all-figures-title">{ words::ALL_FIGURES_TITLE.get(lang) }</h3>
            <p>{ words::ALL_FIGURES_NOTE.get(lang) }</p>
            <details class="facts-details">
                <summary>{ ui::SHOW_DATA.get(lang) }</summary>
                // Focusable so keyboard readers can scroll it sideways on a phone.
                <div class="table-scroll" tabindex="0" role="region" aria-labelledby="all-figures-title">
                    <table class="facts-table" aria-labelledby="all-figures-title" data-testid="facts-table">
                        <thead>
                            <tr>
                                <th scope="col">{ words::COL_LABEL.get(lang) }</th>
                                <th scope="col">{ ui::FIGURE.get(lang) }</th>
                                <th scope="col">{ words::COL_WHEN.get(lang) }</th>
                                <th scope="col">{ words::COL_SOURCE.get(lang) }</th>
                                <th scope="col">{ words::COL_PRECISION.get(lang) }</th>
                            </tr>
                        </thead>
                        <tbody>
                            { for FACTS.iter().map(|record| html! {
                                <tr data-fact={record.id.key()}>
                                    <th scope="row">{ record.label.get(lang) }</th>
                                    <td class="figure-number">{ format_fact(record, lang) }</td>
                                    <td>{ record.as_of.format(lang, tz) }</td>
                                    <td>{ record.source.name(lang) }</td>
                                    <td>
                                        { record.bound.label().get(lang) }
                                        if let Some(note) = record.note {
                                            <span class="facts-table-note">{ note.get(lang) }</span>
                                        }
                                    </td>
                                </tr>
                            }) }
                        </tbody>
                    </table>
                </div>
            </details>
            <p><button type="button" class="chart-frame-download" onclick={download}>
                { words::DOWNLOAD_ALL_FIGURES.get(lang) }
            </button></p>
        </div>
    }
}

/// A source: its name and kind, what it is, who is quoted, and which figures come from it.
fn source_item(source: Source, lang: Lang) -> Html {
    let info = source.info();
    let cited: Vec<&str> = FACTS
        .iter()
        .filter(|f| f.source == source)
        .map(|f| f.label.get(lang))
        .collect();
    html! {
        <li class="source-item" id={format!("source-{}", source.key())}>
            <span class="source-name">{ info.name.get(lang) }</span>
            <span class="source-kind">{ info.kind.label().get(lang) }</span>
            <p class="source-description">{ info.description.get(lang) }</p>
            if let Some(person) = info.person {
                <p class="source-person">{ words::QUOTED.get(lang) }{ person.get(lang) }</p>
            }
            if !cited.is_empty() {
                <p class="source-cited">{ words::CITED_FOR.get(lang) }{ cited.join(words::CLAUSE_SEPARATOR.get(lang)) }</p>
            }
        </li>
    }
}
