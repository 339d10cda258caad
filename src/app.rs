//! The thin shell: reads the URL once, provides reader preferences, lays out the chrome and the
//! sections. Everything it shows comes from `content`; everything it computes from `state`.

use yew::prelude::*;

use crate::content::story::render;
use crate::content::{page, ui, Lang, SectionId};
use crate::context::{use_prefs, use_prefs_dispatch, Prefs, PrefsAction, PrefsProvider};
use crate::sections::{is_lab, write_risk_notice, SectionView};
use crate::state::query::QueryMap;
use crate::widgets::markup::frozen;

#[derive(Properties, PartialEq, Clone)]
pub struct AppProps {
    /// The URL query the page was opened with (`?lang=en&section=leverage…`).
    #[prop_or_default]
    pub query: AttrValue,
    /// The language of the prerendered page (`<html lang>`), used when the query names none.
    #[prop_or_default]
    pub default_lang: Lang,
    /// Hydrating prerendered markup: the first render must match the prerendered page, which
    /// knew no query, so the query is applied only after mounting.
    #[prop_or_default]
    pub defer_query: bool,
}

#[function_component(App)]
pub fn app(props: &AppProps) -> Html {
    let applied = use_state_eq(|| {
        if props.defer_query {
            AttrValue::default()
        } else {
            props.query.clone()
        }
    });
    {
        let applied = applied.clone();
        use_effect_with(props.query.clone(), move |query| applied.set(query.clone()));
    }
    let prefs = Prefs::from_query(&QueryMap::parse(&applied), props.default_lang);
    // Until the query is applied the DOM is the full prerendered story, whatever `?section=` says.
    // Applying it updates the preferences in place and remounts only the labs (which read their
    // state from it): narrative sections keep the prerendered copy they hydrated.
    let settled = *applied == props.query;
    html! {
        <crate::embed::EmbedProvider {settled}>
            <PrefsProvider initial={prefs}>
                <Shell query={(*applied).clone()} />
            </PrefsProvider>
        </crate::embed::EmbedProvider>
    }
}

#[derive(Properties, PartialEq)]
struct ShellProps {
    query: AttrValue,
}

#[function_component(Shell)]
fn shell(props: &ShellProps) -> Html {
    let prefs = use_prefs();
    let lang = prefs.lang;
    {
        let prefs = prefs.clone();
        use_effect_with(prefs, crate::browser::reflect_prefs);
    }
    let sections: Vec<SectionId> = match prefs.section {
        Some(id) => vec![id],
        None => SectionId::ALL.to_vec(),
    };
    // The risk notice stands once near the labs: just before the first one shown.
    let first_lab = sections.iter().copied().find(|id| is_lab(*id));
    let class = classes!("page", prefs.embed.then_some("is-embed"));
    html! {
        <div class={class}>
            <a class="skip-link" href="#story">{ ui::SKIP_TO_STORY.get(lang) }</a>
            <Masthead />
            if prefs.section.is_none() && !prefs.embed {
                <header class="hero">
                    // The series name over a headline that carries the news, as a desk runs it.
                    <h1>
                        <span class="series">{ ui::TITLE.get(lang) }</span>
                        { frozen(|m| { m.element("span", &[("class", "headline")], &render(&ui::HEADLINE, lang)); }) }
                    </h1>
                    { frozen(|m| { m.element("p", &[("class", "dek")], &render(&ui::DEK, lang)); }) }
                </header>
            }
            <crate::embed::StaticSummary />
            <main id="story">
                { for sections.into_iter().map(|id| html! {
                    <SectionView key={id.slug()} {id} query={props.query.clone()}
                        risk_notice={(Some(id) == first_lab).then_some(lang)} />
                }) }
            </main>
            if prefs.embed {
                <p class="embed-credit">{ ui::TITLE.get(lang) }</p>
            }
            // Always there, so a one-language module adopts it from the prerendered page.
            <footer class="site-footer">
                { frozen(|m| write_risk_notice(m, lang, "site-footer-notice")) }
            </footer>
        </div>
    }
}

#[function_component(Masthead)]
fn masthead() -> Html {
    let prefs = use_prefs();
    let dispatch = use_prefs_dispatch();
    let lang = prefs.lang;
    let other = lang.other();
    let switch_lang = Callback::from(move |event: MouseEvent| {
        event.prevent_default();
        if other.is_built() {
            if let Some(dispatch) = &dispatch {
                dispatch.dispatch(PrefsAction::SetLang(other));
            }
            crate::browser::replace_query_param("lang", other.param());
        } else {
            // This build carries one language's copy: open the other page, keeping the state.
            crate::browser::open_language_page(other, crate::browser::Visit::Push);
        }
    });
    html! {
        <nav class="masthead" aria-label={ui::SITE_NAV.get(lang)}>
            <p class="masthead-title">{ ui::TITLE.get(lang) }</p>
            <div class="masthead-tools">
                <crate::widgets::Toc />
                // A link, so that it works before the script arrives (or without one).
                <a class="button lang-switch" href={page::page_href(lang, other)} hreflang={other.code()}
                    lang={other.code()} onclick={switch_lang} data-testid="lang-switch">
                    { other.endonym() }
                </a>
                <crate::embed::EmbedButton section={prefs.section} />
            </div>
        </nav>
    }
}
