//! The embedding protocol, pure and tested natively: the frame's height and the host's viewport
//! as numbers checked and clamped, pym.js's string messages, which links leave the page, and the
//! "Embed this" snippet.
//!
//! Every message is hostile until proven otherwise: only known shapes are read, every number is
//! checked and clamped, nothing a message says is run or navigated to.

use crate::content::{Lang, SectionId};
use crate::context::Theme;
use crate::decimal::clamp;
use crate::escape::escape;
use crate::state::query::QueryMap;

/// What the app posts to its parent: `{ type, height }`, height in CSS pixels.
pub const HEIGHT_MESSAGE: &str = "crash-night:height";
/// What embed.js posts to the frame: `{ type, top, height }`, the frame's top relative to the
/// host's viewport and the host viewport's height, in CSS pixels.
pub const VIEWPORT_MESSAGE: &str = "crash-night:viewport";
/// The largest frame height reported or accepted (px). Anything taller is a layout loop.
pub const MAX_FRAME_HEIGHT: f64 = 200_000.0;
/// The largest host viewport height accepted (px).
pub const MAX_VIEWPORT_HEIGHT: f64 = 100_000.0;
/// How far above or below the host's viewport a frame may be reported (px); beyond, clamped.
pub const MAX_FRAME_OFFSET: f64 = 10_000_000.0;
/// Longer string messages are not even read: pym's longest is ~100 characters.
pub const MAX_MESSAGE_CHARS: u32 = 1024;
const MAX_CHILD_ID_CHARS: usize = 128;
const PYM_DELIMITER: &str = "xPYMx";
/// Query keys that belong to the shell or to pym, never to an interactive's state.
pub const RESERVED_KEYS: [&str; 8] = [
    "lang",
    "section",
    "embed",
    "theme",
    "childId",
    "parentUrl",
    "parentTitle",
    "initialWidth",
];

// ---------------------------------------------------------------------------------------------
// Pure: geometry
// ---------------------------------------------------------------------------------------------

/// Where the frame sits in the host page: `frame_top` is the frame's top edge relative to the
/// top of the host's viewport (negative once the reader has scrolled past it), and
/// `viewport_height` the height of the host's viewport, both in CSS pixels.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct HostViewport {
    pub frame_top: f64,
    pub viewport_height: f64,
}

impl HostViewport {
    /// `None` for non-finite numbers or a viewport under one pixel; huge values are clamped.
    pub fn new(frame_top: f64, viewport_height: f64) -> Option<HostViewport> {
        if !frame_top.is_finite() || !viewport_height.is_finite() || viewport_height < 1.0 {
            return None;
        }
        Some(HostViewport {
            frame_top: clamp(frame_top, -MAX_FRAME_OFFSET, MAX_FRAME_OFFSET),
            viewport_height: viewport_height.min(MAX_VIEWPORT_HEIGHT),
        })
    }

    /// The host viewport's top edge in the frame's document coordinates.
    pub fn visible_top(&self) -> f64 {
        -self.frame_top
    }
}

/// The `translateY` (px, never negative) that keeps a strip at the top of the host's viewport
/// while its container scrolls past, as `position: sticky; top: 0` would in a page that
/// scrolls: never above its own place in the layout and never past the container's bottom.
/// `strip_top` is the strip's untransformed top and `container_bottom` the container's bottom,
/// both in the frame's document coordinates. Bad input gives 0, the strip's own place.
pub fn stuck_offset(
    strip_top: f64,
    strip_height: f64,
    container_bottom: f64,
    viewport: HostViewport,
) -> f64 {
    if !strip_top.is_finite()
        || !strip_height.is_finite()
        || !container_bottom.is_finite()
        || strip_height < 0.0
    {
        return 0.0;
    }
    let wanted = viewport.visible_top() - strip_top;
    let room = (container_bottom - strip_height - strip_top).max(0.0);
    clamp(wanted, 0.0, room)
}

