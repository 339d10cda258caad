//! Every narrative section, static, one component parametrised by `SectionId`: kicker and
//! headline, the key figures, the prose, the scroll graphic with its steps, the section's charts
//! and its source line, all read from `content::story::section_copy(id)` and the fact records.
//! What differs between sections is data ([`plan`]), not copy-pasted markup.

use std::rc::Rc;

use yew::prelude::*;

use super::prose::{write_per_zone, write_rich_text};
use super::sources_list::SourcesAndMethod;
use super::story_chart::{StepHighlights, StoryChart};
use crate::content::chart_copy::{self as words, ChartId};
use crate::content::facts::{claim, fact, FactId};
use crate::content::format::format_fact;
use crate::content::story::{section_copy, section_prose, section_sources, SectionCopy, Step};
use crate::content::time::TimeZoneChoice;
use crate::content::{ui, Lang, SectionId};
use crate::context::use_prefs;
use crate::sections::chart_data::{as_of_note, chart_facts, labelled};
use crate::widgets::markup::{markup, Markup};

/// Which charts a section shows.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct SectionPlan {
    /// Panels of the sticky graphic beside the scroll steps (sections with steps only). Each
    /// step shows the first panel that plots one of its highlighted figures.
    pub graphic: &'static [ChartId],
    /// Charts in the flow, after the prose and the steps.
    pub figures: &'static [ChartId],
}

const fn plan_of(graphic: &'static [ChartId], figures: &'static [ChartId]) -> SectionPlan {
    SectionPlan { graphic, figures }
}

pub fn plan(id: SectionId) -> SectionPlan {
    use ChartId as C;
    match id {
        SectionId::Opening => plan_of(&[], &[C::Moves]),
        SectionId::Crypto => plan_of(&[C::BtcPrice, C::BtcValue, C::CryptoMoves], &[]),
        SectionId::Liquidations => plan_of(&[C::Liquidations], &[]),
        SectionId::Confidence => plan_of(&[C::EtfFlows, C::Floor, C::Polymarket], &[]),
        SectionId::WallStreet => plan_of(&[C::Equities], &[]),
        SectionId::Jobs => plan_of(&[C::Jobs], &[]),
        SectionId::Havens => plan_of(&[C::Metals], &[C::MarginHikes]),
        SectionId::Oil => plan_of(&[C::Oil], &[]),
        SectionId::Contagion => plan_of(&[C::Account, C::Robinhood], &[]),
        SectionId::Fear => plan_of(&[C::Fear], &[]),
        SectionId::Closing => plan_of(&[], &[C::Timeline]),
        // The labs are islands of their own (`crate::page::shell`).
        SectionId::LeverageLab
        | SectionId::MarginLab
        | SectionId::AccountLab
        | SectionId::Cascade
        | SectionId::AiTrigger
        | SectionId::Fed
        | SectionId::Sources => plan_of(&[], &[]),
    }
}

/// The graphic panel each step shows: the first panel plotting one of the step's highlighted
/// figures; a step that highlights none keeps the previous step's panel.
pub fn step_panels(steps: &[Step], panels: &[ChartId]) -> Vec<usize> {
    let shown: Vec<Vec<FactId>> = panels.iter().map(|&p| chart_facts(p)).collect();
    let mut previous = 0;
    steps
        .iter()
        .map(|step| {
            let found = shown
                .iter()
                .position(|facts| step.highlights.iter().any(|h| facts.contains(h)));
            previous = found.unwrap_or(previous);
            previous
        })
        .collect()
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
    let plan = plan(id);
    let slug = id.slug();
    let title_id = format!("{slug}-title");
    html! {
        <section id={slug} class="section story-section" aria-labelledby={title_id} data-section={slug}>
            { markup(|m| write_head_and_prose(m, copy, lang)) }
            if !copy.steps.is_empty() && !plan.graphic.is_empty() {
                { scrolly(copy, plan.graphic, lang) }
            }
            { for plan.figures.iter().map(|&chart| html! { <StoryChart {chart} /> }) }
            if id == SectionId::Sources {
                <SourcesAndMethod />
            }
            { markup(|m| write_source_note(m, copy, lang)) }
        </section>
    }
}

