//! `prerender <trunk-dist> <out>`: writes the static site, one prerendered page per language.

use std::path::{Path, PathBuf};
use std::{env, fs, process};

use crash_night::content::Lang;
use crash_night::prerender::{assemble_page, extract_loader, page_path, render_body, LOADER_FILE};

fn main() {
    let args: Vec<PathBuf> = env::args_os().skip(1).map(PathBuf::from).collect();
    let [from, to] = args.as_slice() else {
        eprintln!("usage: prerender <trunk-dist> <out>");
        process::exit(2);
    };
    if let Err(message) = run(from, to) {
        eprintln!("prerender: {message}");
        process::exit(1);
    }
}

fn run(from: &Path, to: &Path) -> Result<(), String> {
    let read =
        |path: &Path| fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()));
    let template = read(&from.join("index.html"))?;
    let (template, loader) =
        extract_loader(&template).ok_or("no inline module script in Trunk's index.html")?;
    if to.exists() {
        fs::remove_dir_all(to).map_err(|e| format!("{}: {e}", to.display()))?;
    }
    copy_dir(from, to).map_err(|e| format!("copying {}: {e}", from.display()))?;
    fs::write(to.join(LOADER_FILE), loader).map_err(|e| e.to_string())?;
    let runtime = tokio::runtime::Builder::new_current_thread()
        .build()
        .map_err(|e| e.to_string())?;
    for lang in Lang::ALL {
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
