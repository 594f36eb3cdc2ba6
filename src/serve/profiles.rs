//! The `emailserverprofiles` table as `serve` offers it: the state's email server profiles as
//! EmailServerProfile rows ("EmailServerProfile table/entity reference"): `servertype`, the
//! credential retrieval of both directions, `processemailsreceivedafter`, the owner and
//! `sendemailalert`.

use rusqlite::Connection;
use serde_json::{Map, Value, json};

use crate::error::Result;
use crate::model::{Authentication, ServerType};
use crate::remote::odata::{Column, FORMATTED, Table, choice, column};
use crate::store::profiles::{self, Profile};
use crate::time;

macro_rules! labels {
    ($set:ident: $($variant:ident),+) => {
        &[$(($set::$variant.number(), $set::$variant.label())),+]
    };
}

const SERVER_TYPES: &[(i64, &str)] = labels!(ServerType: ExchangeServer, Pop3Smtp,
    ExchangeServerHybrid, ExchangeOnlineHybrid, ImapSmtp, ExchangeOnline);
const CREDENTIALS: &[(i64, &str)] = labels!(Authentication: UserOrQueue, Profile, ServerToServer,
    WindowsIntegrated, Anonymous, GmailOauth, HybridModernAuth, AzureAdOauth);

pub(super) const COLUMNS: &[Column] = &[
    column("emailserverprofileid", "Edm.Guid"),
    column("name", "Edm.String"),
    choice("servertype", SERVER_TYPES),
    choice("incomingcredentialretrieval", CREDENTIALS),
    choice("outgoingcredentialretrieval", CREDENTIALS),
    column("processemailsreceivedafter", "Edm.DateTimeOffset"),
    column("_ownerid_value", "Edm.Guid"),
    column("sendemailalert", "Edm.Boolean"),
];

fn row(profile: &Profile) -> Map<String, Value> {
    let owner = "_ownerid_value";
    let mut row = json!({
        "emailserverprofileid": Table::EmailServerProfile.guid(profile.id),
        "name": profile.name,
        "servertype": profile.server_type.number(),
        "incomingcredentialretrieval": profile.authentication.number(),
        "outgoingcredentialretrieval": profile.authentication.number(),
        "processemailsreceivedafter": profile.process_email_from.map(time::format),
        owner: profile.owner_id.map(|id| Table::SystemUser.guid(id)),
        "sendemailalert": profile.notify_owner,
    });
    if profile.owner_id.is_some() {
        row[format!("{owner}{FORMATTED}")] = json!(profile.owner);
    }
    match row {
        Value::Object(map) => map,
        _ => unreachable!("a JSON object literal"),
    }
}

/// Every profile's row, or the one with the GUID `key` (none when it names no profile).
pub(super) fn rows(conn: &Connection, key: Option<&str>) -> Result<Vec<Map<String, Value>>> {
    let wanted = key.map(|k| Table::EmailServerProfile.id_of(k));
    Ok(profiles::list(conn)?
        .iter()
        .filter(|p| wanted.is_none_or(|id| id == Some(p.id)))
        .map(row)
        .collect())
}
