//! One component per narrative section, and the view that picks one by id.
//!
//! The narrative sections are one component, [`story_section::StorySection`], parametrised by
//! `SectionId` (copy from `content::story`, charts from [`chart_data`]); the interactive labs are
//! their own components and render their own `<section id=slug>`.

pub mod account_lab;
pub mod cascade;
pub mod chart_data;
pub mod leverage_lab;
pub mod margin_lab;
pub mod prose;
pub mod sources_list;
pub mod story_chart;
pub mod story_section;

use yew::prelude::*;

use crate::content::SectionId;
use account_lab::AccountLab;
use cascade::CascadeLab;
use leverage_lab::LeverageLab;
use margin_lab::MarginLab;
use story_section::StorySection;

#[derive(Properties, PartialEq)]
pub struct SectionViewProps {
    pub id: SectionId,
    /// The URL query, from which the interactive sections restore their state.
    pub query: AttrValue,
}

#[function_component(SectionView)]
pub fn section_view(props: &SectionViewProps) -> Html {
    let query = props.query.clone();
    // A lab reads its state from the query once, as it mounts: a new query remounts it.
    let key = props.query.as_str();
    match props.id {
        SectionId::LeverageLab => html! { <LeverageLab {key} {query} /> },
        SectionId::MarginLab => html! { <MarginLab {key} {query} /> },
        SectionId::AccountLab => html! { <AccountLab {key} {query} /> },
        SectionId::Cascade => html! { <CascadeLab {key} {query} /> },
        // Every other section is narrative. (A lab id routed here would show its intro copy
        // with a "coming" note: see `story_section::plan`.)
        id => html! { <StorySection {id} {query} /> },
    }
}
