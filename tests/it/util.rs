//! A small builder around the real binary: every test runs `orgtrack` as a user would, on its
//! own temporary state file, and asserts on exit code, stdout and stderr.
// Not every test module uses every helper.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::Command;

use serde_json::Value;
use tempfile::TempDir;

/// The simulated clock every test org starts at, so times in assertions are fixed.
pub const START: &str = "2026-01-05T09:00:00Z";

pub struct Env {
    dir: TempDir,
    state: PathBuf,
}

impl Env {
    /// A fresh org at the default version (9.2.25101.0), clock at `START`.
    pub fn new() -> Env {
        let env = Env::empty();
        env.run(&["init", "--clock", START]).ok();
        env
    }

    pub fn with_version(version: &str) -> Env {
        let env = Env::empty();
        env.run(&["init", "--clock", START, "--version", version])
            .ok();
        env
    }

    /// A fresh org (default version) whose users' mailboxes are approved and tested, so sync
    /// cycles process them: `&[("Alex Wu", "alex@contoso.com"), ...]`.
    pub fn with_mailboxes(users: &[(&str, &str)]) -> Env {
        Env::new().ready(users)
    }

    /// `with_mailboxes` on an org of the given version.
    pub fn with_version_and_mailboxes(version: &str, users: &[(&str, &str)]) -> Env {
        Env::with_version(version).ready(users)
    }

    fn ready(self, users: &[(&str, &str)]) -> Env {
        for (name, email) in users {
            self.run(&["user", "add", name, "--email", email]).ok();
        }
        let mut approve = vec!["mailbox", "approve"];
        approve.extend(users.iter().map(|(_, email)| *email));
        self.run(&approve).ok();
        self.run(&["mailbox", "test-enable", "--all"]).ok();
        self
    }

    /// A temporary directory with no state file yet.
    pub fn empty() -> Env {
        let dir = tempfile::tempdir().expect("temp dir");
        let state = dir.path().join("state.db");
        Env { dir, state }
    }

    pub fn dir(&self) -> &Path {
        self.dir.path()
    }

    pub fn state(&self) -> &Path {
        &self.state
    }

    /// Writes a file in the temporary directory and returns its path as a string.
    pub fn file(&self, name: &str, contents: &str) -> String {
        let path = self.dir.path().join(name);
        std::fs::write(&path, contents).expect("write test file");
        path.to_string_lossy().into_owned()
    }

    pub fn command(&self) -> Command {
        let mut cmd = Command::new(bin());
        cmd.env_remove("ORGTRACK_STATE");
        // Remote mode reads these; a test sets the ones it means.
        for var in [
            "ORGTRACK_TOKEN",
            "ORGTRACK_TENANT_ID",
            "ORGTRACK_CLIENT_ID",
            "ORGTRACK_CLIENT_SECRET",
            "ORGTRACK_AUTHORITY",
            "ORGTRACK_CA_CERT",
            "ORGTRACK_TIMEOUT",
            "ORGTRACK_MAX_PAGES",
            "ORGTRACK_IMDS_ENDPOINT",
        ] {
            cmd.env_remove(var);
        }
        cmd.env("NO_COLOR", "1")
            .env("XDG_DATA_HOME", self.dir.path().join("xdg-data"))
            .env("XDG_CONFIG_HOME", self.dir.path().join("xdg-config"))
            .env("XDG_STATE_HOME", self.dir.path().join("xdg-state"))
            .arg("--state")
            .arg(&self.state);
        cmd
    }

    pub fn run(&self, args: &[&str]) -> Run {
        Run::from(
            self.command().args(args).output().expect("run orgtrack"),
            args,
        )
    }

    /// `run` with extra environment variables.
    pub fn run_with(&self, args: &[&str], vars: &[(&str, &str)]) -> Run {
        let mut cmd = self.command();
        cmd.args(args).envs(vars.iter().copied());
        Run::from(cmd.output().expect("run orgtrack"), args)
    }

    /// Runs with `--json`, expects exit 1 (a command that prints its rows, then says some
    /// failed) and returns the parsed stdout.
    pub fn json_failed(&self, args: &[&str]) -> Value {
        let mut all = vec!["--json"];
        all.extend_from_slice(args);
        self.run(&all).code(1).json()
    }

    /// Runs with `--json`, expects success and returns the parsed stdout.
    pub fn json(&self, args: &[&str]) -> Value {
        let mut all = vec!["--json"];
        all.extend_from_slice(args);
        self.run(&all).ok().json()
    }
}

/// The orgtrack binary under test.
pub fn bin() -> &'static Path {
    assert_cmd::cargo::cargo_bin!("orgtrack")
}

/// `PATH` with this build's `orgtrack` first, for scripts that call it by name.
pub fn path_with_orgtrack() -> String {
    format!(
        "{}:{}",
        bin().parent().unwrap().display(),
        std::env::var("PATH").unwrap_or_default()
    )
}

pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
    args: String,
}

impl Run {
    pub fn from(output: std::process::Output, args: &[&str]) -> Run {
        Run {
            code: output.status.code().unwrap_or(-1),
            stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
            args: args.join(" "),
        }
    }

    #[track_caller]
    pub fn ok(self) -> Run {
        self.code(0)
    }

    #[track_caller]
    pub fn code(self, expected: i32) -> Run {
        assert_eq!(
            self.code, expected,
            "`orgtrack {}` exited {} (expected {expected})\nstdout:\n{}\nstderr:\n{}",
            self.args, self.code, self.stdout, self.stderr
        );
        self
    }

    #[track_caller]
    pub fn stderr_has(self, text: &str) -> Run {
        assert!(
            self.stderr.contains(text),
            "stderr of `orgtrack {}` lacks {text:?}:\n{}",
            self.args,
            self.stderr
        );
        self
    }

    #[track_caller]
    pub fn stdout_has(self, text: &str) -> Run {
        assert!(
            self.stdout.contains(text),
            "stdout of `orgtrack {}` lacks {text:?}:\n{}",
            self.args,
            self.stdout
        );
        self
    }

    #[track_caller]
    pub fn json(&self) -> Value {
        serde_json::from_str(&self.stdout).unwrap_or_else(|e| {
            panic!(
                "stdout of `orgtrack {}` is not JSON ({e}):\n{}",
                self.args, self.stdout
            )
        })
    }

    /// The JSON error document printed on stderr under `--json`.
    #[track_caller]
    pub fn error_json(&self) -> Value {
        serde_json::from_str(self.stderr.trim()).unwrap_or_else(|e| {
            panic!(
                "stderr of `orgtrack {}` is not JSON ({e}):\n{}",
                self.args, self.stderr
            )
        })
    }
}

/// The corpora shipped beside the project (`../shared/corpora`).
pub fn corpora() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpora")
}
