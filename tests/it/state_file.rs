//! The state file's life: replaced by `--force` safely whatever moment the process dies at,
//! refused with the real reason when it cannot be used, never anything but a regular file.

use std::os::unix::fs::PermissionsExt;
use std::path::Path;
use std::process::{Child, Stdio};
use std::time::{Duration, Instant};

use crate::util::{Env, Run, START, bin};

/// Runs orgtrack on a state outside an `Env`'s usual path.
fn run_at(state: &Path, args: &[&str]) -> Run {
    let output = std::process::Command::new(bin())
        .env("NO_COLOR", "1")
        .arg("--state")
        .arg(state)
        .args(args)
        .output()
        .unwrap();
    Run::from(output, args)
}

/// The steps of a replacement a crash can interrupt (`ORGTRACK_TEST_ABORT_AT`).
const STEPS: &[&str] = &[
    "staging-created",
    "staging-filled",
    "staging-ready",
    "locked",
    "renamed",
];

fn org_named(env: &Env, name: &str) {
    env.run(&["init", "--org", name, "--clock", START]).ok();
}

fn companions(env: &Env) -> Vec<String> {
    let name = env
        .state()
        .file_name()
        .unwrap()
        .to_string_lossy()
        .into_owned();
    let mut found: Vec<String> = std::fs::read_dir(env.dir())
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with(&name) && *n != name)
        .collect();
    found.sort();
    found
}

/// Kills `replace` at every step; after each kill the state opens and is the old org or the new
/// one, and the next run removes what the killed one left.
fn survives_kills_at_every_step(replace: &[&str]) {
    for step in STEPS {
        let env = Env::empty();
        org_named(&env, "Old");
        env.run(&["user", "add", "Alex Wu", "--email", "alex@contoso.com"])
            .ok();
        let killed = env.run_with(replace, &[("ORGTRACK_TEST_ABORT_AT", step)]);
        assert_ne!(killed.code, 0, "{step}: the run was not aborted");
        let org = env.json(&["org", "show"]);
        let name = org["name"].as_str().unwrap().to_string();
        assert!(
            name == "Old" || name == "New",
            "{step}: the state holds {name}"
        );
        if *step == "renamed" {
            assert_eq!(name, "New", "{step}: renamed, yet the old org is there");
        } else {
            assert_eq!(
                name, "Old",
                "{step}: the old org was replaced before the rename"
            );
            assert_eq!(org["counts"]["users"], 1, "{step}: the old org lost a user");
        }
        assert!(
            !companions(&env).iter().any(|n| n.ends_with("-journal")),
            "{step}: a rollback journal was left: {:?}",
            companions(&env)
        );
        // A later write works, and a later --force cleans up after the killed run.
        env.run(&["settings", "set", "TrackCategorizedItems", "false"])
            .ok();
        let next = env.run(replace).ok();
        if companions(&env).iter().any(|n| n.contains(".new-")) {
            panic!("{step}: staging files left: {:?}", companions(&env));
        }
        if *step != "renamed" {
            next.stderr_has("left by an interrupted init or generate");
        }
        assert_eq!(env.json(&["org", "show"])["name"], "New");
    }
}

#[test]
fn init_force_killed_at_any_step_leaves_a_state_that_opens() {
    survives_kills_at_every_step(&["init", "--force", "--org", "New", "--clock", START]);
}

#[test]
fn generate_force_killed_at_any_step_leaves_a_state_that_opens() {
    survives_kills_at_every_step(&[
        "generate",
        "--force",
        "--org",
        "New",
        "--users",
        "3",
        "--emails-per-mailbox",
        "5",
        "--clock",
        START,
    ]);
}

#[test]
fn a_hot_rollback_journal_is_rolled_back_not_fatal() {
    let env = Env::new();
    let crashed = Env::empty();
    {
        // Copy the file and its journal in the middle of a rollback-mode write, as a crash
        // would leave them.
        let conn = rusqlite::Connection::open(env.state()).unwrap();
        conn.pragma_update(None, "journal_mode", "DELETE").unwrap();
        conn.pragma_update(None, "cache_size", 1).unwrap();
        conn.execute_batch("BEGIN IMMEDIATE; UPDATE org SET name = 'Half written';")
            .unwrap();
        conn.execute_batch(
            "CREATE TABLE filler (x BLOB); INSERT INTO filler VALUES (zeroblob(200000));",
        )
        .unwrap();
        let journal = format!("{}-journal", env.state().display());
        assert!(Path::new(&journal).exists(), "no journal during the write");
        std::fs::copy(env.state(), crashed.state()).unwrap();
        std::fs::copy(&journal, format!("{}-journal", crashed.state().display())).unwrap();
        conn.execute_batch("ROLLBACK").unwrap();
    }
    let org = crashed.json(&["org", "show"]);
    assert_eq!(org["name"], "Contoso");
    crashed
        .run(&["settings", "set", "TrackCategorizedItems", "false"])
        .ok();
}

