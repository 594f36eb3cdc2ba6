//! The layering of the source tree (README "Architecture"): the store imports nothing from the
//! engine, and a command module uses no other command module (shared lookups live in the store,
//! shared shapes in `view`, shared command helpers in `commands/mod.rs`).

use std::fs;
use std::path::{Path, PathBuf};

fn source(relative: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("src")
        .join(relative)
}

/// Every `.rs` file under `dir`, at any depth.
fn rust_files(dir: &Path) -> Vec<PathBuf> {
    let mut found = Vec::new();
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            found.extend(rust_files(&path));
        } else if path.extension().is_some_and(|e| e == "rs") {
            found.push(path);
        }
    }
    found
}

/// The lines of `path` that hold any of `needles`, as `file:line: text`.
fn offending(path: &Path, needles: &[String]) -> Vec<String> {
    fs::read_to_string(path)
        .unwrap()
        .lines()
        .enumerate()
        .filter(|(_, line)| needles.iter().any(|n| line.contains(n.as_str())))
        .map(|(i, line)| format!("{}:{}: {}", path.display(), i + 1, line.trim()))
        .collect()
}

/// The first path segment of everything a source text names after `prefix`:
/// `super::{Context, folder}` names `Context` and `folder`, `super::item::View` names `item`.
fn named_after(text: &str, prefix: &str) -> Vec<String> {
    let ident = |s: &str| -> String {
        s.trim_start()
            .chars()
            .take_while(|c| c.is_alphanumeric() || *c == '_')
            .collect()
    };
    let mut names = Vec::new();
    for (at, _) in text.match_indices(prefix) {
        let rest = &text[at + prefix.len()..];
        match rest.strip_prefix('{') {
            Some(group) => {
                let group = &group[..group.find('}').unwrap_or(group.len())];
                names.extend(group.split(',').map(ident));
            }
            None => names.push(ident(rest)),
        }
    }
    names
}

#[test]
fn the_store_imports_nothing_from_the_engine() {
    let needles = [
        "use crate::engine".to_string(),
        "crate::engine::".to_string(),
    ];
    let found: Vec<String> = rust_files(&source("store"))
        .iter()
        .flat_map(|file| offending(file, &needles))
        .collect();
    assert!(
        found.is_empty(),
        "store uses the engine:\n{}",
        found.join("\n")
    );
}

#[test]
fn command_modules_do_not_import_each_other() {
    let commands = source("commands");
    let modules: Vec<String> = fs::read_dir(&commands)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter_map(|p| {
            let stem = p.file_stem()?.to_str()?.to_string();
            (stem != "mod").then_some(stem)
        })
        .collect();
    assert!(modules.contains(&"mail".to_string()), "{modules:?}");
    let mut found = Vec::new();
    for file in rust_files(&commands) {
        let top_level = file.parent() == Some(commands.as_path());
        if top_level && file.file_name().is_some_and(|n| n == "mod.rs") {
            continue; // the wiring: declares every module and dispatches to it
        }
        let own = file.file_stem().unwrap().to_str().unwrap();
        let text = fs::read_to_string(&file).unwrap();
        let mut named = named_after(&text, "crate::commands::");
        if top_level {
            // Inside a submodule, `super` is its own parent module.
            named.extend(named_after(&text, "super::"));
        }
        for name in named {
            if name != own && modules.contains(&name) {
                found.push(format!("{} uses the command module {name}", file.display()));
            }
        }
    }
    assert!(
        found.is_empty(),
        "command modules import each other:\n{}",
        found.join("\n")
    );
}

#[test]
fn the_import_check_sees_imports() {
    assert_eq!(
        named_after(
            "use super::{Context, folder::x};\nsuper::item::View",
            "super::"
        ),
        ["Context", "folder", "item"]
    );
}
