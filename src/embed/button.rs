//! "Embed this": a disclosure in the masthead with the embed snippet for the page as it is now
//! (section, language, theme and the address bar's interactive state), and a copy button.

use js_sys::Reflect;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::protocol::{embed_snippet, script_url_beside};
use crate::content::{Lang, SectionId};
use crate::context::{use_prefs, Theme};

/// Copy not (yet) in `content::ui`.
mod copy {
    use crate::content::Text;
    pub const EMBED_CODE: Text = Text::new("嵌入代码", "Embed code");
    pub const EMBED_HINT_SECTION: Text = Text::new(
        "把这段代码粘贴到网页的HTML里，就能嵌入本节，并保留你现在的设置。框架高度会自动适应内容。",
        "Paste this into your page's HTML to embed this section with your current settings. The frame sizes itself to its content.",
    );
    pub const EMBED_HINT_STORY: Text = Text::new(
        "把这段代码粘贴到网页的HTML里，就能嵌入整篇报道。框架高度会自动适应内容。",
        "Paste this into your page's HTML to embed the whole story. The frame sizes itself to its content.",
    );
    pub const COPY_BY_HAND: Text = Text::new(
        "代码已选中，请按 Ctrl+C（Mac 上按 ⌘C）复制。",
        "The code is selected: press Ctrl+C (⌘C on a Mac) to copy it.",
    );
    pub const EMBED_STORY: Text = Text::new("嵌入报道", "Embed the story");
}

#[derive(Clone, Copy, PartialEq)]
enum CopyStatus {
    Idle,
    Copied,
    ByHand,
}

#[derive(Properties, PartialEq)]
pub struct EmbedButtonProps {
    /// The section to embed; `None` embeds the whole story.
    #[prop_or_default]
    pub section: Option<SectionId>,
}

/// A disclosure with the embed snippet for `section` in the reader's language, theme and
/// current interactive state (read from the address bar when opened), and a copy button.
#[function_component(EmbedButton)]
pub fn embed_button(props: &EmbedButtonProps) -> Html {
    let prefs = use_prefs();
    let lang = prefs.lang;
    let snippet = use_state_eq(|| None::<AttrValue>);
    let status = use_state_eq(|| CopyStatus::Idle);
    let textarea = use_node_ref();
    let slug = props.section.map_or("story", SectionId::slug);
    let panel_id = format!("embed-code-{slug}");
    let field_id = format!("{panel_id}-field");

    let toggle = {
        let (snippet, status, section, theme) =
            (snippet.clone(), status.clone(), props.section, prefs.theme);
        Callback::from(move |_: MouseEvent| {
            if snippet.is_some() {
                snippet.set(None);
            } else {
                snippet.set(current_snippet(section, lang, theme).map(AttrValue::from));
                status.set(CopyStatus::Idle);
            }
        })
    };
    let copy_code = {
        let (snippet, status, textarea) = (snippet.clone(), status.clone(), textarea.clone());
        Callback::from(move |_: MouseEvent| {
            let Some(text) = (*snippet).clone() else {
                return;
            };
            let (done, field) = (status.clone(), textarea.clone());
            let on_done = Callback::from(move |copied: bool| {
                if !copied {
                    select_all(&field);
                }
                done.set(if copied {
                    CopyStatus::Copied
                } else {
                    CopyStatus::ByHand
                });
            });
            if !write_clipboard(&text, on_done) {
                select_all(&textarea);
                status.set(CopyStatus::ByHand);
            }
        })
    };
    let select_on_focus = {
        let textarea = textarea.clone();
        Callback::from(move |_: FocusEvent| select_all(&textarea))
    };
    let label = if props.section.is_some() {
        crate::content::ui::EMBED_THIS
    } else {
        copy::EMBED_STORY
    };
    let hint = if props.section.is_some() {
        copy::EMBED_HINT_SECTION
    } else {
        copy::EMBED_HINT_STORY
    };
    html! {
        <div class="embed-this">
            <button type="button" class="embed-this-toggle" aria-expanded={snippet.is_some().to_string()}
                aria-controls={panel_id.clone()} onclick={toggle} data-testid={format!("embed-this-{slug}")}>
                { label.get(lang) }
            </button>
            if let Some(code) = (*snippet).clone() {
                <div class="embed-this-panel" id={panel_id}>
                    <label class="embed-this-label" for={field_id.clone()}>{ copy::EMBED_CODE.get(lang) }</label>
                    <textarea id={field_id} class="embed-this-code" readonly=true rows="6" spellcheck="false"
                        ref={textarea} value={code} onfocus={select_on_focus} />
                    <div class="embed-this-actions">
                        <button type="button" onclick={copy_code}>{ crate::content::ui::COPY_EMBED_CODE.get(lang) }</button>
                        <span class="embed-this-status" role="status">{ copy_status_text(*status, lang) }</span>
                    </div>
                    <p class="embed-this-hint">{ hint.get(lang) }</p>
                </div>
            }
        </div>
    }
}

