//! `prerender <out> <trunk-dist-zh> <trunk-dist-en>`: writes the static site from Trunk's two
//! one-language builds, one prerendered page per language, each loading its own Wasm module.

use std::path::{Path, PathBuf};
use std::{env, fs, process};

use crash_night::content::page::page_path;
use crash_night::content::Lang;
use crash_night::export;
use crash_night::page::story_chart::csv_files;
use crash_night::prerender::{
    assemble_page, extract_loader, loader_file, prefs_script, render_body, PREFS_FILE,
};

fn main() {
    let args: Vec<PathBuf> = env::args_os().skip(1).map(PathBuf::from).collect();
    let result = match args.as_slice() {
        // `trunk serve`'s post-build hook (Trunk.toml): one bilingual build, pages written in it.
        [flag, dir] if flag.as_os_str() == "--in-place" => {
            run(dir, [(Lang::Zh, dir), (Lang::En, dir)], false)
        }
        [to, zh, en] => run(to, [(Lang::Zh, zh), (Lang::En, en)], true),
        _ => {
            eprintln!("usage: prerender <out> <trunk-dist-zh> <trunk-dist-en>");
            eprintln!("       prerender --in-place <trunk-staging-dir>");
            process::exit(2);
        }
    };
    if let Err(message) = result {
        eprintln!("prerender: {message}");
        process::exit(1);
    }
}

/// Writes the site into `to` from Trunk's builds: copied there first when `fresh` (the release
/// build's two one-language builds), else written among them (`--in-place`).
fn run(to: &Path, builds: [(Lang, &PathBuf); 2], fresh: bool) -> Result<(), String> {
    let read =
        |path: &Path| fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()));
    // Each build's own index.html is only a template for the pages written below.
    let templates = builds.map(|(lang, from)| (lang, from, read(&from.join("index.html"))));
    if fresh {
        if to.exists() {
            fs::remove_dir_all(to).map_err(|e| format!("{}: {e}", to.display()))?;
        }
        // Both builds share the stylesheet and assets; their Wasm files have distinct names.
        for (_, from) in builds {
            copy_dir(from, to).map_err(|e| format!("copying {}: {e}", from.display()))?;
        }
    }
    let runtime = tokio::runtime::Builder::new_current_thread()
        .build()
        .map_err(|e| e.to_string())?;
    for (lang, from, template) in templates {
        let template = template?;
        let loader = loader_file(lang);
        let (template, code) = extract_loader(&template, &loader)
            .ok_or_else(|| format!("no inline module script in {}/index.html", from.display()))?;
        fs::write(to.join(&loader), code).map_err(|e| e.to_string())?;
        let body = runtime.block_on(render_body(lang));
        let (path, depth) = page_path(lang);
        let out = to.join(path);
        if let Some(dir) = out.parent() {
            fs::create_dir_all(dir).map_err(|e| e.to_string())?;
        }
        fs::write(&out, assemble_page(&template, lang, &body, depth)).map_err(|e| e.to_string())?;
        println!(
            "prerendered {} ({} bytes of markup)",
            out.display(),
            body.len()
        );
    }
    fs::write(to.join(PREFS_FILE), prefs_script()).map_err(|e| e.to_string())?;
    // The data behind every figure, linked from the sources section, and each chart's own.
    let data = to.join("data");
    for (lang, _) in builds {
        for (path, csv) in csv_files(lang) {
            let file = to.join(path);
            if let Some(dir) = file.parent() {
                fs::create_dir_all(dir).map_err(|e| e.to_string())?;
            }
            fs::write(file, csv).map_err(|e| e.to_string())?;
        }
    }
    fs::write(data.join("facts.json"), export::facts_json()).map_err(|e| e.to_string())?;
    fs::write(data.join("facts.csv"), export::facts_csv()).map_err(|e| e.to_string())?;
    Ok(())
}

fn copy_dir(from: &Path, to: &Path) -> std::io::Result<()> {
    fs::create_dir_all(to)?;
    for entry in fs::read_dir(from)? {
        let entry = entry?;
        let target = to.join(entry.file_name());
        if entry.file_type()?.is_dir() {
            copy_dir(&entry.path(), &target)?;
        } else {
            fs::copy(entry.path(), target)?;
        }
    }
    Ok(())
}
