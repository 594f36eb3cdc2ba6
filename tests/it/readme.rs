//! The README's examples, run as written: every ```sh block whose first line is an `orgtrack`
//! command, in README order, as one bash script each (`set -euo pipefail`), in one fresh home
//! directory shared by all blocks (so later blocks build on earlier ones), with this build's
//! `orgtrack` first on PATH. Blocks of other commands (`cargo`, shell set-up) are not run.

use std::process::Command;

use crate::util::path_with_orgtrack;

/// The ```sh blocks of `text` that start with an `orgtrack` command.
fn orgtrack_blocks(text: &str) -> Vec<String> {
    let mut blocks = Vec::new();
    let mut current: Option<Vec<&str>> = None;
    for line in text.lines() {
        match (&mut current, line.trim_end()) {
            (None, "```sh") => current = Some(Vec::new()),
            (Some(lines), "```") => {
                if lines.first().is_some_and(|l| l.starts_with("orgtrack ")) {
                    blocks.push(lines.join("\n"));
                }
                current = None;
            }
            (Some(lines), _) => lines.push(line),
            (None, _) => {}
        }
    }
    blocks
}

#[test]
fn readme_examples_run_as_written() {
    let readme =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).unwrap();
    let blocks = orgtrack_blocks(&readme);
    assert!(
        blocks.len() >= 4,
        "only {} runnable blocks found",
        blocks.len()
    );
    let home = tempfile::tempdir().unwrap();
    let path = path_with_orgtrack();
    for block in blocks {
        let output = Command::new("bash")
            .arg("-c")
            .arg(format!("set -euo pipefail\n{block}"))
            .current_dir(home.path())
            .env("PATH", &path)
            .env("HOME", home.path())
            .env("XDG_DATA_HOME", home.path().join("data"))
            .env("XDG_CONFIG_HOME", home.path().join("config"))
            .env("XDG_STATE_HOME", home.path().join("state"))
            .env_remove("ORGTRACK_STATE")
            .env_remove("ORGTRACK_TOKEN")
            .env_remove("ORGTRACK_CLIENT_SECRET")
            .output()
            .expect("bash runs");
        assert!(
            output.status.success(),
            "this README block failed ({}):\n{block}\nstderr:\n{}",
            output.status,
            String::from_utf8_lossy(&output.stderr)
        );
    }
}
