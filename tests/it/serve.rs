//! `orgtrack serve` as an HTTP service on loopback: hostile queries, concurrent writers,
//! binding rules, links and ETags, and what OData clients discover (service document,
//! `$metadata`, `$count`, string functions, `Prefer`, formatted values).

use std::io::{Read, Write};
use std::net::TcpStream;
use std::time::{Duration, Instant};

use serde_json::Value;

use crate::remote::{ORG, Server, TOKEN, http};
use crate::util::Env;

fn bearer() -> String {
    format!("Bearer {TOKEN}")
}

/// GET `path` under the API root with the test token: status, lower-case head, body.
fn get(server: &Server, path: &str) -> (u16, String, String) {
    get_with(server, path, &[])
}

fn get_with(server: &Server, path: &str, headers: &[(&str, &str)]) -> (u16, String, String) {
    let auth = bearer();
    let mut all = vec![("Authorization", auth.as_str())];
    all.extend_from_slice(headers);
    http(
        "GET",
        &format!("{}/api/data/v9.2/{path}", server.url),
        &all,
        "",
    )
}

fn json_of(body: &str) -> Value {
    serde_json::from_str(body).unwrap_or_else(|e| panic!("{e}: {body}"))
}

#[test]
fn deep_or_long_filters_are_answered_400_and_the_server_lives_on() {
    let env = Env::new();
    let server = Server::start(&env, &[]);
    let deep = format!(
        "{}name%20eq%20'x'{}",
        "(".repeat(10_000),
        ")".repeat(10_000)
    );
    let (status, _, body) = get(&server, &format!("mailboxes?$filter={deep}"));
    assert_eq!(status, 400, "{body}");
    let error = json_of(&body);
    assert_eq!(error["error"]["code"], "0x80060888");
    assert!(
        error["error"]["message"]
            .as_str()
            .unwrap()
            .contains("nested deeper than 100 levels"),
        "{body}"
    );
    let nots = "not%20".repeat(5_000);
    let (status, _, body) = get(&server, &format!("mailboxes?$filter={nots}name%20eq%20'x'"));
    assert_eq!(status, 400, "{body}");
    let long = "x".repeat(40_000);
    let (status, _, body) = get(&server, &format!("mailboxes?$filter=name%20eq%20'{long}'"));
    assert_eq!(status, 400, "{body}");
    assert!(body.contains("characters long"), "{body}");
    // Still serving, and the message does not echo the whole query back.
    assert!(body.len() < 1_000, "{} bytes", body.len());
    let (status, _, _) = get(&server, "WhoAmI");
    assert_eq!(status, 200);
}

/// PATCH the organization row: status, lower-case head, body.
fn patch(server: &Server, if_match: &[&str], body: &str) -> (u16, String, String) {
    let auth = bearer();
    let mut headers = vec![
        ("Authorization", auth.as_str()),
        ("Content-Type", "application/json"),
    ];
    for tag in if_match {
        headers.push(("If-Match", tag));
    }
    http(
        "PATCH",
        &format!("{}/api/data/v9.2/{ORG}", server.url),
        &headers,
        body,
    )
}

fn header<'a>(head: &'a str, name: &str) -> Option<&'a str> {
    head.lines()
        .find_map(|line| line.strip_prefix(&format!("{name}: ")))
        .map(str::trim)
}

/// The organization row's current ETag.
fn etag(server: &Server) -> String {
    let (status, _, body) = get(server, ORG);
    assert_eq!(status, 200, "{body}");
    json_of(&body)["@odata.etag"].as_str().unwrap().to_string()
}

