//! Shell integration: the checked-in completion scripts must match what the binary generates,
//! and the man page must carry the exit codes. Regenerate with
//! `UPDATE_COMPLETIONS=1 cargo test --test it shell::`.

use std::path::Path;

use crate::util::Env;

const SHELLS: &[(&str, &str)] = &[
    ("bash", "orgtrack.bash"),
    ("zsh", "_orgtrack"),
    ("fish", "orgtrack.fish"),
    ("powershell", "_orgtrack.ps1"),
    ("elvish", "orgtrack.elv"),
];

#[test]
fn checked_in_completions_match_the_binary() {
    let env = Env::empty();
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("completions");
    for (shell, file) in SHELLS {
        let generated = env.run(&["completions", shell]).ok().stdout;
        assert!(
            generated.contains("settings"),
            "{shell} completion lacks the settings command"
        );
        let path = dir.join(file);
        if std::env::var_os("UPDATE_COMPLETIONS").is_some() {
            std::fs::write(&path, &generated).unwrap();
        }
        let checked_in = std::fs::read_to_string(&path).unwrap_or_default();
        assert!(
            checked_in == generated,
            "completions/{file} is out of date: run UPDATE_COMPLETIONS=1 cargo test --test it shell::"
        );
    }
}

#[test]
fn man_page_documents_commands_and_exit_codes() {
    let page = Env::empty().run(&["man"]).ok().stdout;
    assert!(
        page.starts_with(".ie") || page.contains(".TH orgtrack"),
        "not a roff page"
    );
    for text in ["EXIT STATUS", "state file unusable", "settings"] {
        assert!(page.contains(text), "man page lacks {text:?}");
    }
}

#[test]
fn an_unknown_command_is_a_usage_error() {
    Env::empty().run(&["frobnicate"]).code(2);
}

#[test]
fn usage_errors_are_json_under_json() {
    let env = Env::empty();
    for args in [
        &["--json", "frobnicate"][..],
        &["--format", "ndjson", "settings", "get"][..],
    ] {
        let run = env.run(args).code(2);
        let error = run.error_json();
        assert_eq!(error["error"]["code"], "usage");
        assert_eq!(error["error"]["exit_code"], 2);
        assert!(run.stdout.is_empty());
    }
    let plain = env.run(&["settings", "get"]).code(2);
    assert!(plain.stderr.contains("Usage:"), "{}", plain.stderr);
    let help = env.run(&["--json", "--help"]).ok();
    assert!(help.stdout.contains("Usage:"));
}

#[test]
fn color_always_colours_redirected_messages_and_never_does_not() {
    let env = Env::empty();
    let always = env
        .run(&["--color", "always", "settings", "get", "nosuch"])
        .code(3);
    assert!(
        always.stderr.contains("\x1b[31merror:"),
        "{:?}",
        always.stderr
    );
    let never = env
        .run(&["--color", "never", "settings", "get", "nosuch"])
        .code(3);
    assert!(never.stderr.starts_with("error:"), "{:?}", never.stderr);
}
