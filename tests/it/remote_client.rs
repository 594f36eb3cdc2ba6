//! The remote client against hostile or broken services on loopback: paging loops, endless
//! next links, absurd `Retry-After` values, and secrets put into environment URLs.

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use serde_json::{Value, json};

use crate::remote::{Responder, Server, TOKEN, remote, remote_with, respond};
use crate::util::Env;

/// One `tracelogs` page of `rows` alerts numbered from `first`, pointing on to `next`.
fn tracelog_page(base: &str, first: usize, rows: usize, next: Option<&str>) -> Vec<u8> {
    let value: Vec<Value> = (first..first + rows)
        .map(|n| {
            json!({
                "tracelogid": format!("74726163-0000-4000-8000-{n:012x}"),
                "level": 2,
                "text": format!("alert {n}"),
                "createdon": "2026-01-05T09:00:00Z",
                "modifiedon": "2026-01-05T09:00:00Z",
            })
        })
        .collect();
    let mut body = json!({ "value": value });
    if let Some(next) = next {
        body["@odata.nextLink"] = json!(format!("{base}/api/data/v9.2/tracelogs?{next}"));
    }
    respond(
        "200 OK",
        &[("Content-Type", "application/json")],
        &body.to_string(),
    )
}

/// A service whose base URL the answering closure needs: set once the responder listens.
fn with_base(
    answer: impl Fn(&str, &crate::remote::Request) -> Vec<u8> + Send + Sync + 'static,
) -> Responder {
    let base = Arc::new(std::sync::OnceLock::<String>::new());
    let seen = Arc::clone(&base);
    let responder = Responder::start(move |request| answer(seen.get().unwrap(), request));
    base.set(responder.url()).unwrap();
    responder
}

#[test]
fn a_paging_loop_between_two_pages_stops_with_exit_6() {
    let env = Env::new();
    // The first page links to A, A to B, B back to A: never the same page twice in a row.
    let service = with_base(|base, request| {
        if request.path.contains("skiptoken=A") {
            tracelog_page(base, 10, 2, Some("$skiptoken=B"))
        } else if request.path.contains("skiptoken=B") {
            tracelog_page(base, 20, 2, Some("$skiptoken=A"))
        } else {
            tracelog_page(base, 0, 2, Some("$skiptoken=A"))
        }
    });
    let run = remote(
        &env,
        &service.url(),
        &["--format", "ndjson", "alerts", "list"],
    )
    .code(6)
    .stderr_has("a paging loop");
    assert_eq!(service.hits(), 3, "no page is asked for twice");
    // Rows are written as their pages arrive, not gathered first.
    let texts: Vec<String> = run
        .stdout
        .lines()
        .map(|line| serde_json::from_str::<Value>(line).unwrap()["text"].to_string())
        .collect();
    assert_eq!(
        texts,
        [
            "alert 0", "alert 1", "alert 10", "alert 11", "alert 20", "alert 21"
        ]
        .map(|t| format!("\"{t}\""))
    );
}

#[test]
fn endless_next_links_stop_at_the_page_bound() {
    let env = Env::new();
    let counter = Arc::new(AtomicUsize::new(0));
    let service = with_base(move |base, _| {
        let n = counter.fetch_add(1, Ordering::SeqCst);
        tracelog_page(base, n, 1, Some(&format!("$skiptoken={}", n + 1)))
    });
    remote_with(
        &env,
        &service.url(),
        &["--json", "alerts", "list"],
        &[("ORGTRACK_TOKEN", TOKEN), ("ORGTRACK_MAX_PAGES", "5")],
    )
    .code(6)
    .stderr_has("\"code\":\"remote_protocol\"")
    .stderr_has("more than 5 pages of results (ORGTRACK_MAX_PAGES sets the bound)");
    assert_eq!(service.hits(), 5);
    remote_with(
        &env,
        &service.url(),
        &["alerts", "list"],
        &[("ORGTRACK_TOKEN", TOKEN), ("ORGTRACK_MAX_PAGES", "0")],
    )
    .code(4)
    .stderr_has("ORGTRACK_MAX_PAGES '0' must be a number of pages from 1 to 1000000");
}

#[test]
fn an_absurd_retry_after_never_panics() {
    let env = Env::new();
    let server = Server::start(&env, &[]);
    let proxy = Responder::busy_once(
        server.addr(),
        "503 Service Unavailable",
        &[("Retry-After", "1e20")],
    );
    let run = remote(
        &env,
        &proxy.url(),
        &["--json", "settings", "get", "hashmaxcount"],
    )
    .ok()
    .stderr_has("busy (HTTP 503); retry 1 of 3 in 1s");
    assert_eq!(run.json()["value"], 20);
}

#[test]
fn credentials_in_environment_urls_are_refused_and_never_printed() {
    let env = Env::new();
    let secret = "S3cretPassw0rd";
    let token = "eyJ0eXAiOiJKV1QiLCJhbGciOi";
    for (url, hidden) in [
        (
            format!("https://admin:{secret}@contoso.crm.dynamics.com"),
            secret,
        ),
        (format!("http://admin:{secret}@127.0.0.1:9"), secret),
        (
            format!("https://contoso.crm.dynamics.com/?access_token={token}"),
            token,
        ),
        (format!("admin:{secret}@contoso"), secret),
    ] {
        for json in [false, true] {
            let mut args = vec!["--env", url.as_str()];
            if json {
                args.push("--json");
            }
            args.extend(["settings", "list"]);
            let run = env.run(&args);
            assert!(matches!(run.code, 3 | 4), "{url}: {}", run.stderr);
            assert!(run.stderr.contains("<redacted>"), "{}", run.stderr);
            assert!(
                !run.stderr.contains(hidden) && !run.stdout.contains(hidden),
                "{}",
                run.stderr
            );
            let mut args = vec!["env", "add", "prod", url.as_str()];
            if json {
                args.insert(0, "--json");
            }
            let run = env.run(&args).code(4);
            assert!(
                !run.stderr.contains(hidden) && !run.stdout.contains(hidden),
                "{}",
                run.stderr
            );
        }
    }
    env.run(&[
        "--env",
        &format!("https://admin:{secret}@contoso.crm.dynamics.com"),
        "settings",
        "list",
    ])
    .code(4)
    .stderr_has("credentials do not belong in the URL");
    env.run(&[
        "--env",
        &format!("https://contoso.crm.dynamics.com/?access_token={token}"),
        "settings",
        "list",
    ])
    .code(4)
    .stderr_has("may carry a token");
    assert!(
        !env.dir().join("xdg-config/orgtrack/config.toml").exists(),
        "nothing was added"
    );
    // A configuration edited by hand is listed without its secret, and refused when used.
    let config = env.dir().join("xdg-config/orgtrack");
    std::fs::create_dir_all(&config).unwrap();
    std::fs::write(
        config.join("config.toml"),
        format!("[env.prod]\nurl = \"https://admin:{secret}@contoso.crm.dynamics.com\"\n"),
    )
    .unwrap();
    let run = env.run(&["--json", "env", "list"]).ok();
    assert!(!run.stdout.contains(secret), "{}", run.stdout);
    let run = env.run(&["--env", "prod", "settings", "list"]).code(4);
    assert!(!run.stderr.contains(secret), "{}", run.stderr);
}
