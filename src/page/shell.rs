//! The page around the story, static: masthead (its tools an island), headline and dek, the
//! summary for readers without JavaScript, every section in order (the labs as islands, the
//! risk notice before the first), the embed credit and the footer.
//!
//! A URL's `section=`, `embed=`, `theme=` and `tz=` are applied in the browser, without the
//! Wasm module, by `assets/prefs.js`; the page is written once, for the full story.

use yew::prelude::*;

use super::island_slot::IslandSlot;
use super::lab_section::LabSection;
use super::story_chart::StoryChart;
use super::story_section::StorySection;
use crate::content::chart_copy::{self, ChartId};
use crate::content::notice::{RISK_NOTICE, RISK_NOTICE_LABEL};
use crate::content::story::{render, section_copy};
use crate::content::time::full_date;
use crate::content::{page, ui, Lang, SectionId};
use crate::context::use_prefs;
use crate::islands::Island;
use crate::page::markup::{markup, Markup};
use crate::sections::is_lab;

#[function_component(Page)]
pub fn page() -> Html {
    let lang = use_prefs().lang;
    let other = lang.other();
    let first_lab = SectionId::ALL.into_iter().find(|id| is_lab(*id));
    html! {
        <div class="page">
            <a class="skip-link" href="#story">{ ui::SKIP_TO_STORY.get(lang) }</a>
            <nav class="masthead" aria-label={ui::SITE_NAV.get(lang)}>
                <p class="masthead-title">{ ui::TITLE.get(lang) }</p>
                <div class="masthead-tools">
                    { contents(lang) }
                    // A link, so it works without script; assets/prefs.js carries the
                    // reader's state along.
                    <a class="button lang-switch" href={page::page_href(lang, other)} hreflang={other.code()}
                        lang={other.code()} data-testid="lang-switch">
                        { other.endonym() }
                    </a>
                    <IslandSlot island={Island::EmbedThis} class="embed-slot" />
                </div>
                <div class="progress" aria-hidden="true"></div>
            </nav>
            <header class="hero">
                // The series name over a headline that carries the news, as a desk runs it.
                <h1>
                    <span class="series">{ ui::TITLE.get(lang) }</span>
                    { markup(|m| { m.element("span", &[("class", "headline")], &render(&ui::HEADLINE, lang)); }) }
                </h1>
                { markup(|m| {
                    m.element("p", &[("class", "dek")], &render(&ui::DEK, lang));
                    write_dateline(m, lang);
                }) }
                <div class="lead-graphic">
                    <StoryChart chart={ChartId::NightClock} lead=true />
                </div>
            </header>
            { markup(|m| write_static_summary(m, lang)) }
            <main id="story">
                { for SectionId::ALL.into_iter().map(|id| html! {
                    <>
                        if Some(id) == first_lab {
                            { markup(|m| write_risk_notice(m, lang, "risk-notice")) }
                        }
                        if is_lab(id) {
                            <LabSection {id} />
                        } else {
                            <StorySection {id} />
                        }
                    </>
                }) }
            </main>
            <p class="embed-credit">{ ui::TITLE.get(lang) }</p>
            <footer class="site-footer">
                { markup(|m| write_risk_notice(m, lang, "site-footer-notice")) }
            </footer>
        </div>
    }
}

/// The contents: a disclosure listing every section with its deep link (`#slug`). The name of
/// each section is written into the summary too, hidden: the behaviour in `widgets::toc` shows
/// the one being read, marks its link `aria-current` and draws the reading progress.
fn contents(lang: Lang) -> Html {
    html! {
        <details class="toc" data-testid="toc">
            <summary class="toc-summary">
                <span class="toc-title">{ ui::TABLE_OF_CONTENTS.get(lang) }</span>
                { for SectionId::ALL.into_iter().map(|id| html! {
                    <span class="toc-current" data-for={id.slug()} hidden=true>
                        <span class="visually-hidden">{ chart_copy::CURRENT_SECTION.get(lang) }</span>
                        { section_copy(id).kicker.get(lang) }
                    </span>
                }) }
            </summary>
            <ol class="toc-list">
                { for SectionId::ALL.into_iter().map(|id| html! {
                    <li><a href={format!("#{}", id.slug())}>{ section_copy(id).kicker.get(lang) }</a></li>
                }) }
            </ol>
        </details>
    }
}

/// When the piece was published and last updated, as a desk prints it under the dek.
fn write_dateline(m: &mut Markup, lang: Lang) {
    let date = |m: &mut Markup, label: crate::content::Text, day| {
        m.open("span", &[])
            .text(label.get(lang))
            .element(
                "time",
                &[("datetime", &full_date(day, None))],
                &full_date(day, Some(lang)),
            )
            .close("span");
    };
    m.open("p", &[("class", "dateline")]);
    date(m, ui::PUBLISHED, page::PUBLISHED);
    date(m, ui::UPDATED, page::UPDATED);
    m.close("p");
}

/// The risk notice (`content::notice`) as one paragraph.
fn write_risk_notice(m: &mut Markup, lang: Lang, class: &str) {
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

/// The night in two sentences with its key figures, for readers whose browser runs no
/// JavaScript: hidden by the stylesheet, revealed by `nojs.css` (loaded from a `<noscript>` in
/// index.html) and by `@media (scripting: none)`.
fn write_static_summary(m: &mut Markup, lang: Lang) {
    const SUMMARY_LABEL: crate::content::Text = crate::content::Text::new("内容提要", "In brief");
    m.open(
        "aside",
        &[
            ("class", "nojs-summary"),
            ("aria-label", SUMMARY_LABEL.get(lang)),
        ],
    )
    .element("p", &[], &render(&ui::NOJS_SUMMARY, lang))
    .open("p", &[])
    .element("a", &[("href", "#story")], ui::READ_FULL_STORY.get(lang))
    .close("p")
    .close("aside");
}
