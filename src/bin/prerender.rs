//! `prerender <out> <trunk-dist-zh> <trunk-dist-en>`: writes the static site from Trunk's two
//! one-language builds, one prerendered page per language, each loading its own Wasm module.

use std::path::{Path, PathBuf};
use std::{env, fs, process};

use crash_night::content::page::page_path;
use crash_night::content::Lang;
use crash_night::export;
use crash_night::prerender::{assemble_page, extract_loader, loader_file, render_body};

fn main() {
    let args: Vec<PathBuf> = env::args_os().skip(1).map(PathBuf::from).collect();
    let [to, zh, en] = args.as_slice() else {
        eprintln!("usage: prerender <out> <trunk-dist-zh> <trunk-dist-en>");
        process::exit(2);
    };
    if let Err(message) = run(to, [(Lang::Zh, zh), (Lang::En, en)]) {
        eprintln!("prerender: {message}");
        process::exit(1);
    }
}

fn run(to: &Path, builds: [(Lang, &PathBuf); 2]) -> Result<(), String> {
    let read =
        |path: &Path| fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()));
    if to.exists() {
        fs::remove_dir_all(to).map_err(|e| format!("{}: {e}", to.display()))?;
    }
    let runtime = tokio::runtime::Builder::new_current_thread()
        .build()
        .map_err(|e| e.to_string())?;
    // Both builds share the stylesheet and assets; their Wasm files have distinct hashed names.
    // Copied first: each build's own index.html is only a template for the pages written below.
    for (_, from) in builds {
        copy_dir(from, to).map_err(|e| format!("copying {}: {e}", from.display()))?;
    }
    for (lang, from) in builds {
        let template = read(&from.join("index.html"))?;
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
    // The data behind every figure, linked from the sources section.
    let data = to.join("data");
    fs::create_dir_all(&data).map_err(|e| e.to_string())?;
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
