//! Build-time page assembly (feature `prerender`, never in the Wasm bundle): turns Trunk's
//! `index.html` into one static page per language with the story already rendered, and moves
//! Trunk's inline loader into a file so the pages run under a CSP without `unsafe-inline`.

use crate::content::page::page_href;
use crate::content::Lang;
use crate::escape::escape;

/// Trunk's loader for `lang`'s Wasm module, moved out of the page into the site's root folder.
pub fn loader_file(lang: Lang) -> String {
    format!("boot-{}.js", lang.param())
}

/// Waits to start the app until the reader wants it, then replays what they did meanwhile.
const WAKE: &str = include_str!("../assets/wake.js");

/// Applies the reader's preferences without the Wasm module; see [`prefs_script`].
const PREFS: &str = include_str!("../assets/prefs.js");

/// The file name of [`prefs_script`] in the site's root folder.
pub const PREFS_FILE: &str = "prefs.js";

/// `assets/prefs.js` with the Rust parsers' spellings written in, so the page's script and the
/// Wasm module read `tz=`, `theme=` and `embed=` alike.
pub fn prefs_script() -> String {
    use crate::content::time::TimeZoneChoice;
    use crate::context::Theme;
    let tz: serde_json::Map<String, serde_json::Value> = TimeZoneChoice::ALIASES
        .iter()
        .map(|(alias, tz)| (alias.to_string(), tz.param().into()))
        .collect();
    let langs: serde_json::Map<String, serde_json::Value> = crate::content::Lang::ALIASES
        .iter()
        .map(|(alias, lang)| {
            let page = serde_json::json!({ "code": lang.code(), "param": lang.param() });
            (alias.to_string(), page)
        })
        .collect();
    let parsers = serde_json::json!({
        "langs": langs,
        "tz": tz,
        "themes": Theme::ALL.map(Theme::param),
        "flags": crate::state::query::TRUE_FLAGS,
    });
    PREFS.replacen(
        "/*PARSERS*/{ langs: {}, tz: {}, themes: [], flags: [] }",
        &parsers.to_string(),
        1,
    )
}

/// Splits Trunk's inline `<script type="module">…</script>` out of `html`. Returns the page with
/// a `<script type="module" src="./{loader_file}" data-loader>` in its place and the loader's
/// code, in which asset paths are resolved against the loader's own URL (not the page's), so
/// pages in sub-folders work, and the start-up waits for [`WAKE`]. `data-loader` tells the app
/// where the site's root is. Trunk's preload of the Wasm file goes: it is fetched when wanted.
pub fn extract_loader(html: &str, loader_file: &str) -> Option<(String, String)> {
    const OPEN: &str = "<script type=\"module\">";
    let start = html.find(OPEN)?;
    let body_start = start + OPEN.len();
    let end = body_start + html[body_start..].find("</script>")?;
    let code = html[body_start..end].trim();
    let code = rebase_wasm_path(code);
    let page = format!(
        "{}<script type=\"module\" src=\"./{loader_file}\" data-loader></script>{}",
        &html[..start],
        &html[end + "</script>".len()..]
    );
    // Trunk's one `rel="preload"` is the Wasm file's (its script is `rel="modulepreload"`).
    Some((
        remove_tag(
            &remove_tag(&page, "<link rel=\"preload\""),
            "<link rel=\"modulepreload\"",
        ),
        start_when_wanted(&code),
    ))
}

/// Trunk's start-up code inside `whenWanted(async () => { … })`. Its import of the
/// wasm-bindgen glue becomes a dynamic `import()` there, so the glue, like the Wasm, is fetched
/// only when wanted and stays out of the first screen.
fn start_when_wanted(code: &str) -> String {
    const GLUE: &str = "import init, * as bindings from ";
    let mut imports = Vec::new();
    let mut start = Vec::new();
    for line in code.lines() {
        match line
            .strip_prefix(GLUE)
            .and_then(|rest| rest.strip_suffix(';'))
        {
            Some(path) => {
                start.push(format!("const bindings = await import({path});"));
                start.push("const init = bindings.default;".to_string());
            }
            None if line.starts_with("import ") => imports.push(line),
            None => start.push(line.to_string()),
        }
    }
    format!(
        "{}\n\n{WAKE}\nwhenWanted(async () => {{\n{}\n}});\n",
        imports.join("\n"),
        start.join("\n").trim()
    )
}

/// `init({ module_or_path: './x_bg.wasm' })` resolves against the document; make it resolve
/// against `import.meta.url` instead.
fn rebase_wasm_path(code: &str) -> String {
    const KEY: &str = "module_or_path: '";
    let Some(start) = code.find(KEY) else {
        return code.to_string();
    };
    let path_start = start + KEY.len();
    let Some(len) = code[path_start..].find('\'') else {
        return code.to_string();
    };
    let path = &code[path_start..path_start + len];
    format!(
        "{}module_or_path: new URL('{path}', import.meta.url){}",
        &code[..start],
        &code[path_start + len + 1..]
    )
}

