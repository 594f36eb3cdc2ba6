//! Email activities through `--env` against `orgtrack serve` on loopback: the `emails` entity
//! set with Dataverse's column names, and `explain` of a real email (by id or Message-ID).

use std::sync::{Arc, Mutex};

use serde_json::Value;

use crate::automatic::{activity_id_of, reply_to_an_offer_regarding_an_account};
use crate::remote::{Responder, Server, TOKEN, forward, http, remote, remote_json, respond};

fn get(server: &Server, path: &str) -> (u16, Value) {
    let (status, _, body) = http(
        "GET",
        &format!("{}/api/data/v9.2/{path}", server.url),
        &[
            ("Authorization", &format!("Bearer {TOKEN}")),
            ("Prefer", "odata.include-annotations=\"*\""),
        ],
        "",
    );
    (status, serde_json::from_str(&body).unwrap_or(Value::Null))
}

/// The GUID serve gives an activity id (its `emails` rows list them in id order).
fn email_guid(server: &Server, activity: i64) -> String {
    let (status, doc) = get(server, "emails?$select=activityid,subject");
    assert_eq!(status, 200, "{doc}");
    let guid = format!("656d6c00-0000-4000-8000-{activity:012x}");
    assert!(
        doc["value"]
            .as_array()
            .unwrap()
            .iter()
            .any(|row| row["activityid"] == guid.as_str()),
        "{doc}"
    );
    guid
}

#[test]
fn serve_lists_email_activities_with_dataverse_columns() {
    let env = crate::automatic::org();
    let (_, sent, reply) = reply_to_an_offer_regarding_an_account(&env);
    let activity = activity_id_of(&env, reply);
    let server = Server::start(&env, &[]);
    let guid = email_guid(&server, activity);

    let (status, row) = get(&server, &format!("emails({guid})"));
    assert_eq!(status, 200, "{row}");
    assert_eq!(row["subject"], "RE: Offer");
    assert_eq!(row["directioncode"], false);
    // In-Reply-To: correlationmethod 3 ("Email table reference").
    assert_eq!(row["correlationmethod"], 3);
    assert_eq!(
        row["correlationmethod@OData.Community.Display.V1.FormattedValue"],
        "InReplyTo"
    );
    assert_eq!(
        row["_correlatedactivityid_value"],
        format!("656d6c00-0000-4000-8000-{sent:012x}")
    );
    assert_eq!(
        row["_regardingobjectid_value@Microsoft.Dynamics.CRM.lookuplogicalname"],
        "account"
    );
    assert_eq!(
        row["_regardingobjectid_value@OData.Community.Display.V1.FormattedValue"],
        "Fabrikam"
    );
    assert_eq!(
        row["_acceptingentityid_value@Microsoft.Dynamics.CRM.lookuplogicalname"],
        "systemuser"
    );
    assert_eq!(
        row["_receivingmailboxid_value@OData.Community.Display.V1.FormattedValue"],
        "Alex Wu"
    );
    assert_eq!(
        row["_correlatedactivityid_value@OData.Community.Display.V1.FormattedValue"],
        "Offer CRM:0001001"
    );
    assert!(row["messageid"].as_str().is_some_and(|m| !m.is_empty()));

    // Filtered by Message-ID, paged, counted, in $metadata; never written.
    let message_id = row["messageid"].as_str().unwrap().to_string();
    let (status, found) = get(
        &server,
        &format!(
            "emails?$filter=messageid%20eq%20'{}'&$select=activityid",
            message_id
                .replace('<', "%3C")
                .replace('>', "%3E")
                .replace('@', "%40")
        ),
    );
    assert_eq!(status, 200, "{found}");
    assert_eq!(found["value"].as_array().unwrap().len(), 1, "{found}");
    assert_eq!(found["value"][0]["activityid"], guid.as_str());
    let (status, _, text) = http(
        "GET",
        &format!("{}/api/data/v9.2/$metadata", server.url),
        &[("Authorization", &format!("Bearer {TOKEN}"))],
        "",
    );
    assert_eq!(status, 200);
    assert!(text.contains("<EntitySet Name=\"emails\""), "{text}");
    assert!(
        text.contains("<PropertyRef Name=\"activityid\"/>"),
        "{text}"
    );
    let (status, _, _) = http(
        "PATCH",
        &format!("{}/api/data/v9.2/emails({guid})", server.url),
        &[
            ("Authorization", &format!("Bearer {TOKEN}")),
            ("Content-Type", "application/json"),
        ],
        "{\"subject\": \"x\"}",
    );
    assert_eq!(status, 405);
    let (status, missing) = get(&server, "emails(656d6c00-0000-4000-8000-0000000fffff)");
    assert_eq!(status, 404, "{missing}");
}