/// Kicker and headline, the key figures, then the prose.
fn write_head_and_prose(m: &mut Markup, copy: &SectionCopy, lang: Lang) {
    m.open("header", &[("class", "section-head")])
        .element("p", &[("class", "kicker")], copy.kicker.get(lang))
        .element(
            "h2",
            &[("id", &format!("{}-title", copy.id.slug()))],
            copy.headline.get(lang),
        )
        .close("header");
    write_key_figures(m, copy, lang);
    m.open("div", &[("class", "prose")]);
    for paragraph in section_prose(copy.id) {
        m.open("p", &[]);
        write_rich_text(m, paragraph, lang);
        m.close("p");
    }
    m.close("div");
}

/// The opening's big numbers, each with its caption, source and "as of" where it matters.
fn write_key_figures(m: &mut Markup, copy: &SectionCopy, lang: Lang) {
    if copy.figures.is_empty() {
        return;
    }
    m.open("ul", &[("class", "big-numbers")]);
    for figure in copy.figures {
        let record = fact(figure.fact);
        m.open(
            "li",
            &[("class", "big-number"), ("data-fact", figure.fact.key())],
        )
        .element(
            "span",
            &[("class", "value figure-number")],
            &format_fact(record, lang),
        )
        .element("span", &[("class", "label")], figure.caption.get(lang));
        if as_of_note(record, lang, TimeZoneChoice::Beijing).is_some() {
            m.open("span", &[("class", "as-of")]);
            write_per_zone(m, |tz| as_of_note(record, lang, tz).unwrap_or_default());
            m.close("span");
        }
        m.close("li");
    }
    m.close("ul");
}

/// The scroll graphic and the steps that drive it, as the stacked layout shows them: every
/// panel, the first one current, then the steps. Each step names its panel and figures, from
/// which the behaviour in `widgets::scrolly` pins the graphic and follows the reader.
fn scrolly(copy: &'static SectionCopy, panels: &'static [ChartId], lang: Lang) -> Html {
    let panel_of = step_panels(copy.steps, panels);
    let highlights_on = |panel: usize| -> Rc<[StepHighlights]> {
        copy.steps
            .iter()
            .enumerate()
            .filter(|(step, _)| panel_of[*step] == panel)
            .map(|(step, s)| StepHighlights {
                step,
                facts: s.highlights,
            })
            .collect()
    };
    let first_panel = panel_of.first().copied().unwrap_or(0);
    html! {
        <div class="scrolly" id={format!("{}-scrolly", copy.id.slug())} data-active-step="0">
            <div class="scrolly-graphic">
                { for panels.iter().enumerate().map(|(i, &chart)| html! {
                    <div class={classes!("scrolly-panel", (i == first_panel).then_some("is-current"))}
                        data-panel={i.to_string()}>
                        <StoryChart {chart} steps={highlights_on(i)} />
                    </div>
                }) }
            </div>
            <ol class="scrolly-steps" aria-label={words::STEPS_LABEL.get(lang)}>
                { for copy.steps.iter().enumerate().map(|(i, step)| {
                    let facts: Vec<&str> = step.highlights.iter().map(|f| f.key()).collect();
                    html! {
                        <li class="scrolly-step" data-step={i.to_string()}
                            data-panel={panel_of[i].to_string()} data-highlights={facts.join(" ")}>
                            { markup(|m| {
                                m.open("p", &[]);
                                write_rich_text(m, &step.text, lang);
                                m.close("p");
                            }) }
                        </li>
                    }
                }) }
            </ol>
        </div>
    }
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
    let facts = section_prose(copy.id)
        .iter()
        .chain(copy.steps.iter().map(|s| &s.text))
        .flat_map(crate::content::story::facts_in)
        .chain(copy.figures.iter().map(|f| f.fact));
    let facts: Vec<FactId> = facts.collect();
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
