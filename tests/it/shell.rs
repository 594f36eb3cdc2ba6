//! Shell integration: completion as a shell runs it (a real bash sourcing the script
//! `orgtrack completions bash` prints, then pressing <TAB> through the function it defines),
//! and the man pages.

use std::process::Command;

use crate::util::{Env, path_with_orgtrack};

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
    let path = path_with_orgtrack();
    let output = Command::new("bash")
        .arg("-c")
        .arg(&script)
        .env("PATH", path)
        .env("ORGTRACK_STATE", env.state())
        .output()
        .expect("bash runs");
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8_lossy(&output.stdout)
        .lines()
        .filter(|l| !l.is_empty())
        .map(str::to_string)
        .collect()
}

#[test]
fn bash_completes_setting_names_and_the_states_names() {
    let env = Env::with_mailboxes(&[
        ("Alex Wu", "alex@contoso.com"),
        ("Bea Ode", "bea@contoso.com"),
    ]);
    env.run(&[
        "queue",
        "add",
        "Support",
        "--email",
        "support@contoso.com",
        "--owner",
        "Alex Wu",
    ])
    .ok();
    assert_eq!(
        bash_completes(&env, "orgtrack settings get TrackC"),
        ["TrackCategorizedItems"]
    );
    let track = bash_completes(&env, "orgtrack settings set Track");
    assert!(
        track.contains(&"TrackCategorizedItems".to_string()),
        "{track:?}"
    );
    assert!(
        track.iter().all(|name| name.starts_with("Track")),
        "{track:?}"
    );
    assert_eq!(
        bash_completes(&env, "orgtrack mailbox show b"),
        ["bea@contoso.com"]
    );
    assert_eq!(
        bash_completes(&env, "orgtrack user show al"),
        ["alex@contoso.com"]
    );
    assert_eq!(bash_completes(&env, "orgtrack queue show Sup"), ["Support"]);
    assert_eq!(
        bash_completes(&env, "orgtrack server-profile show Micro"),
        ["Microsoft Exchange Online"]
    );
    // Subcommands and options still complete from the binary itself.
    assert_eq!(bash_completes(&env, "orgtrack sett"), ["settings"]);
    // Another state, named on the line being completed, is the one read.
    let other = Env::with_mailboxes(&[("Carl Ito", "carl@contoso.com")]);
    let line = format!(
        "orgtrack --state {} mailbox show c",
        other.state().display()
    );
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

/// The section headings of a roff page.
fn sections(page: &str) -> Vec<String> {
    page.lines()
        .filter_map(|line| line.strip_prefix(".SH "))
        .map(|heading| heading.trim_matches('"').to_string())
        .collect()
}

#[test]
fn the_top_man_page_has_every_section_once() {
    let page = Env::empty().run(&["man"]).ok().stdout;
    assert!(page.contains(".TH orgtrack 1"), "not the orgtrack page");
    assert_eq!(
        sections(&page),
        [
            "NAME",
            "SYNOPSIS",
            "DESCRIPTION",
            "OPTIONS",
            "GLOBAL OPTIONS",
            "COMMANDS",
            "ENVIRONMENT",
            "FILES",
            "EXIT STATUS",
            "EXAMPLES"
        ]
    );
    for text in [
        "ORGTRACK_STATE",
        "state.db",
        "state file unusable",
        "orgtrack demo",
    ] {
        assert!(page.contains(text), "the top page lacks {text:?}");
    }
}

#[test]
fn every_command_has_its_own_man_page() {
    let env = Env::empty();
    let page = env.run(&["man", "settings", "set"]).ok().stdout;
    assert!(page.contains(".TH orgtrack-settings-set 1"), "{page}");
    assert!(sections(&page).contains(&"GLOBAL OPTIONS".to_string()));
    assert!(
        page.contains(".SH EXAMPLES\n  orgtrack settings set"),
        "the examples start right under their heading: {page}"
    );
    // The global options are on the top page only.
    assert!(!page.contains("\\-\\-columns"), "{page}");
    assert!(page.contains("see \\fBorgtrack\\fR(1)"), "{page}");
    let group = env.run(&["man", "settings"]).ok().stdout;
    assert!(group.contains("orgtrack\\-settings\\-get(1)"), "{group}");
    env.run(&["man", "settings", "frobnicate"])
        .code(2)
        .stderr_has("'orgtrack settings' has no command 'frobnicate'");

    // --install writes every page a page refers to.
    let dir = env.dir().join("man1");
    std::fs::create_dir(&dir).unwrap();
    let written = env
        .run(&["man", "--install", dir.to_str().unwrap()])
        .ok()
        .stdout;
    let files: Vec<&str> = written.lines().collect();
    assert!(files.len() > 100, "{written}");
    for name in [
        "orgtrack.1",
        "orgtrack-settings.1",
        "orgtrack-settings-get.1",
        "orgtrack-man.1",
    ] {
        assert!(dir.join(name).is_file(), "{name} missing");
    }
    for file in &files {
        let text = std::fs::read_to_string(file).unwrap();
        let refers: Vec<String> = text
            .match_indices("(1)")
            .filter_map(|(at, _)| {
                let before = &text[..at];
                let start = before
                    .rfind(|c: char| c.is_whitespace() || c == '>')
                    .map_or(0, |i| i + 1);
                let name = before[start..]
                    .replace("\\-", "-")
                    .replace("\\fB", "")
                    .replace("\\fR", "");
                name.starts_with("orgtrack").then_some(name)
            })
            .collect();
        for name in refers {
            assert!(
                dir.join(format!("{name}.1")).is_file(),
                "{file} refers to {name}(1), which was not written"
            );
        }
    }
    env.run(&["man", "--install", "/nonexistent/dir"]).code(3);
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

/// `--env` shows, completes and works only where a command works on a real environment.
#[test]
fn env_is_offered_only_where_it_works() {
    let env = Env::empty();
    for (command, offered) in [
        (&["settings", "get", "--help"][..], true),
        (&["mailbox", "approve", "--help"][..], true),
        (&["alerts", "list", "--help"][..], true),
        (&["user", "add", "--help"][..], false),
        (&["alerts", "clear", "--help"][..], false),
        (&["sync", "--help"][..], false),
    ] {
        let help = env.run(command).ok().stdout;
        assert_eq!(help.contains("--env"), offered, "{command:?}:\n{help}");
    }
    env.run(&["--env", "https://contoso.crm.dynamics.com", "user", "list"])
        .code(4)
        .stderr_has("`user list` works on the local state only");
}
