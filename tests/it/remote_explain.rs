//! Email activities through `--env` against `orgtrack serve` on loopback: the `emails` entity
//! set with Dataverse's column names, and `explain` of a real email (by id or Message-ID).

use serde_json::Value;

use crate::automatic::{activity_id_of, reply_to_an_offer_regarding_an_account};
use crate::remote::{Server, TOKEN, http};

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
    assert!(row["messageid"].as_str().is_some_and(|m| !m.is_empty()));

    // Filtered by Message-ID, paged, counted, in $metadata; never written.
    let message_id = row["messageid"].as_str().unwrap().to_string();
    let (status, found) = get(
        &server,
        &format!(
            "emails?$filter=messageid%20eq%20'{}'&$select=activityid",
            message_id.replace('<', "%3C").replace('>', "%3E").replace('@', "%40")
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
    assert!(text.contains("<PropertyRef Name=\"activityid\"/>"), "{text}");
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