/// The height to report for a measured document height: whole pixels, rounded up (a frame a
/// fraction short shows a scrollbar), clamped; `None` for nothing measurable.
pub fn frame_height(measured: f64) -> Option<u32> {
    (measured.is_finite() && measured >= 1.0).then(|| measured.ceil().min(MAX_FRAME_HEIGHT) as u32)
}

// ---------------------------------------------------------------------------------------------
// Pure: the pym.js protocol (messages are `pym` xPYMx id xPYMx type xPYMx value)
// ---------------------------------------------------------------------------------------------

/// The id pym.js's parent knows this frame by (the `childId` query parameter it appends), if it
/// is usable: 1–128 characters, no whitespace or control characters, no delimiter.
pub fn pym_child_id(query: &QueryMap) -> Option<String> {
    let id = query.get("childId")?.trim();
    let usable = !id.is_empty()
        && id.chars().count() <= MAX_CHILD_ID_CHARS
        && !id.chars().any(|c| c.is_whitespace() || c.is_control())
        && !id.contains(PYM_DELIMITER);
    usable.then(|| id.to_string())
}

/// A message in pym's format.
pub fn pym_message(child_id: &str, kind: &str, value: &str) -> String {
    ["pym", child_id, kind, value].join(PYM_DELIMITER)
}

/// Splits a pym message addressed to `child_id` into its type and value; `None` for anything
/// else (other ids, other formats, an empty or blank type).
pub fn parse_pym<'a>(data: &'a str, child_id: &str) -> Option<(&'a str, &'a str)> {
    let rest = data
        .strip_prefix("pym")?
        .strip_prefix(PYM_DELIMITER)?
        .strip_prefix(child_id)?
        .strip_prefix(PYM_DELIMITER)?;
    let (kind, value) = rest.split_once(PYM_DELIMITER)?;
    (!kind.is_empty() && !kind.chars().any(char::is_whitespace)).then_some((kind, value))
}

/// Reads pym's `viewport-iframe-position` value: "viewportWidth viewportHeight top left bottom
/// right" (the iframe's bounding rectangle in the host's viewport).
pub fn parse_pym_viewport(value: &str) -> Option<HostViewport> {
    let mut numbers = value.split_ascii_whitespace().map(crate::decimal::parse);
    let _width = numbers.next()??;
    let height = numbers.next()??;
    let top = numbers.next()??;
    HostViewport::new(top, height)
}

/// What the host may tell the frame.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum HostMessage {
    /// Where the frame is in the host's viewport.
    Viewport(HostViewport),
    /// pym's parent changed width and expects the height back.
    Width,
}

/// Interprets a string message from the parent (pym's protocol). Only the two types the child
/// side of pym acts on are recognised; `navigateTo` and the like are not even parsed.
pub fn read_pym_message(data: &str, child_id: &str) -> Option<HostMessage> {
    match parse_pym(data, child_id)? {
        ("viewport-iframe-position", value) => parse_pym_viewport(value).map(HostMessage::Viewport),
        ("width", _) => Some(HostMessage::Width),
        _ => None,
    }
}

// ---------------------------------------------------------------------------------------------
// Pure: the "Embed this" snippet
// ---------------------------------------------------------------------------------------------

/// Whether following a link to `href` (absolute) leaves the framed page at `page` (absolute):
/// another document, not just another fragment of this one. `javascript:` and other non-web
/// schemes do not count (the CSP stops those anyway).
pub fn leaves_page(href: &str, page: &str) -> bool {
    let strip = |url: &str| url.split('#').next().unwrap_or_default().to_owned();
    let web = href.starts_with("https://") || href.starts_with("http://");
    web && strip(href) != strip(page)
}

/// The interactive state in a query string (`?lang=en&lev=20…` → `lev=20…`): every pair except
/// the shell's and pym's keys, kept as written (already escaped).
pub fn state_query(query: &str) -> String {
    query
        .trim_start_matches('?')
        .split('&')
        .filter(|pair| !pair.is_empty())
        .filter(|pair| {
            let key = pair.split_once('=').map_or(*pair, |(key, _)| key);
            !RESERVED_KEYS.contains(&key)
        })
        .collect::<Vec<_>>()
        .join("&")
}