#[test]
fn force_waits_for_a_writer_holding_the_lock() {
    let env = Env::empty();
    org_named(&env, "Old");
    let writer = rusqlite::Connection::open(env.state()).unwrap();
    writer
        .execute_batch("BEGIN IMMEDIATE; UPDATE org SET name = 'Written last';")
        .unwrap();
    let mut child = env
        .command()
        .args(["init", "--force", "--org", "New", "--clock", START])
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    std::thread::sleep(Duration::from_millis(700));
    assert!(
        child.try_wait().unwrap().is_none(),
        "init --force finished while another writer held the lock"
    );
    writer.execute_batch("COMMIT").unwrap();
    drop(writer);
    let status = wait_bounded(&mut child, Duration::from_secs(60));
    assert!(
        status.success(),
        "init --force failed after the writer ended"
    );
    assert_eq!(env.json(&["org", "show"])["name"], "New");
}

fn wait_bounded(child: &mut Child, limit: Duration) -> std::process::ExitStatus {
    let started = Instant::now();
    loop {
        if let Some(status) = child.try_wait().unwrap() {
            return status;
        }
        if started.elapsed() > limit {
            let _ = child.kill();
            panic!("orgtrack still ran after {limit:?}");
        }
        std::thread::sleep(Duration::from_millis(20));
    }
}

#[test]
fn force_refuses_what_is_not_a_regular_file() {
    run_at(Path::new("/dev/null"), &["init", "--force"])
        .code(7)
        .stderr_has("is a device, not a state file");
    use std::os::unix::fs::FileTypeExt;
    assert!(
        std::fs::metadata("/dev/null")
            .unwrap()
            .file_type()
            .is_char_device()
    );
}

#[test]
fn force_refuses_another_programs_file() {
    let env = Env::empty();
    std::fs::write(env.state(), "my notes, not a state\n").unwrap();
    env.run(&["init", "--force"])
        .code(7)
        .stderr_has("is not an orgtrack state file");
    assert_eq!(
        std::fs::read_to_string(env.state()).unwrap(),
        "my notes, not a state\n"
    );
}

#[test]
fn a_fifo_as_state_is_refused_without_hanging() {
    let env = Env::empty();
    let made = std::process::Command::new("mkfifo")
        .arg(env.state())
        .status()
        .unwrap();
    assert!(made.success());
    let mut child = env
        .command()
        .args(["org", "show"])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let status = wait_bounded(&mut child, Duration::from_secs(30));
    assert_eq!(status.code(), Some(7));
    env.run(&["init", "--force"])
        .code(7)
        .stderr_has("is a FIFO, not a state file");
}

#[test]
fn a_read_only_state_is_refused_as_read_only() {
    let env = Env::new();
    std::fs::set_permissions(env.state(), std::fs::Permissions::from_mode(0o400)).unwrap();
    let run = env.run(&["--json", "org", "show"]).code(7);
    assert_eq!(run.error_json()["error"]["code"], "read_only");
    assert!(run.stderr.contains("read-only"), "{}", run.stderr);
    assert_eq!(companions(&env), Vec::<String>::new());
}

#[test]
fn a_state_in_a_read_only_directory_is_refused_as_read_only() {
    let env = Env::empty();
    let dir = env.dir().join("locked");
    std::fs::create_dir(&dir).unwrap();
    let state = dir.join("state.db");
    run_at(&state, &["init", "--clock", START]).ok();
    std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(0o555)).unwrap();
    let run = run_at(&state, &["settings", "list"]).code(7);
    std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(0o755)).unwrap();
    assert!(
        run.stderr.contains("directory") && run.stderr.contains("read-only"),
        "{}",
        run.stderr
    );
    assert!(
        !run.stderr.contains("not an orgtrack state"),
        "{}",
        run.stderr
    );
    let names: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .flatten()
        .map(|e| e.file_name())
        .collect();
    assert_eq!(names, vec![std::ffi::OsString::from("state.db")]);
}

#[test]
fn a_state_without_schema_version_is_refused_briefly() {
    let env = Env::new();
    {
        let conn = rusqlite::Connection::open(env.state()).unwrap();
        conn.pragma_update(None, "user_version", 0).unwrap();
        conn.pragma_update(None, "journal_mode", "DELETE").unwrap();
    }
    let run = env.run(&["--json", "org", "show"]).code(7);
    assert_eq!(run.error_json()["error"]["code"], "no_schema");
    assert!(run.stderr.len() < 400, "a long refusal: {}", run.stderr);
    assert!(!run.stderr.contains("CREATE"), "{}", run.stderr);
}
