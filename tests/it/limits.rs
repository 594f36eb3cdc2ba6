//! Inputs out of bounds are refused before anything changes: times, cycle counts.

use crate::util::{Env, START};

#[test]
fn a_clock_near_year_10000_is_refused_at_init() {
    let env = Env::empty();
    let run = env
        .run(&["--json", "init", "--clock", "9999-12-31T23:50:00Z"])
        .code(4);
    assert_eq!(run.error_json()["error"]["code"], "time_out_of_range");
    assert!(run.stderr.contains("9000-01-01"), "{}", run.stderr);
    assert!(!env.state().exists());
}

#[test]
fn sync_never_moves_the_clock_out_of_range() {
    let env = Env::empty();
    env.run(&["init", "--clock", "8999-12-31T23:50:00Z"]).ok();
    let run = env.run(&["--json", "sync"]).code(4);
    assert_eq!(run.error_json()["error"]["code"], "time_out_of_range");
    let clock = env.json(&["clock", "show"]);
    assert_eq!(clock["clock"], "8999-12-31T23:50:00Z");
    assert_eq!(clock["cycles_run"], 0);
}

#[test]
fn a_far_until_is_refused_before_any_cycle() {
    let env = Env::new();
    let run = env
        .run(&["--json", "sync", "--until", "8000-01-01T00:00:00Z"])
        .code(4);
    assert_eq!(run.error_json()["error"]["code"], "too_many_cycles");
    assert!(run.stderr.contains("at most 100000"), "{}", run.stderr);
    let clock = env.json(&["clock", "show"]);
    assert_eq!(clock["clock"], START);
    assert_eq!(clock["cycles_run"], 0);
}
