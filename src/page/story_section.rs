//! Every narrative section, static, one component parametrised by `SectionId`: kicker and
//! headline, the prose, the section's charts and its source line, all read from
//! `content::story::section_copy(id)` and the fact records. What differs between sections is
//! data ([`plan`]), not copy-pasted markup.

use yew::prelude::*;

use super::prose::write_rich_text;
use super::sources_list::SourcesAndMethod;
use super::story_chart::StoryChart;
use crate::content::chart_copy::{self as words, ChartId};
use crate::content::facts::{claim, fact, FactId};
use crate::content::story::{section_copy, section_prose, section_sources, SectionCopy};
use crate::content::{ui, Lang, SectionId};
use crate::context::use_prefs;
use crate::page::markup::{markup, Markup};
use crate::sections::chart_data::labelled;

/// The charts a section shows after its prose. The lead graphic (the night clock) sits in the
/// page's header (`crate::page::shell`); the labs are islands of their own.
pub fn plan(id: SectionId) -> &'static [ChartId] {
    use ChartId as C;
    match id {
        SectionId::Crypto => &[C::EtfFlows],
        SectionId::Markets => &[C::Moves],
        SectionId::Havens => &[C::MarginHikes],
        SectionId::Closing => &[C::Fear],
        SectionId::Opening
        | SectionId::Liquidations
        | SectionId::LeverageLab
        | SectionId::MarginLab
        | SectionId::AccountLab
        | SectionId::Cascade
        | SectionId::Sources => &[],
    }
}

#[derive(Properties, PartialEq)]
pub struct StorySectionProps {
    pub id: SectionId,
    /// The page's URL query (the narrative sections read their state from the preferences).
    #[prop_or_default]
    pub query: AttrValue,
}

#[function_component(StorySection)]
pub fn story_section(props: &StorySectionProps) -> Html {
    let prefs = use_prefs();
    let (lang, id) = (prefs.lang, props.id);
    let copy = section_copy(id);
    let slug = id.slug();
    let title_id = format!("{slug}-title");
    html! {
        <section id={slug} class="section story-section" aria-labelledby={title_id} data-section={slug}>
            // Sections folded into this chapter keep their old ids here, so published deep
            // links (`#jobs`) still land at the chapter's top (and `?section=jobs` finds it).
            { for id.aliases().map(|alias| html! { <span id={alias} class="section-alias"></span> }) }
            { section_head(Some(copy.kicker.get(lang)), slug, copy.headline.get(lang)) }
            { markup(|m| write_prose(m, copy, lang)) }
            { for plan(id).iter().map(|&chart| html! { <StoryChart {chart} /> }) }
            if id == SectionId::Sources {
                <SourcesAndMethod />
            }
            { markup(|m| write_source_note(m, copy, lang)) }
        </section>
    }
}

/// A section's kicker (when it has one) and headline, which names the section
/// (`aria-labelledby="{slug}-title"`): the narrative sections' and the labs' alike.
pub(super) fn section_head(kicker: Option<&str>, slug: &str, headline: &str) -> Html {
    html! {
        <header class="section-head">
            if let Some(kicker) = kicker { <p class="kicker">{ kicker.to_owned() }</p> }
            <h2 id={format!("{slug}-title")}>{ headline.to_owned() }</h2>
        </header>
    }
}

/// The section's prose.
fn write_prose(m: &mut Markup, copy: &SectionCopy, lang: Lang) {
    m.open("div", &[("class", "prose")]);
    for paragraph in section_prose(copy.id) {
        m.open("p", &[]);
        write_rich_text(m, paragraph, lang);
        m.close("p");
    }
    m.close("div");
}

/// "Sources: …" for everything the section's prose, steps and figures cite, with the caveats
/// of its records and claims.
fn write_source_note(m: &mut Markup, copy: &SectionCopy, lang: Lang) {
    let sources = section_sources(copy.id);
    if sources.is_empty() {
        return;
    }
    let names: Vec<String> = sources.iter().map(|s| s.credit(lang)).collect();
    let mut notes: Vec<&'static str> = Vec::new();
    let facts: Vec<FactId> = section_prose(copy.id)
        .iter()
        .flat_map(crate::content::story::facts_in)
        .collect();
    // A claim's caveat is left out when a figure from the same source already carries one.
    let noted_sources: Vec<_> = facts
        .iter()
        .filter(|&&f| fact(f).note.is_some())
        .map(|&f| fact(f).source)
        .collect();
    let claim_notes = copy
        .claims
        .iter()
        .map(|&c| claim(c))
        .filter(|c| !noted_sources.contains(&c.source))
        .filter_map(|c| c.note);
    for note in facts
        .iter()
        .filter_map(|&f| fact(f).note)
        .chain(claim_notes)
    {
        let text = note.get(lang);
        if !notes.contains(&text) {
            notes.push(text);
        }
    }
    m.open(
        "p",
        &[
            ("class", "source-note"),
            ("data-testid", &format!("sources-{}", copy.id.slug())),
        ],
    );
    m.text(&labelled(
        ui::SOURCE,
        &names.join(words::LIST_SEPARATOR.get(lang)),
        lang,
    ));
    if !notes.is_empty() {
        m.open("span", &[("class", "source-note-caveats")])
            .text(words::NOTE_PREFIX.get(lang))
            .text(&notes.join(words::CLAUSE_SEPARATOR.get(lang)))
            .close("span");
    }
    m.close("p");
}