fn copy_status_text(status: CopyStatus, lang: Lang) -> &'static str {
    match status {
        CopyStatus::Idle => "",
        CopyStatus::Copied => crate::content::ui::COPIED.get(lang),
        CopyStatus::ByHand => copy::COPY_BY_HAND.get(lang),
    }
}

/// The snippet for the page as it is now: embed.js beside this build's loader, the address
/// bar's interactive state.
fn current_snippet(section: Option<SectionId>, lang: Lang, theme: Theme) -> Option<String> {
    let window = web_sys::window()?;
    let location = window.location();
    let loader = window
        .document()?
        .query_selector("script[data-loader]")
        .ok()
        .flatten()
        // The `src` property is the resolved, absolute URL.
        .and_then(|script| Reflect::get(&script, &"src".into()).ok())
        .and_then(|src| src.as_string());
    // Without the release build's loader (trunk serve), the app is at the page's folder.
    let script_url = loader
        .or_else(|| location.href().ok())
        .and_then(|url| script_url_beside(&url))?;
    // The controls' last state, not yet in the address bar if they have not rested.
    crate::browser::flush_query();
    let query = crate::browser::current_query();
    Some(embed_snippet(&script_url, section, lang, theme, &query))
}

/// Starts `navigator.clipboard.writeText(text)`; `false` where there is no clipboard API (an
/// insecure context, a frame without `clipboard-write`). `on_done` learns whether it worked.
fn write_clipboard(text: &str, on_done: Callback<bool>) -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    let Ok(navigator) = Reflect::get(&window, &"navigator".into()) else {
        return false;
    };
    let Ok(clipboard) = Reflect::get(&navigator, &"clipboard".into()) else {
        return false;
    };
    if !clipboard.is_object() {
        return false;
    }
    let Some(write) = Reflect::get(&clipboard, &"writeText".into())
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok())
    else {
        return false;
    };
    let Some(promise) = write
        .call1(&clipboard, &text.into())
        .ok()
        .and_then(|p| p.dyn_into::<js_sys::Promise>().ok())
    else {
        return false;
    };
    let succeeded = on_done.clone();
    let ok = Closure::once_into_js(move |_: JsValue| succeeded.emit(true));
    let failed = Closure::once_into_js(move |_: JsValue| on_done.emit(false));
    // `promise.then(ok, failed)`, called through JS so it works whatever js-sys's typed `then` takes.
    let then = Reflect::get(&promise, &"then".into())
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok());
    then.is_some_and(|then| then.call2(&promise, &ok, &failed).is_ok())
}

fn select_all(textarea: &NodeRef) {
    if let Some(field) = textarea.cast::<web_sys::HtmlTextAreaElement>() {
        let _ = field.focus();
        field.select();
    }
}
