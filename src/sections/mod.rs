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

use crate::content::notice::{RISK_NOTICE, RISK_NOTICE_LABEL};
use crate::content::{Lang, SectionId};
use crate::widgets::markup::{markup, Markup};
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
    /// Put the risk notice just before this section: the shell asks for it once, before the
    /// first lab it shows.
    #[prop_or_default]
    pub risk_notice: Option<Lang>,
}

/// The sections with their own lab component (the rest are narrative).
pub fn is_lab(id: SectionId) -> bool {
    matches!(
        id,
        SectionId::LeverageLab | SectionId::MarginLab | SectionId::AccountLab | SectionId::Cascade
    )
}

/// The risk notice (`content::notice`) as one paragraph: static text, the same in the
/// prerendered page and after hydration, so its space is there from the first paint. Written as
/// markup (cheaper in the module than `html!` elements).
pub fn write_risk_notice(m: &mut Markup, lang: Lang, class: &str) {
    // Chinese runs the label into the text; English leaves a space after the colon.
    let gap = match lang {
        Lang::Zh => "",
        Lang::En => " ",
    };
    m.open("p", &[("class", class), ("role", "note")])
        .element("strong", &[], RISK_NOTICE_LABEL.get(lang))
        .text(gap)
        .text(RISK_NOTICE.get(lang))
        .close("p");
}

#[function_component(SectionView)]
pub fn section_view(props: &SectionViewProps) -> Html {
    let query = props.query.clone();
    // A lab reads its state from the query once, as it mounts: a new query remounts it.
    let key = props.query.as_str();
    let view = match props.id {
        SectionId::LeverageLab => html! { <LeverageLab {key} {query} /> },
        SectionId::MarginLab => html! { <MarginLab {key} {query} /> },
        SectionId::AccountLab => html! { <AccountLab {key} {query} /> },
        SectionId::Cascade => html! { <CascadeLab {key} {query} /> },
        // Every other section is narrative. (A lab id routed here would show its intro copy
        // with a "coming" note: see `story_section::plan`.)
        id => html! { <StorySection {id} {query} /> },
    };
    // One shape with or without the notice, so the section never remounts over it.
    html! {
        <>
            if let Some(lang) = props.risk_notice {
                { markup(|m| write_risk_notice(m, lang, "risk-notice")) }
            }
            { view }
        </>
    }
}