#[test]
fn reads_go_on_while_the_write_lock_is_held_and_writes_answer_503() {
    let env = Env::new();
    let server = Server::start(&env, &[]);
    // Another program holds the state's write lock (as a long import does).
    let holder = rusqlite::Connection::open(env.state()).unwrap();
    holder.execute_batch("BEGIN IMMEDIATE").unwrap();
    let url = server.url.clone();
    let waiting_write = std::thread::spawn(move || {
        let started = Instant::now();
        let auth = bearer();
        let answer = http(
            "PATCH",
            &format!("{url}/api/data/v9.2/{ORG}"),
            &[
                ("Authorization", auth.as_str()),
                ("Content-Type", "application/json"),
            ],
            r#"{"hashmaxcount": 30}"#,
        );
        (answer, started.elapsed())
    });
    std::thread::sleep(Duration::from_millis(200));
    let started = Instant::now();
    for path in ["WhoAmI", "RetrieveVersion", ORG, "mailboxes", "tracelogs"] {
        let (status, _, body) = get(&server, path);
        assert_eq!(status, 200, "{path}: {body}");
    }
    assert!(
        started.elapsed() < Duration::from_secs(20),
        "reads are answered while a write waits for the lock"
    );
    let ((status, head, body), took) = waiting_write.join().unwrap();
    assert_eq!(status, 503, "{body}");
    assert_eq!(header(&head, "retry-after"), Some("1"), "{head}");
    assert_eq!(json_of(&body)["error"]["code"], "0x80040216");
    assert!(took < Duration::from_secs(20), "the write gave up early");
    holder.execute_batch("ROLLBACK").unwrap();
    drop(holder);
    let (status, _, body) = patch(&server, &[], r#"{"hashmaxcount": 30}"#);
    assert_eq!(status, 204, "{body}");
    assert_eq!(env.json(&["settings", "get", "hashmaxcount"])["value"], 30);
}

#[test]
fn other_machines_get_tls_or_an_explicit_clear_text() {
    let env = Env::new();
    let run = env.run(&["serve", "--listen", "0.0.0.0:0"]).code(4);
    assert!(
        run.stderr.contains("--tls-cert and --tls-key")
            && run.stderr.contains("--allow-clear-text"),
        "{}",
        run.stderr
    );
    env.run(&["serve", "--listen", "[::]:0", "--json"])
        .code(4)
        .stderr_has("\"code\":\"clear_text_refused\"");
    let token_file = env.file("token", &format!("{TOKEN}\n"));
    let server = Server::launch(
        &env,
        &[
            "serve",
            "--listen",
            "0.0.0.0:0",
            "--allow-clear-text",
            "--token-file",
            &token_file,
        ],
    );
    let log = server.stderr.lock().unwrap().clone();
    assert!(log.contains("in plain HTTP"), "{log}");
    let port = server.url.rsplit(':').next().unwrap().to_string();
    let (status, _, body) = get(&server, "WhoAmI");
    assert_eq!(status, 200, "{body}");
    assert!(
        json_of(&body)["@odata.context"]
            .as_str()
            .unwrap()
            .starts_with(&format!("http://127.0.0.1:{port}/api/data/v9.2/$metadata#")),
        "{body}"
    );
}

/// One raw HTTP/1.1 exchange, as written: the whole answer.
fn raw(server: &Server, request: &str) -> String {
    let mut stream = TcpStream::connect(server.addr()).unwrap();
    stream.write_all(request.as_bytes()).unwrap();
    let mut answer = String::new();
    stream.read_to_string(&mut answer).unwrap();
    answer
}

#[test]
fn links_name_the_server_not_the_host_header() {
    let env = Env::new();
    for i in 0..3 {
        crate::directory::add_user(&env, &format!("User {i}"), &format!("user{i}@contoso.com"));
    }
    let server = Server::start(&env, &["--max-page-size", "2"]);
    let answer = raw(
        &server,
        &format!(
            "GET /api/data/v9.2/mailboxes HTTP/1.1\r\nHost: attacker.example\r\nAuthorization: {}\r\nConnection: close\r\n\r\n",
            bearer()
        ),
    );
    let body = json_of(answer.split_once("\r\n\r\n").unwrap().1);
    let base = format!("{}/api/data/v9.2/", server.url);
    assert!(
        body["@odata.context"].as_str().unwrap().starts_with(&base),
        "{body}"
    );
    assert!(
        body["@odata.nextLink"].as_str().unwrap().starts_with(&base),
        "{body}"
    );
    assert!(!answer.contains("attacker.example"), "{answer}");

    let public = Server::start(
        &env,
        &["--public-url", "https://orgtrack.example.com:8443/"],
    );
    let (_, _, body) = get(&public, "WhoAmI");
    assert!(
        json_of(&body)["@odata.context"]
            .as_str()
            .unwrap()
            .starts_with("https://orgtrack.example.com:8443/api/data/v9.2/$metadata#"),
        "{body}"
    );
    env.run(&["serve", "--public-url", "https://user:pw@example.com/x"])
        .code(4)
        .stderr_has("--public-url 'https://<redacted>@example.com/x'");
}

#[test]
fn a_client_trickling_its_headers_is_cut_off() {
    let env = Env::new();
    let server = Server::start(&env, &[]);
    let mut stream = TcpStream::connect(server.addr()).unwrap();
    stream
        .set_read_timeout(Some(Duration::from_millis(500)))
        .unwrap();
    stream
        .write_all(b"GET /api/data/v9.2/WhoAmI HTTP/1.1\r\nHost: x\r\n")
        .unwrap();
    let started = Instant::now();
    let mut buffer = [0u8; 512];
    let closed = loop {
        if started.elapsed() > Duration::from_secs(40) {
            break false;
        }
        // One more header byte now and then: never the end of the headers.
        if stream.write_all(b"X").is_err() {
            break true;
        }
        match stream.read(&mut buffer) {
            Ok(0) => break true,
            Ok(_) => continue,
            Err(e)
                if matches!(
                    e.kind(),
                    std::io::ErrorKind::WouldBlock | std::io::ErrorKind::TimedOut
                ) => {}
            Err(_) => break true,
        }
    };
    assert!(closed, "the connection stayed open for 40 s");
    // Whoever sends a whole request is still answered.
    let (status, _, _) = get(&server, "WhoAmI");
    assert_eq!(status, 200);
}

#[test]
fn etags_stay_when_nothing_changes_and_if_match_takes_a_list() {
    let env = Env::new();
    let server = Server::start(&env, &[]);
    let first = etag(&server);
    let (status, head, body) = patch(&server, &[&first], r#"{"hashmaxcount": 40}"#);
    assert_eq!(status, 204, "{body}");
    let second = etag(&server);
    assert_ne!(second, first);
    assert_eq!(
        header(&head, "etag"),
        Some(second.to_ascii_lowercase().as_str())
    );
    // The same value again: nothing changes, so neither does the ETag.
    let (status, head, body) = patch(&server, &[&second], r#"{"hashmaxcount": 40}"#);
    assert_eq!(status, 204, "{body}");
    assert_eq!(
        header(&head, "etag"),
        Some(second.to_ascii_lowercase().as_str())
    );
    assert_eq!(etag(&server), second);
    // A list matches when any of its tags does (RFC 9110), in one field or in several.
    let list = format!("W/\"999999\", {second}");
    let (status, _, body) = patch(&server, &[&list], r#"{"hashmaxcount": 41}"#);
    assert_eq!(status, 204, "{body}");
    let third = etag(&server);
    let (status, _, body) = patch(&server, &["W/\"1\"", &third], r#"{"hashmaxcount": 42}"#);
    assert_eq!(status, 204, "{body}");
    let (status, _, body) = patch(&server, &["W/\"1\", W/\"2\""], r#"{"hashmaxcount": 43}"#);
    assert_eq!(status, 412, "{body}");
    assert_eq!(env.json(&["settings", "get", "hashmaxcount"])["value"], 42);
}

// ---- discovery: what an off-the-shelf OData client reads ----

/// Alex (user), Support (queue), and a third mailbox to count.
fn three_mailboxes() -> Env {
    let env = Env::new();
    crate::directory::add_user(&env, "Alex Wu", "alex@contoso.com");
    crate::directory::add_user(&env, "Maria Garcia", "maria@fabrikam.com");
    crate::directory::add_queue(&env, "Support", "support@contoso.com", "Alex Wu");
    env
}

#[test]
fn the_service_document_and_metadata_describe_what_is_served() {
    let env = Env::new();
    let server = Server::start(&env, &[]);
    for root in ["", "/"] {
        let auth = bearer();
        let (status, _, body) = http(
            "GET",
            &format!("{}/api/data/v9.2{root}", server.url),
            &[("Authorization", auth.as_str())],
            "",
        );
        assert_eq!(status, 200, "{body}");
        let doc = json_of(&body);
        assert_eq!(
            doc["@odata.context"],
            format!("{}/api/data/v9.2/$metadata", server.url)
        );
        let names: Vec<(&str, &str)> = doc["value"]
            .as_array()
            .unwrap()
            .iter()
            .map(|v| (v["name"].as_str().unwrap(), v["kind"].as_str().unwrap()))
            .collect();
        assert_eq!(
            names,
            [
                ("organizations", "EntitySet"),
                ("mailboxes", "EntitySet"),
                ("tracelogs", "EntitySet"),
                ("emailserverprofiles", "EntitySet"),
                ("emails", "EntitySet"),
                ("systemusers", "EntitySet"),
                ("usersettingscollection", "EntitySet"),
                ("queues", "EntitySet"),
                ("mailboxtrackingfolders", "EntitySet"),
                ("accounts", "EntitySet"),
                ("contacts", "EntitySet"),
                ("leads", "EntitySet"),
                ("WhoAmI", "FunctionImport"),
                ("RetrieveVersion", "FunctionImport"),
            ]
        );
    }
    let (status, head, xml) = get(&server, "$metadata");
    assert_eq!(status, 200, "{xml}");
    assert_eq!(header(&head, "content-type"), Some("application/xml"));
    assert!(xml.starts_with("<?xml"), "{xml}");
    for part in [
        "<edmx:Edmx Version=\"4.0\"",
        "<Schema Namespace=\"Microsoft.Dynamics.CRM\" Alias=\"mscrm\"",
        "<EntitySet Name=\"mailboxes\" EntityType=\"Microsoft.Dynamics.CRM.mailbox\"/>",
        "<EntityType Name=\"tracelog\"><Key><PropertyRef Name=\"tracelogid\"/></Key>",
        "<EntityType Name=\"email\"><Key><PropertyRef Name=\"activityid\"/></Key>",
        "<Property Name=\"incomingemaildeliverymethod\" Type=\"Edm.Int32\"/>",
        "<Property Name=\"trackingprefix\" Type=\"Edm.String\"/>",
        "<FunctionImport Name=\"WhoAmI\" Function=\"Microsoft.Dynamics.CRM.WhoAmI\"/>",
    ] {
        assert!(xml.contains(part), "{part}");
    }
    let (status, _, _) = http(
        "POST",
        &format!("{}/api/data/v9.2/$metadata", server.url),
        &[("Authorization", bearer().as_str())],
        "",
    );
    assert_eq!(status, 405);
}

#[test]
fn count_and_string_functions_filter_collections() {
    let env = three_mailboxes();
    let server = Server::start(&env, &["--max-page-size", "1"]);
    let (status, head, body) = get(&server, "mailboxes/$count");
    assert_eq!(status, 200, "{body}");
    assert!(
        header(&head, "content-type")
            .unwrap()
            .starts_with("text/plain")
    );
    assert_eq!(body, "3");
    let (_, _, body) = get(
        &server,
        "mailboxes/$count?$filter=endswith(emailaddress,'@CONTOSO.com')",
    );
    assert_eq!(body, "2");
    let (_, _, body) = get(&server, "tracelogs/$count");
    assert_eq!(body, "0");

    let names = |query: &str| -> (Vec<String>, Value) {
        let (status, _, body) = get(&server, &format!("mailboxes?{query}"));
        assert_eq!(status, 200, "{query}: {body}");
        let page = json_of(&body);
        let names = page["value"]
            .as_array()
            .unwrap()
            .iter()
            .map(|m| m["name"].as_str().unwrap().to_string())
            .collect();
        (names, page)
    };
    let (found, page) = names("$filter=contains(name,'ar')&$count=true");
    assert_eq!(found, ["Maria Garcia"]);
    assert_eq!(page["@odata.count"], 1);
    let (found, page) = names(
        "$filter=startswith(emailaddress,'a')%20or%20startswith(name,'sup')&$orderby=name&$count=true",
    );
    assert_eq!(found, ["Alex Wu"], "one row per page");
    assert_eq!(
        page["@odata.count"], 2,
        "the count is of every matching row"
    );
    assert!(
        page["@odata.nextLink"]
            .as_str()
            .unwrap()
            .contains("$count=true")
    );
    let (_, page) = names("$select=name");
    assert!(page.get("@odata.count").is_none());

    for bad in [
        "mailboxes?$count=yes",
        "mailboxes(6d627800-0000-4000-8000-000000000001)/$count",
        "WhoAmI/$count",
        "mailboxes?$filter=contains(name)",
        "mailboxes?$filter=contains(nosuch,'x')",
    ] {
        let (status, _, body) = get(&server, bad);
        assert_eq!(status, 400, "{bad}: {body}");
        assert_eq!(json_of(&body)["error"]["code"], "0x80060888", "{bad}");
    }
}

#[test]
fn formatted_values_come_when_annotations_are_asked_for() {
    let env = three_mailboxes();
    env.run(&["mailbox", "approve", "Support"]).ok();
    // The other two are not approved: their tests fail (exit 1).
    env.run(&["mailbox", "test-enable", "--all"]).code(1);
    let server = Server::start(&env, &[]);
    let support = "mailboxes?$filter=name%20eq%20'Support'";
    let row = |prefer: Option<&str>| -> (Value, String) {
        let headers: Vec<(&str, &str)> = prefer.map(|p| ("Prefer", p)).into_iter().collect();
        let (status, head, body) = get_with(&server, support, &headers);
        assert_eq!(status, 200, "{body}");
        (json_of(&body)["value"][0].clone(), head)
    };
    let formatted = |column: &str| format!("{column}@OData.Community.Display.V1.FormattedValue");

    let (plain, _) = row(None);
    assert!(
        plain.as_object().unwrap().keys().all(|k| !k.contains('@')),
        "no annotations unless asked: {plain}"
    );

    let (annotated, head) = row(Some(
        "odata.include-annotations=\"OData.Community.Display.V1.FormattedValue\"",
    ));
    assert_eq!(annotated["emailrouteraccessapproval"], 1);
    assert_eq!(
        annotated[formatted("emailrouteraccessapproval")],
        "Approved"
    );
    assert_eq!(annotated["statecode"], 0);
    assert_eq!(annotated[formatted("statecode")], "Active");
    let labels = [
        "None",
        "Microsoft Dynamics 365 for Outlook",
        "Server-Side Synchronization or Email Router",
        "Forward Mailbox",
    ];
    let incoming = annotated["incomingemaildeliverymethod"].as_u64().unwrap() as usize;
    assert_eq!(
        annotated[formatted("incomingemaildeliverymethod")],
        labels[incoming]
    );
    let status = annotated["incomingemailstatus"].as_u64().unwrap() as usize;
    assert_eq!(
        annotated[formatted("incomingemailstatus")],
        ["Not Run", "Success", "Failure"][status]
    );
    assert_eq!(annotated[formatted("enabledforact")], "No");
    assert_eq!(annotated[formatted("_regardingobjectid_value")], "Support");
    assert!(
        annotated
            .get("_regardingobjectid_value@Microsoft.Dynamics.CRM.lookuplogicalname")
            .is_none(),
        "only the annotations asked for"
    );
    assert!(
        head.contains("preference-applied: odata.include-annotations=\"odata.community.display.v1.formattedvalue\""),
        "{head}"
    );

    let (everything, _) = row(Some(
        "odata.include-annotations=\"*\", odata.maxpagesize=10",
    ));
    assert_eq!(
        everything["_regardingobjectid_value@Microsoft.Dynamics.CRM.lookuplogicalname"],
        "queue"
    );
    assert_eq!(everything[formatted("actdeliverymethod")], "None");

    let (status, _, body) = get_with(
        &server,
        "tracelogs?$top=1",
        &[("Prefer", "odata.include-annotations=\"*\"")],
    );
    assert_eq!(status, 200, "{body}");
    let alert = &json_of(&body)["value"][0];
    let level = alert["level"].as_u64().unwrap() as usize;
    assert_eq!(
        alert[formatted("level")],
        ["", "Information", "Warning", "Error"][level]
    );
}

#[test]
fn a_patch_can_answer_with_the_row() {
    let env = Env::new();
    let server = Server::start(&env, &[]);
    let auth = bearer();
    let url = format!(
        "{}/api/data/v9.2/{ORG}?$select=hashmaxcount,trackingprefix",
        server.url
    );
    let (status, head, body) = http(
        "PATCH",
        &url,
        &[
            ("Authorization", auth.as_str()),
            ("Content-Type", "application/json"),
            ("Prefer", "return=representation"),
        ],
        r#"{"hashmaxcount": 45}"#,
    );
    assert_eq!(status, 200, "{body}");
    assert_eq!(
        header(&head, "preference-applied"),
        Some("return=representation")
    );
    let row = json_of(&body);
    assert_eq!(row["hashmaxcount"], 45);
    assert_eq!(row["trackingprefix"], "CRM");
    assert!(
        row.get("maximumtrackingnumber").is_none(),
        "$select applies"
    );
    assert_eq!(
        row["@odata.context"],
        format!(
            "{}/api/data/v9.2/$metadata#organizations/$entity",
            server.url
        )
    );
    let tag = row["@odata.etag"].as_str().unwrap();
    assert_eq!(
        header(&head, "etag"),
        Some(tag.to_ascii_lowercase().as_str())
    );
    assert_eq!(etag(&server), tag);
    let (status, _, body) = patch(&server, &[], r#"{"hashmaxcount": 46}"#);
    assert_eq!(status, 204, "without the preference: {body}");
}
