//! What a reader can touch, section by section: the four labs and the marks of the story's
//! charts, each mounted as an island (`crate::islands`), and the chart data they share with the
//! static page.

pub mod account_lab;
pub mod cascade;
pub mod chart_data;
pub mod lab_kit;
pub mod leverage_lab;
pub mod margin_lab;
pub mod story_chart;

use yew::prelude::*;

use crate::content::SectionId;
use account_lab::AccountLab;
use cascade::CascadeLab;
use leverage_lab::LeverageLab;
use margin_lab::MarginLab;

/// The sections with their own lab component (the rest are narrative).
pub fn is_lab(id: SectionId) -> bool {
    matches!(
        id,
        SectionId::LeverageLab | SectionId::MarginLab | SectionId::AccountLab | SectionId::Cascade
    )
}

/// A lab's contents, restoring its state from `query`. A lab reads the query once, as it
/// mounts, so a new query remounts it. `Html::default()` for a section that is no lab.
pub fn lab_view(id: SectionId, query: AttrValue) -> Html {
    let key = query.to_string();
    match id {
        SectionId::LeverageLab => html! { <LeverageLab {key} {query} /> },
        SectionId::MarginLab => html! { <MarginLab {key} {query} /> },
        SectionId::AccountLab => html! { <AccountLab {key} {query} /> },
        SectionId::Cascade => html! { <CascadeLab {key} {query} /> },
        _ => Html::default(),
    }
}