#[test]
fn explain_with_env_says_why_a_served_email_was_tracked_and_linked() {
    let env = crate::automatic::org();
    let (_, sent, reply) = reply_to_an_offer_regarding_an_account(&env);
    let activity = activity_id_of(&env, reply);
    let server = Server::start(&env, &[]);
    let guid = email_guid(&server, activity);
    let sent_guid = format!("656d6c00-0000-4000-8000-{sent:012x}");

    let words = remote(&env, &server.url, &["explain", &format!("email:{guid}")])
        .ok()
        .stdout;
    let first = words.lines().next().unwrap();
    assert!(
        first.starts_with("Email 'RE: Offer' (incoming) is in Dynamics 365 since"),
        "{words}"
    );
    assert!(
        first.contains("automatic tracking: Alex Wu's email tracking option"),
        "{words}"
    );
    assert!(
        words.contains(&format!("linked to the earlier email 'Offer CRM:0001001' {sent_guid} by the In-Reply-To header, and so it is regarding account Fabrikam")),
        "{words}"
    );
    assert!(
        words.contains("Mailbox Alex Wu <alex@contoso.com>: enabled"),
        "{words}"
    );
    assert!(
        words.contains("Org settings that decide tracking: ignoreinternalemail = "),
        "{words}"
    );
    assert!(
        words.contains(&format!(
            "orgtrack --env {} mailbox show alex@contoso.com",
            server.url
        )),
        "{words}"
    );

    let doc = remote_json(&env, &server.url, &["explain", &format!("email:{guid}")]);
    assert_eq!(doc["activity"]["id"], guid.as_str());
    assert_eq!(doc["activity"]["correlation_method"], "in_reply_to");
    assert_eq!(
        doc["activity"]["correlated_activity_id"],
        sent_guid.as_str()
    );
    assert_eq!(doc["activity"]["regarding"], "Fabrikam");
    assert_eq!(doc["activity"]["regarding_kind"], "account");
    assert_eq!(doc["activity"]["accepting_entity_kind"], "systemuser");
    assert_eq!(doc["receiving_mailbox"]["email"], "alex@contoso.com");
    assert!(doc["settings"]["ignoreinternalemail"].is_boolean(), "{doc}");
    assert_eq!(doc["explanation"][0].as_str(), Some(first));

    // The same email by its Message-ID.
    let message_id = doc["activity"]["message_id"].as_str().unwrap().to_string();
    let by_message = remote_json(&env, &server.url, &["explain", "--message-id", &message_id]);
    assert_eq!(by_message["activity"]["id"], guid.as_str());
    // Locally too, by the same Message-ID.
    let local = env.json(&["explain", "--message-id", &message_id]);
    assert_eq!(local["activity"]["id"], activity);

    // An id the service does not have: exit 3; a malformed one: exit 4 naming the forms.
    remote(
        &env,
        &server.url,
        &["explain", "email:656d6c00-0000-4000-8000-0000000fffff"],
    )
    .code(3)
    .stderr_has("no email activity");
    remote(&env, &server.url, &["explain", "item:5"])
        .code(4)
        .stderr_has("email:<activityid GUID>");
}