/// Fills the page template for `lang`: `<html lang>`, title, description, Open Graph tags, the
/// prerendered body, and relative URLs adjusted for a page `depth` folders below the root.
pub fn assemble_page(template: &str, lang: Lang, body: &str, depth: usize) -> String {
    let meta = crate::content::page::page_meta(lang);
    let prefix = "../".repeat(depth);
    let mut page = template.replace(
        "<html lang=\"zh-CN\">",
        &format!("<html lang=\"{}\">", lang.code()),
    );
    if depth > 0 {
        page = page
            .replace("href=\"./", &format!("href=\"{prefix}"))
            .replace("src=\"./", &format!("src=\"{prefix}"));
    }
    let head = format!(
        "<title>{title}</title>\n<meta name=\"description\" content=\"{description}\" />\n\
         <meta property=\"og:title\" content=\"{title}\" />\n\
         <meta property=\"og:description\" content=\"{description}\" />\n\
         <meta property=\"og:type\" content=\"article\" />\n\
         <meta property=\"og:locale\" content=\"{locale}\" />\n\
         <link rel=\"alternate\" hreflang=\"zh-CN\" href=\"{zh}\" />\n\
         <link rel=\"alternate\" hreflang=\"en\" href=\"{en}\" />\n",
        title = escape(meta.title),
        description = escape(meta.description),
        locale = meta.og_locale,
        zh = page_href(lang, Lang::Zh),
        en = page_href(lang, Lang::En),
    );
    page = replace_between(&page, "<title>", "</title>", "");
    page = remove_tag(&page, "<meta name=\"description\"");
    page = page.replacen("<title></title>", &head, 1);
    // `trunk serve` puts its live-reload script in <body>: the story goes before it.
    page.replacen("<body>", &format!("<body>{body}"), 1)
        .replacen(
            "</body>",
            &format!("<script src=\"{prefix}{PREFS_FILE}\"></script></body>"),
            1,
        )
}

pub use crate::page::render_body;

fn replace_between(text: &str, open: &str, close: &str, with: &str) -> String {
    match (text.find(open), text.find(close)) {
        (Some(a), Some(b)) if b > a => format!("{}{open}{with}{}", &text[..a], &text[b..]),
        _ => text.to_string(),
    }
}

fn remove_tag(text: &str, opening: &str) -> String {
    let Some(start) = text.find(opening) else {
        return text.to_string();
    };
    let Some(len) = text[start..].find('>') else {
        return text.to_string();
    };
    format!(
        "{}{}",
        &text[..start],
        text[start + len + 1..].trim_start_matches([' ', '\n'])
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_preferences_script_reads_what_the_rust_parsers_read() {
        let script = prefs_script();
        assert!(!script.contains("/*PARSERS*/"));
        assert!(script.contains("\"us-eastern\":\"et\""));
        assert!(script.contains("\"cn\":{\"code\":\"zh-CN\",\"param\":\"zh\"}"));
        assert!(script.contains("\"themes\":[\"auto\",\"light\",\"dark\"]"));
        assert!(script.contains("\"flags\":[\"1\",\"true\",\"yes\",\"on\",\"\"]"));
    }

    const TRUNK_LIKE: &str = "<!doctype html><html lang=\"zh-CN\"><head><title>x</title>\
        <meta name=\"description\" content=\"old\" />\
        <link rel=\"stylesheet\" href=\"./style-1.css\">\
        <script type=\"module\">\nimport init, * as bindings from './crash-night-1.js';\n\
        const wasm = await init({ module_or_path: './crash-night-1_bg.wasm' });\n</script>\
        <link rel=\"modulepreload\" href=\"./crash-night-1.js\">\
        <link rel=\"preload\" href=\"./crash-night-1_bg.wasm\" as=\"fetch\" type=\"application/wasm\">\
        </head><body></body></html>";

    #[test]
    fn loader_moves_to_a_file_and_resolves_wasm_against_itself() {
        let (page, loader) = extract_loader(TRUNK_LIKE, "boot-zh.js").unwrap();
        assert!(!page.contains("import init"));
        assert!(page.contains("<script type=\"module\" src=\"./boot-zh.js\" data-loader></script>"));
        assert!(loader.contains("await import('./crash-night-1.js');"));
        assert!(
            loader.contains("module_or_path: new URL('./crash-night-1_bg.wasm', import.meta.url)")
        );
        assert!(extract_loader("<html></html>", "boot-zh.js").is_none());
    }

    #[test]
    fn the_app_starts_when_wanted_and_neither_glue_nor_wasm_is_preloaded() {
        let (page, loader) = extract_loader(TRUNK_LIKE, "boot-zh.js").unwrap();
        // The glue too is fetched only when wanted: no static import, no modulepreload.
        assert!(!loader.contains("import init"));
        let wrapped = loader
            .find("whenWanted(async () => {\nconst bindings = await import('./crash-night-1.js');\nconst init = bindings.default;\nconst wasm = await init(")
            .unwrap();
        assert!(loader.find("function whenWanted(start)").unwrap() < wrapped);
        assert!(loader.trim_end().ends_with("});"));
        assert!(!page.contains("application/wasm"), "{page}");
        assert!(!page.contains("modulepreload"), "{page}");
    }

    #[test]
    fn under_trunk_serve_the_story_goes_before_the_live_reload_script() {
        let (page, _) = extract_loader(TRUNK_LIKE, "boot-zh.js").unwrap();
        let served = page.replace("<body></body>", "<body><script>reload()</script></body>");
        let zh = assemble_page(&served, Lang::Zh, "<main>story</main>", 0);
        assert!(zh.contains(
            "<body><main>story</main><script>reload()</script><script src=\"prefs.js\"></script></body>"
        ), "{zh}");
    }

    #[test]
    fn english_page_sits_one_folder_down() {
        let (page, _) = extract_loader(TRUNK_LIKE, "boot-en.js").unwrap();
        let en = assemble_page(&page, Lang::En, "<main>story</main>", 1);
        assert!(en.contains("<html lang=\"en\">"));
        assert!(en.contains("href=\"../style-1.css\""));
        assert!(en.contains("src=\"../boot-en.js\" data-loader"));
        assert!(en.contains("<body><main>story</main><script src=\"../prefs.js\"></script></body>"));
        assert!(en.contains("og:title"));
        assert_eq!(en.matches("<title>").count(), 1);
        assert_eq!(en.matches("name=\"description\"").count(), 1);
        assert!(!en.contains("content=\"old\""));
    }
}
