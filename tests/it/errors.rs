//! The error contract: every refusal under `--json` carries its catalogued code and the exit
//! status the README's table gives it, and an I/O error names the file it was about.

use std::process::Command;

use crate::util::{Env, Run, bin};

/// The code and exit status of a JSON error, checked against each other.
#[track_caller]
fn code_of(run: &Run, status: i32) -> String {
    let doc = run.error_json();
    assert_eq!(doc["error"]["exit_code"], status, "{doc}");
    doc["error"]["code"].as_str().expect("a code").to_string()
}

#[test]
fn a_settings_file_of_only_unknown_names_is_not_found_and_a_bad_value_is_invalid() {
    let env = Env::new();
    let unknown = env.file("unknown.toml", "NoSuchSetting = true\nNorThisOne = 1\n");
    let run = env.run(&["--json", "settings", "import", &unknown]).code(3);
    assert_eq!(code_of(&run, 3), "unknown_settings_in_file");
    assert!(run.stderr.contains("NoSuchSetting") && run.stderr.contains("NorThisOne"));

    let mixed = env.file(
        "mixed.toml",
        "NoSuchSetting = true\nhashmaxcount = \"many\"\n",
    );
    let run = env.run(&["--json", "settings", "import", &mixed]).code(4);
    assert_eq!(code_of(&run, 4), "invalid_file");
}

#[test]
fn a_file_that_cannot_be_written_is_named() {
    let env = Env::new();
    let target = env.dir().join("no-such-dir/out.toml");
    let target = target.to_str().unwrap();
    let run = env
        .run(&["--json", "settings", "export", "--output", target])
        .code(1);
    assert_eq!(code_of(&run, 1), "write_failed");
    assert!(run.stderr.contains(target), "{}", run.stderr);
}

#[test]
fn a_state_directory_that_cannot_be_created_is_named() {
    let env = Env::new();
    // A regular file where a directory of the state's path should be.
    let blocker = env.file("blocker", "not a directory");
    let state = format!("{blocker}/sub/state.db");
    let output = Command::new(bin())
        .env("NO_COLOR", "1")
        .args(["--json", "--state", &state, "init"])
        .output()
        .expect("run orgtrack");
    let run = Run::from(output, &["init"]).code(1);
    assert_eq!(code_of(&run, 1), "io");
    assert!(
        run.stderr.contains(&format!("{blocker}/sub")),
        "{}",
        run.stderr
    );
}

#[test]
fn usage_errors_have_their_code_and_status() {
    let env = Env::new();
    let run = env
        .run(&["--json", "settings", "no-such-subcommand"])
        .code(2);
    assert_eq!(code_of(&run, 2), "usage");
}