#[test]
fn a_message_id_dynamics_does_not_have_lists_what_would_stop_it_in_order() {
    let env = crate::automatic::org();
    // A new hire: the mailbox's address not yet approved, never tested.
    env.run(&["user", "add", "Sam Lee", "--email", "sam@contoso.com"])
        .ok();
    let server = Server::start(&env, &[]);
    let run = remote(
        &env,
        &server.url,
        &[
            "explain",
            "--message-id",
            "<never@fabrikam.com>",
            "--recipient",
            "alex@contoso.com",
            "--recipient",
            "sam@contoso.com",
            "--recipient",
            "someone@elsewhere.com",
        ],
    )
    .ok();
    let words = run.stdout;
    assert!(
        words.starts_with("No email with Message-ID <never@fabrikam.com> is in Dynamics 365"),
        "{words}"
    );
    assert!(
        words.contains("someone@elsewhere.com: no mailbox in Dynamics 365"),
        "{words}"
    );
    let maria = words.split("sam@contoso.com (mailbox").nth(1).unwrap();
    assert!(
        maria.contains("2. [STOPS IT] approval of its email address: pending"),
        "{words}"
    );
    assert!(
        words.contains(&format!(
            "orgtrack --env {} mailbox approve sam@contoso.com",
            server.url
        )),
        "{words}"
    );

    let doc = remote_json(
        &env,
        &server.url,
        &[
            "explain",
            "--message-id",
            "<never@fabrikam.com>",
            "--recipient",
            "sam@contoso.com",
        ],
    );
    assert!(doc["activity"].is_null());
    let checks = doc["recipients"][0]["checks"].as_array().unwrap();
    let names: Vec<&str> = checks
        .iter()
        .map(|c| c["check"].as_str().unwrap())
        .collect();
    assert_eq!(
        names,
        [
            "mailbox_enabled",
            "email_approved",
            "server_side_sync",
            "test_passed",
            "tracking_option",
            "received_after",
            "internal_email",
            "no_errors"
        ]
    );
    assert_eq!(checks[0]["passed"], true);
    assert_eq!(checks[1]["passed"], false);
    // The option is read where the service gives it; serve offers no user settings yet.
    assert!(checks[4]["passed"].is_null() || checks[4]["passed"] == true);
}

#[test]
fn the_owners_tracking_option_is_read_where_the_service_gives_it() {
    let env = crate::automatic::org();
    let (_, _, reply) = reply_to_an_offer_regarding_an_account(&env);
    let activity = activity_id_of(&env, reply);
    let server = Server::start(&env, &[]);
    let guid = email_guid(&server, activity);
    // A service that gives Alex's user settings: "responses to Dynamics 365 email" (1).
    let upstream = server.addr();
    let asked = Arc::new(Mutex::new(Vec::new()));
    let log = Arc::clone(&asked);
    let proxy = Responder::start(move |request| {
        if request.path.contains("/usersettingscollection(") {
            log.lock().unwrap().push(request.path.clone());
            return respond(
                "200 OK",
                &[("Content-Type", "application/json")],
                r#"{"systemuserid": "x", "incomingemailfilteringmethod": 1}"#,
            );
        }
        forward(request, upstream)
    });
    let doc = remote_json(&env, &proxy.url(), &["explain", &format!("email:{guid}")]);
    assert_eq!(doc["owner_tracking_option"], "responses");
    let words = doc["explanation"].as_array().unwrap();
    assert!(
        words[0].as_str().unwrap().contains(
            "Alex Wu's email tracking option ('responses to Dynamics 365 email') accepted it"
        ),
        "{doc}"
    );
    let paths = asked.lock().unwrap().clone();
    assert_eq!(paths.len(), 1, "{paths:?}");
    assert!(
        paths[0].contains("usersettingscollection(75736572-0000-4000-8000-000000000001)"),
        "{paths:?}"
    );
}
