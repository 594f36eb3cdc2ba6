//! Help that never lies: every argument says what it takes, every leaf command shows examples,
//! and every example parses with the options that exist today.

use clap::Command;

/// The options clap adds on its own; their help is clap's.
const CLAP_OWN: [&str; 2] = ["help", "version"];

/// The widest `--help` gets: `max_term_width` of `Cli` (clap keeps its getter to itself).
const HELP_WIDTH: usize = 100;

/// Words that end the orgtrack part of an example line: what follows is the shell's.
const SHELL_OPERATORS: [&str; 6] = ["|", ">", ">>", "<", "&&", ";"];

fn walk(cmd: &Command, path: &str, width: usize, failures: &mut Vec<String>) {
    if cmd.get_about().is_none() {
        failures.push(format!("{path}: no about"));
    }
    for arg in cmd.get_arguments() {
        let id = arg.get_id().as_str();
        if arg.is_hide_set() || CLAP_OWN.contains(&id) {
            continue;
        }
        if arg.get_help().is_none() {
            failures.push(format!("{path}: argument {id} has no help"));
        }
    }
    let examples = cmd
        .get_after_help()
        .map(ToString::to_string)
        .and_then(|text| {
            text.split_once("Examples:\n")
                .map(|(_, lines)| lines.to_owned())
        });
    let leaf = cmd.get_subcommands().next().is_none();
    match examples {
        None if leaf => failures.push(format!("{path}: no \"Examples:\" after_help")),
        None => {}
        Some(lines) => check_examples(path, &lines, width, failures),
    }
    // clap's own `help` subcommand is not ours to document.
    for sub in cmd
        .get_subcommands()
        .filter(|s| s.get_name() != "help" && !s.is_hide_set())
    {
        walk(sub, &format!("{path} {}", sub.get_name()), width, failures);
    }
}

fn check_examples(path: &str, text: &str, width: usize, failures: &mut Vec<String>) {
    // A wrapped line can no longer be copied as it is: a long example goes on over lines that
    // end in a backslash, as in a shell.
    for line in text.lines() {
        if line.chars().count() > width {
            failures.push(format!(
                "{path}: example line wider than {width} columns: {line}"
            ));
        }
    }
    let joined = text.replace(" \\\n", " ");
    let examples: Vec<&str> = joined
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect();
    if examples.is_empty() || examples.len() > 3 {
        failures.push(format!("{path}: {} examples, want 1 to 3", examples.len()));
    }
    for example in examples {
        let Some(words) = shlex::split(example) else {
            failures.push(format!("{path}: example does not split: {example}"));
            continue;
        };
        if words.first().map(String::as_str) != Some("orgtrack") {
            failures.push(format!(
                "{path}: example does not start with orgtrack: {example}"
            ));
            continue;
        }
        let end = words
            .iter()
            .position(|w| SHELL_OPERATORS.contains(&w.as_str()))
            .unwrap_or(words.len());
        match super::command().try_get_matches_from(&words[..end]) {
            Err(e) => {
                let reason = e.render().to_string();
                let reason = reason.lines().next().unwrap_or_default();
                failures.push(format!(
                    "{path}: example does not parse: {example}: {reason}"
                ));
            }
            // The parser takes --env everywhere; the commands that cannot use it refuse it later.
            Ok(matches)
                if words
                    .iter()
                    .any(|w| w == "--env" || w.starts_with("--env="))
                    && !super::works_remotely(&super::path_of(&matches)) =>
            {
                failures.push(format!(
                    "{path}: example uses --env, which it refuses: {example}"
                ));
            }
            Ok(_) => {}
        }
    }
}

#[test]
fn every_argument_has_help_and_every_command_examples_that_parse() {
    // As people see it: --env hidden where it is refused.
    let root = super::command();
    let mut failures = Vec::new();
    walk(&root, "orgtrack", HELP_WIDTH, &mut failures);
    assert!(
        failures.is_empty(),
        "{} help problems:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
