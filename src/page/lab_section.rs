//! A lab's section: its headline and introduction, written at build time, then the lab itself
//! as an island, then the lab's fixed notes (what it assumes and leaves out). The text around
//! the island never changes, so it stays out of the Wasm module.

use yew::prelude::*;

use super::island_slot::IslandSlot;
use super::story_section::section_head;
use crate::content::copy_cascade;
use crate::content::copy_labs::{self as copy, fill};
use crate::content::documents as docs;
use crate::content::facts::{fact, FactId};
use crate::content::format::{format_fact, format_fact_prose};
use crate::content::time::{TimeZoneChoice, CME_EFFECTIVE};
use crate::content::{Lang, SectionId};
use crate::context::use_prefs;
use crate::islands::Island;

/// The lab's kicker (the cascade's, which is a model), headline and introduction.
fn head(id: SectionId, lang: Lang) -> Html {
    let (title, paragraphs): (_, Vec<String>) = match id {
        SectionId::LeverageLab => (copy::LEV_TITLE, vec![copy::LEV_INTRO.get(lang).to_owned()]),
        SectionId::MarginLab => (
            copy::MARGIN_TITLE,
            vec![
                fill(
                    copy::MARGIN_INTRO.get(lang),
                    &[
                        &format_fact(fact(FactId::CmeGoldMarginPrior), lang),
                        &format_fact(fact(FactId::CmeGoldMargin), lang),
                        &format_fact(fact(FactId::CmeSilverMarginPrior), lang),
                        &format_fact(fact(FactId::CmeSilverMargin), lang),
                        // A day and session, so the reader's clock choice does not apply.
                        &CME_EFFECTIVE.format(lang, TimeZoneChoice::Beijing),
                        &format_fact(fact(FactId::CmeGoldMarginBeforeFeb2), lang),
                        &format_fact(fact(FactId::CmeSilverMarginBeforeFeb2), lang),
                    ],
                ),
                copy::MARGIN_EXPLAINER.get(lang).to_owned(),
            ],
        ),
        SectionId::AccountLab => (
            copy::ACCOUNT_TITLE,
            vec![fill(
                copy::ACCOUNT_INTRO.get(lang),
                &[
                    &format_fact_prose(fact(FactId::AccountBefore), lang),
                    &format_fact_prose(fact(FactId::AccountAfter), lang),
                ],
            )],
        ),
        _ => (
            copy_cascade::TITLE,
            copy_cascade::INTRO
                .iter()
                .map(|paragraph| paragraph.get(lang).to_owned())
                .collect(),
        ),
    };
    let model = id == SectionId::Cascade;
    html! {
        <>
            { section_head(model.then(|| copy_cascade::KICKER.get(lang)), id.slug(), title.get(lang)) }
            <div class="prose">
                { for paragraphs.into_iter().map(|paragraph| html! { <p>{ paragraph }</p> }) }
                if model {
                    <p>
                        <span class="model-badge">{ copy_cascade::MODEL_BADGE.get(lang) }</span>
                        { copy_cascade::MODEL_NOTE.get(lang) }
                    </p>
                }
            </div>
        </>
    }
}

/// What the lab assumes or leaves out whatever the reader sets, after the lab.
fn notes(id: SectionId, lang: Lang) -> Html {
    let note = match id {
        SectionId::LeverageLab => copy::LEFT_OUT.get(lang).to_owned(),
        SectionId::MarginLab => fill(
            copy::MARGIN_ASSUMPTIONS.get(lang),
            &[
                &format_fact(fact(FactId::CmeGoldMarginPriorHrp), lang),
                &format_fact(fact(FactId::CmeSilverMarginPriorHrp), lang),
            ],
        ),
        SectionId::AccountLab => fill(
            copy::ACCOUNT_ASSUMPTIONS.get(lang),
            &[&docs::BINANCE_TIERS.date_text(lang)],
        ),
        SectionId::Cascade => {
            return html! {
                <details class="assumptions" open=true>
                    <summary>{ copy_cascade::LEFT_OUT.get(lang) }</summary>
                    <ul>{ for copy_cascade::LEFT_OUT_ITEMS.iter().map(|item| html! { <li>{ item.get(lang) }</li> }) }</ul>
                </details>
            }
        }
        _ => return Html::default(),
    };
    html! { <p class="assumptions">{ note }</p> }
}

#[derive(Properties, PartialEq)]
pub struct LabSectionProps {
    pub id: SectionId,
}

#[function_component(LabSection)]
pub fn lab_section(props: &LabSectionProps) -> Html {
    let lang = use_prefs().lang;
    let id = props.id;
    let slug = id.slug();
    html! {
        <section id={slug} class="section lab" aria-labelledby={format!("{slug}-title")} data-section={slug}>
            { head(id, lang) }
            <IslandSlot island={Island::Lab(id)} class="lab-body" />
            { notes(id, lang) }
        </section>
    }
}
