//! The state file: creation, refusal to overwrite, and refusal to touch what is not ours.

use std::os::unix::fs::PermissionsExt;

use crate::util::{Env, START, bin};

#[test]
fn init_creates_a_private_state_with_the_org() {
    let env = Env::empty();
    let created = env.json(&[
        "init",
        "--org",
        "Fabrikam",
        "--version",
        "9.1.0.3000",
        "--clock",
        START,
    ]);
    assert_eq!(created["org"], "Fabrikam");
    assert_eq!(created["version"], "9.1.0.3000");
    let mode = std::fs::metadata(env.state()).unwrap().permissions().mode();
    assert_eq!(mode & 0o777, 0o600, "state file mode is {mode:o}");
    let org = env.json(&["org", "show"]);
    assert_eq!(org["name"], "Fabrikam");
    assert_eq!(org["clock"], START);
    assert_eq!(org["cycle_minutes"], 15);
}

#[test]
fn init_refuses_to_overwrite_without_force() {
    let env = Env::new();
    env.run(&["settings", "set", "TrackCategorizedItems", "false"])
        .ok();
    env.run(&["init"])
        .code(5)
        .stderr_has("already exists; use --force");
    assert_eq!(
        env.json(&["settings", "get", "TrackCategorizedItems"])["value"],
        false
    );
    env.run(&["init", "--force", "--clock", START]).ok();
    assert_eq!(
        env.json(&["settings", "get", "TrackCategorizedItems"])["value"],
        true
    );
}

#[test]
fn a_missing_state_says_to_run_init() {
    let env = Env::empty();
    let run = env
        .run(&["settings", "list"])
        .code(7)
        .stderr_has("run `orgtrack init`");
    assert!(run.stdout.is_empty());
    assert!(!env.state().exists(), "nothing may be created by a read");
}

#[test]
fn state_path_comes_from_the_environment_then_xdg() {
    let env = Env::empty();
    let via_env = env.dir().join("from-env.db");
    let run = |cmd: &mut std::process::Command| {
        let output = cmd
            .args(["init", "--clock", START])
            .env("NO_COLOR", "1")
            .output()
            .unwrap();
        assert!(
            output.status.success(),
            "{}",
            String::from_utf8_lossy(&output.stderr)
        );
    };
    run(std::process::Command::new(bin()).env("ORGTRACK_STATE", &via_env));
    assert!(via_env.exists());
    let xdg = env.dir().join("xdg");
    run(std::process::Command::new(bin())
        .env_remove("ORGTRACK_STATE")
        .env("XDG_DATA_HOME", &xdg));
    assert!(xdg.join("orgtrack/state.db").exists());
}

fn assert_untouched(env: &Env, original: &[u8]) {
    assert_eq!(
        std::fs::read(env.state()).unwrap(),
        original,
        "the file was modified"
    );
    for suffix in ["-wal", "-shm"] {
        let companion = format!("{}{suffix}", env.state().display());
        assert!(
            !std::path::Path::new(&companion).exists(),
            "{companion} was created"
        );
    }
}

#[test]
fn random_bytes_are_refused_and_left_untouched() {
    let env = Env::empty();
    let garbage: Vec<u8> = (0..4096u32)
        .map(|i| (i.wrapping_mul(2654435761) >> 13) as u8)
        .collect();
    std::fs::write(env.state(), &garbage).unwrap();
    env.run(&["settings", "list"])
        .code(7)
        .stderr_has("is not an orgtrack state file");
    env.run(&["settings", "set", "TrackCategorizedItems", "false"])
        .code(7);
    assert_untouched(&env, &garbage);
}

#[test]
fn another_sqlite_database_is_refused_and_left_untouched() {
    let env = Env::empty();
    {
        let conn = rusqlite::Connection::open(env.state()).unwrap();
        conn.execute_batch("CREATE TABLE notes (body TEXT); INSERT INTO notes VALUES ('hello');")
            .unwrap();
    }
    let original = std::fs::read(env.state()).unwrap();
    env.run(&["org", "show"])
        .code(7)
        .stderr_has("another program");
    assert_untouched(&env, &original);
}

#[test]
fn a_newer_schema_is_refused_and_left_untouched() {
    let env = Env::new();
    {
        let conn = rusqlite::Connection::open(env.state()).unwrap();
        conn.pragma_update(None, "journal_mode", "DELETE").unwrap();
        conn.pragma_update(None, "user_version", 999).unwrap();
    }
    let original = std::fs::read(env.state()).unwrap();
    let run = env.run(&["--json", "settings", "list"]).code(7);
    assert_eq!(run.error_json()["error"]["code"], "newer_schema");
    assert_untouched(&env, &original);
}
