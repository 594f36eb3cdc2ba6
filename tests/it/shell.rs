//! Shell integration: completion as a shell runs it (a real bash sourcing the script
//! `orgtrack completions bash` prints, then pressing <TAB> through the function it defines),
//! and the man pages.

use std::process::Command;

use crate::util::{Env, bin};

/// What bash offers for the last word of `line` (split on spaces), with `orgtrack` on PATH.
fn bash_completes(env: &Env, line: &str) -> Vec<String> {
    let words: Vec<&str> = line.split(' ').collect();
    let quoted: Vec<String> = words.iter().map(|w| format!("'{w}'")).collect();
    let script = format!(
        "source <(orgtrack completions bash)\n\
         COMP_WORDS=({words}); COMP_CWORD={last}; COMP_TYPE=9\n\
         _clap_complete_orgtrack orgtrack '{current}' '{previous}'\n\
         printf '%s\\n' \"${{COMPREPLY[@]}}\"\n",
        words = quoted.join(" "),
        last = words.len() - 1,
        current = words[words.len() - 1],
        previous = words[words.len() - 2],
    );
    let path = format!(
        "{}:{}",
        bin().parent().unwrap().display(),
        std::env::var("PATH").unwrap_or_default()
    );
    let output = Command::new("bash")
        .arg("-c")
        .arg(&script)
        .env("PATH", path)
        .env("ORGTRACK_STATE", env.state())
        .output()
        .expect("bash runs");
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    String::from_utf8_lossy(&output.stdout)
        .lines()
        .filter(|l| !l.is_empty())
        .map(str::to_string)
        .collect()
}

#[test]
fn bash_completes_setting_names_and_the_states_names() {
    let env = Env::with_mailboxes(&[("Alex Wu", "alex@contoso.com"), ("Bea Ode", "bea@contoso.com")]);
    env.run(&["queue", "add", "Support", "--email", "support@contoso.com", "--owner", "Alex Wu"])
        .ok();
    assert_eq!(
        bash_completes(&env, "orgtrack settings get TrackC"),
        ["TrackCategorizedItems"]
    );
    let track = bash_completes(&env, "orgtrack settings set Track");
    assert!(track.contains(&"TrackCategorizedItems".to_string()), "{track:?}");
    assert!(track.iter().all(|name| name.starts_with("Track")), "{track:?}");
    assert_eq!(bash_completes(&env, "orgtrack mailbox show b"), ["bea@contoso.com"]);
    assert_eq!(bash_completes(&env, "orgtrack user show al"), ["alex@contoso.com"]);
    assert_eq!(bash_completes(&env, "orgtrack queue show Sup"), ["Support"]);
    // Subcommands and options still complete from the binary itself.
    assert_eq!(bash_completes(&env, "orgtrack sett"), ["settings"]);
    // Another state, named on the line being completed, is the one read.
    let other = Env::with_mailboxes(&[("Carl Ito", "carl@contoso.com")]);
    let line = format!("orgtrack --state {} mailbox show c", other.state().display());
    assert_eq!(bash_completes(&env, &line), ["carl@contoso.com"]);
    // No state: no names, and no error either.
    let none = Env::empty();
    assert!(bash_completes(&none, "orgtrack mailbox show a").is_empty());
}

#[test]
fn every_shell_gets_a_registration_script() {
    let env = Env::empty();
    for shell in ["bash", "zsh", "fish", "powershell", "elvish"] {
        let script = env.run(&["completions", shell]).ok().stdout;
        assert!(script.contains("COMPLETE"), "{shell}: {script}");
        assert!(script.contains("orgtrack"), "{shell}: {script}");
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