/// `embed.js` beside the loader script (`…/boot-en.js` → `…/embed.js`); `None` for a URL with no
/// path separator.
pub fn script_url_beside(loader_url: &str) -> Option<String> {
    let end = loader_url.find(['?', '#']).unwrap_or(loader_url.len());
    let base = &loader_url[..end];
    let slash = base.rfind('/')?;
    Some(format!("{}embed.js", &base[..=slash]))
}

/// The markup a newsroom pastes: a placeholder that embed.js turns into an auto-sized iframe.
pub fn embed_snippet(
    script_url: &str,
    section: Option<SectionId>,
    lang: Lang,
    theme: Theme,
    query: &str,
) -> String {
    let mut placeholder = format!("<div data-crash-night data-lang=\"{}\"", lang.param());
    if let Some(section) = section {
        placeholder.push_str(&format!(" data-section=\"{}\"", section.slug()));
    }
    if theme != Theme::Auto {
        placeholder.push_str(&format!(" data-theme=\"{}\"", theme.param()));
    }
    let state = state_query(query);
    if !state.is_empty() {
        placeholder.push_str(&format!(" data-query=\"{}\"", escape(&state)));
    }
    // For host pages that run no script: a link to the story (at the section), which embed.js
    // replaces with the frame.
    let folder = script_url.strip_suffix("embed.js").unwrap_or(script_url);
    // The folder is the root, where the Chinese page lives.
    let page = format!(
        "{folder}{}",
        crate::content::page::page_href(Lang::Zh, lang).trim_start_matches("./")
    );
    let anchor = section.map_or(String::new(), |section| format!("#{}", section.slug()));
    format!(
        "{placeholder}><a href=\"{}\">{}</a></div>\n<script async src=\"{}\"></script>",
        escape(&format!("{page}{anchor}")),
        crate::content::ui::TITLE.get(lang),
        escape(script_url)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn viewport(frame_top: f64) -> HostViewport {
        HostViewport::new(frame_top, 800.0).unwrap()
    }

    #[test]
    fn the_strip_sticks_to_the_host_viewport_top_within_its_panel() {
        // A strip 120px tall at 200 in a panel ending at 3000.
        // Before the reader reaches it, it stays in place.
        assert_eq!(stuck_offset(200.0, 120.0, 3000.0, viewport(300.0)), 0.0);
        // Scrolled 1000px into the frame: its top at the viewport's, 1000.
        assert_eq!(stuck_offset(200.0, 120.0, 3000.0, viewport(-1000.0)), 800.0);
        // Never past the panel's bottom: at most 3000 - 120 - 200.
        assert_eq!(
            stuck_offset(200.0, 120.0, 3000.0, viewport(-5000.0)),
            2680.0
        );
    }

    #[test]
    fn stuck_offset_survives_bad_input() {
        for bad in [f64::NAN, f64::INFINITY, f64::NEG_INFINITY] {
            assert_eq!(stuck_offset(bad, 120.0, 3000.0, viewport(-1000.0)), 0.0);
            assert_eq!(stuck_offset(200.0, bad, 3000.0, viewport(-1000.0)), 0.0);
            assert_eq!(stuck_offset(200.0, 120.0, bad, viewport(-1000.0)), 0.0);
        }
        assert_eq!(stuck_offset(200.0, -5.0, 3000.0, viewport(-1000.0)), 0.0);
        // A panel shorter than the strip: no room to move.
        assert_eq!(stuck_offset(200.0, 400.0, 300.0, viewport(-1000.0)), 0.0);
        let far = HostViewport::new(-f64::MAX, 800.0).unwrap();
        let huge = stuck_offset(0.0, 10.0, f64::MAX, far);
        assert!(huge.is_finite() && huge >= 0.0);
    }

    #[test]
    fn heights_are_whole_pixels_in_range() {
        assert_eq!(frame_height(812.2), Some(813));
        assert_eq!(frame_height(812.0), Some(812));
        assert_eq!(frame_height(0.0), None);
        assert_eq!(frame_height(-10.0), None);
        assert_eq!(frame_height(f64::NAN), None);
        assert_eq!(frame_height(f64::INFINITY), None);
        assert_eq!(frame_height(1e12), Some(MAX_FRAME_HEIGHT as u32));
    }

    #[test]
    fn pym_messages_round_trip() {
        assert_eq!(
            pym_message("pym-0-abcde", "height", "1234"),
            "pymxPYMxpym-0-abcdexPYMxheightxPYMx1234"
        );
        let message = pym_message(
            "graphic",
            "viewport-iframe-position",
            "1280 800 -350.5 0 2000 1280",
        );
        assert_eq!(
            parse_pym(&message, "graphic"),
            Some(("viewport-iframe-position", "1280 800 -350.5 0 2000 1280"))
        );
        assert_eq!(
            read_pym_message(&message, "graphic"),
            Some(HostMessage::Viewport(HostViewport {
                frame_top: -350.5,
                viewport_height: 800.0
            }))
        );
        assert_eq!(
            read_pym_message("pymxPYMxgraphicxPYMxwidthxPYMx640", "graphic"),
            Some(HostMessage::Width)
        );
    }

    #[test]
    fn foreign_and_malformed_pym_messages_are_ignored() {
        for data in [
            "",
            "pym",
            "pymxPYMx",
            "pymxPYMxotherxPYMxwidthxPYMx640",
            "pymxPYMxgraphicxPYMx",
            "pymxPYMxgraphicxPYMxxPYMx640",
            "pymxPYMxgraphicxPYMxbad typexPYMx640",
            "pymxPYMxgraphicxPYMxnavigateToxPYMxjavascript:alert(1)",
            "pymxPYMxgraphicxPYMxscrollToChildPosxPYMx100",
            "pymxPYMxgraphicxPYMxviewport-iframe-positionxPYMx",
            "pymxPYMxgraphicxPYMxviewport-iframe-positionxPYMx1280 NaN 0 0 0 0",
            "pymxPYMxgraphicxPYMxviewport-iframe-positionxPYMx1280 800 Infinity",
            "pymxPYMxgraphicxPYMxviewport-iframe-positionxPYMx1280 0 10",
            "pymxPYMxgraphicxPYMxviewport-iframe-positionxPYMx1280 800",
            "pymxPYMxgraphicxPYMxviewport-iframe-positionxPYMx1280 800 abc",
            "PYMxPYMxgraphicxPYMxwidthxPYMx640",
            "xpymxPYMxgraphicxPYMxwidthxPYMx640",
        ] {
            assert_eq!(read_pym_message(data, "graphic"), None, "{data}");
        }
        // An id that is a prefix of another is not the other.
        assert_eq!(
            read_pym_message("pymxPYMxgraphic2xPYMxwidthxPYMx640", "graphic"),
            None
        );
        // Huge numbers are clamped, not refused.
        let far = read_pym_message(
            "pymxPYMxgxPYMxviewport-iframe-positionxPYMx1 1e300 -1e300 0 0 0",
            "g",
        );
        assert_eq!(
            far,
            Some(HostMessage::Viewport(HostViewport {
                frame_top: -MAX_FRAME_OFFSET,
                viewport_height: MAX_VIEWPORT_HEIGHT
            }))
        );
    }

    #[test]
    fn child_ids_are_checked() {
        let id = |query: &str| pym_child_id(&QueryMap::parse(query));
        assert_eq!(id("?embed=1&initialWidth=640&childId=pym-0-x1y2z&parentTitle=News&parentUrl=https%3A%2F%2Fa.example%2F").as_deref(), Some("pym-0-x1y2z"));
        assert_eq!(id("?childId="), None);
        assert_eq!(id("?childId=a%20b"), None);
        assert_eq!(id("?childId=axPYMxb"), None);
        assert_eq!(id("?childId=%00"), None);
        assert_eq!(id(&format!("?childId={}", "a".repeat(129))), None);
        assert_eq!(id("?lang=en"), None);
    }

    #[test]
    fn snippet_carries_section_language_theme_and_state() {
        let snippet = embed_snippet(
            "https://news.example/graphics/crash-night/embed.js",
            Some(SectionId::LeverageLab),
            Lang::En,
            Theme::Dark,
            "?lang=en&section=leverage&embed=1&lev=20&childId=x&asset=btc",
        );
        assert_eq!(
            snippet,
            "<div data-crash-night data-lang=\"en\" data-section=\"leverage\" data-theme=\"dark\" data-query=\"lev=20&amp;asset=btc\">\
             <a href=\"https://news.example/graphics/crash-night/en/#leverage\">Crash Night</a></div>\n\
             <script async src=\"https://news.example/graphics/crash-night/embed.js\"></script>"
        );
        let whole = embed_snippet(
            "https://a.example/embed.js",
            None,
            Lang::Zh,
            Theme::Auto,
            "",
        );
        assert_eq!(
            whole,
            "<div data-crash-night data-lang=\"zh\"><a href=\"https://a.example/\">崩盘之夜</a></div>\n\
             <script async src=\"https://a.example/embed.js\"></script>"
        );
        let hostile = embed_snippet(
            "https://a.example/embed.js?\"><script>",
            None,
            Lang::Zh,
            Theme::Auto,
            "?x=%22%3E&y=\"><b>",
        );
        assert_eq!(hostile.matches("<script").count(), 1, "{hostile}");
        assert!(
            !hostile.contains("<b>") && !hostile.contains("&amp;y=\""),
            "{hostile}"
        );
    }

    #[test]
    fn state_query_keeps_only_interactive_keys() {
        assert_eq!(
            state_query("?lang=en&lev=20&section=leverage&mmr=0.5&theme=dark"),
            "lev=20&mmr=0.5"
        );
        assert_eq!(
            state_query("?embed=1&initialWidth=600&parentUrl=x&parentTitle=y&childId=z"),
            ""
        );
        assert_eq!(state_query(""), "");
        assert_eq!(state_query("?&&lev&"), "lev");
    }

    #[test]
    fn only_links_to_other_documents_leave_the_frame() {
        let page = "https://a.example/x/en/?embed=1&section=leverage#leverage";
        assert!(leaves_page("https://www.binance.com/en/support/faq", page));
        assert!(
            leaves_page("https://a.example/x/", page),
            "the full story is another document"
        );
        assert!(!leaves_page(
            "https://a.example/x/en/?embed=1&section=leverage#story",
            page
        ));
        assert!(!leaves_page("javascript:alert(1)", page));
        assert!(!leaves_page("data:text/csv,a", page));
        assert!(!leaves_page("", page));
    }

    #[test]
    fn embed_script_sits_beside_the_loader() {
        assert_eq!(
            script_url_beside("https://a.example/x/boot-zh.js").as_deref(),
            Some("https://a.example/x/embed.js")
        );
        assert_eq!(
            script_url_beside("https://a.example/x/en/?lang=en#top").as_deref(),
            Some("https://a.example/x/en/embed.js")
        );
        assert_eq!(
            script_url_beside("https://a.example/x/?a=b/c").as_deref(),
            Some("https://a.example/x/embed.js")
        );
        assert_eq!(script_url_beside("nothing"), None);
    }

    #[test]
    fn host_viewport_rejects_nonsense() {
        assert_eq!(HostViewport::new(f64::NAN, 800.0), None);
        assert_eq!(HostViewport::new(0.0, 0.5), None);
        assert_eq!(
            HostViewport::new(-100.0, 800.0).map(|v| v.visible_top()),
            Some(100.0)
        );
    }
}
