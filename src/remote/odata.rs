//! The Dataverse Web API vocabulary the client and `orgtrack serve` share: the API path, GUIDs
//! for the state's numbered rows, the error document, and how mailboxes and alerts look as
//! `mailboxes` and `tracelogs` rows. Keeping both directions here keeps them in step.

use chrono::{DateTime, Utc};
use serde_json::{Map, Value, json};

use crate::model::tracking::{CorrelationMethod, EmailDirection};
use crate::model::{
    ActMethod, AlertLevel, Approval, IncomingMethod, OutgoingMethod, OwnerKind, Status,
    alerts as alert_kinds,
};
use crate::store::alerts::StoredAlert;
use crate::store::mailboxes::Mailbox;
use crate::time;

/// Where the Web API lives under an environment's URL.
pub const API_PATH: &str = "/api/data/v9.2/";

/// Annotation naming the table a lookup points to (`systemuser`, `queue`, `mailbox`).
pub const LOOKUP_TABLE: &str = "@Microsoft.Dynamics.CRM.lookuplogicalname";
/// Annotation carrying a lookup's display name.
pub const FORMATTED: &str = "@OData.Community.Display.V1.FormattedValue";

/// Error codes `orgtrack serve` answers with, as Dataverse does.
pub mod codes {
    /// A value the attribute does not accept.
    pub const INVALID_VALUE: &str = "0x80048514";
    /// A query naming an unknown property, or a malformed query option.
    pub const BAD_QUERY: &str = "0x80060888";
    /// No row with that id.
    pub const NOT_FOUND: &str = "0x80040217";
    /// If-Match named a version the row no longer has.
    pub const STALE_VERSION: &str = "0x80060882";
}

/// The tables whose rows `orgtrack serve` gives GUIDs: a state's numbered rows become stable
/// GUIDs whose first group names the table and whose last group holds the number, so serve can
/// map them back without keeping a second id.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Table {
    Organization,
    BusinessUnit,
    SystemUser,
    Queue,
    Mailbox,
    TraceLog,
    EmailServerProfile,
    MailboxTrackingFolder,
    /// Email activities.
    Email,
    /// Records (accounts, contacts, leads, opportunities, cases): one id space.
    Record,
}

impl Table {
    const fn tag(self) -> u32 {
        match self {
            Table::Organization => 0x6f72_6700,
            Table::BusinessUnit => 0x6275_0000,
            Table::SystemUser => 0x7573_6572,
            Table::Queue => 0x7175_6575,
            Table::Mailbox => 0x6d62_7800,
            Table::TraceLog => 0x7472_6163,
            Table::EmailServerProfile => 0x6573_7000,
            Table::MailboxTrackingFolder => 0x6d74_6600,
            Table::Email => 0x656d_6c00,
            Table::Record => 0x7265_6300,
        }
    }

    pub fn guid(self, id: i64) -> String {
        format!("{:08x}-0000-4000-8000-{:012x}", self.tag(), id)
    }

    /// The number inside a GUID of this table (any case), or None for any other text.
    pub fn id_of(self, guid: &str) -> Option<i64> {
        let guid = guid.trim().to_ascii_lowercase();
        let prefix = format!("{:08x}-0000-4000-8000-", self.tag());
        let digits = guid.strip_prefix(&prefix)?;
        if digits.len() != 12 || !digits.bytes().all(|b| b.is_ascii_hexdigit()) {
            return None;
        }
        i64::from_str_radix(digits, 16).ok()
    }
}

/// The logical name of the table of a record kind: a case is an `incident` ("Incident (Case)
/// table/entity reference"); custom kinds are their own logical names.
pub fn record_table(kind: &str) -> &str {
    match kind {
        "case" => "incident",
        other => other,
    }
}

/// The record kind of a table's logical name (the inverse of `record_table`).
pub fn record_kind(table: &str) -> &str {
    match table {
        "incident" => "case",
        other => other,
    }
}

/// Whether `text` has the 8-4-4-4-12 shape of a GUID.
pub fn is_guid(text: &str) -> bool {
    let groups: Vec<&str> = text.split('-').collect();
    groups.len() == 5
        && groups
            .iter()
            .zip([8, 4, 4, 4, 12])
            .all(|(g, n)| g.len() == n && g.bytes().all(|b| b.is_ascii_hexdigit()))
}

/// The error document Dataverse answers with.
pub fn error_body(code: &str, message: &str) -> Value {
    json!({ "error": { "code": code, "message": message } })
}

/// The code and message of an error document, if `body` is one.
pub fn parse_error(body: &str) -> Option<(String, String)> {
    let doc: Value = serde_json::from_str(body).ok()?;
    let error = doc.get("error")?;
    let text = |key: &str| {
        error
            .get(key)
            .and_then(Value::as_str)
            .unwrap_or("")
            .to_string()
    };
    Some((text("code"), text("message")))
}

/// Percent-encodes a query option value (spaces as %20, never `+`, which OData reads as a plus).
pub fn encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for byte in text.bytes() {
        match byte {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' | b',' => {
                out.push(byte as char)
            }
            _ => out.push_str(&format!("%{byte:02X}")),
        }
    }
    out
}

/// An OData string literal: quoted, with quotes doubled.
pub fn string_literal(text: &str) -> String {
    format!("'{}'", text.replace('\'', "''"))
}

/// A column of a served table: its name, its EDM type (for `$metadata`) and, for a choice
/// (option set), the labels of its values (`@OData.Community.Display.V1.FormattedValue`).
pub struct Column {
    pub name: &'static str,
    pub edm: &'static str,
    pub labels: &'static [(i64, &'static str)],
}

pub const fn column(name: &'static str, edm: &'static str) -> Column {
    Column {
        name,
        edm,
        labels: &[],
    }
}

pub const fn choice(name: &'static str, labels: &'static [(i64, &'static str)]) -> Column {
    Column {
        name,
        edm: "Edm.Int32",
        labels,
    }
}

// The default options of the Dataverse mailbox table ("mailbox EntityType" in the Web API
// reference); the tracelog levels are the words `alerts list` prints, capitalised.
const STATUS: &[(i64, &str)] = &[(0, "Not Run"), (1, "Success"), (2, "Failure")];
const INCOMING: &[(i64, &str)] = &[
    (0, "None"),
    (1, "Microsoft Dynamics 365 for Outlook"),
    (2, "Server-Side Synchronization or Email Router"),
    (3, "Forward Mailbox"),
];
const OUTGOING: &[(i64, &str)] = &[
    (0, "None"),
    (1, "Microsoft Dynamics 365 for Outlook"),
    (2, "Server-Side Synchronization or Email Router"),
];
const ACT: &[(i64, &str)] = &[
    (0, "Microsoft Dynamics 365 for Outlook"),
    (1, "Server-Side Synchronization"),
    (2, "None"),
];
const APPROVAL: &[(i64, &str)] = &[
    (0, "Empty"),
    (1, "Approved"),
    (2, "Pending Approval"),
    (3, "Rejected"),
];
const STATE: &[(i64, &str)] = &[(0, "Active"), (1, "Inactive")];
const STATUS_REASON: &[(i64, &str)] = &[(1, "Active"), (2, "Inactive")];
const LEVEL: &[(i64, &str)] = &[(1, "Information"), (2, "Warning"), (3, "Error")];

/// The `mailboxes` columns orgtrack reads and serve offers.
pub const MAILBOX_COLUMNS: &[Column] = &[
    column("mailboxid", "Edm.Guid"),
    column("name", "Edm.String"),
    column("emailaddress", "Edm.String"),
    column("_regardingobjectid_value", "Edm.Guid"),
    column("_emailserverprofile_value", "Edm.Guid"),
    choice("incomingemaildeliverymethod", INCOMING),
    choice("outgoingemaildeliverymethod", OUTGOING),
    choice("actdeliverymethod", ACT),
    choice("incomingemailstatus", STATUS),
    choice("outgoingemailstatus", STATUS),
    choice("actstatus", STATUS),
    choice("emailrouteraccessapproval", APPROVAL),
    column("enabledforincomingemail", "Edm.Boolean"),
    column("enabledforoutgoingemail", "Edm.Boolean"),
    column("enabledforact", "Edm.Boolean"),
    choice("statecode", STATE),
    choice("statuscode", STATUS_REASON),
    column("testemailconfigurationscheduled", "Edm.Boolean"),
    column("processemailreceivedafter", "Edm.DateTimeOffset"),
    column("lastsuccessfulsynccompletedon", "Edm.DateTimeOffset"),
    column("createdon", "Edm.DateTimeOffset"),
];

/// The `tracelogs` columns orgtrack reads and serve offers.
pub const TRACELOG_COLUMNS: &[Column] = &[
    column("tracelogid", "Edm.Guid"),
    choice("level", LEVEL),
    column("text", "Edm.String"),
    column("tracecode", "Edm.Int32"),
    column("_regardingobjectid_value", "Edm.Guid"),
    column("createdon", "Edm.DateTimeOffset"),
    column("modifiedon", "Edm.DateTimeOffset"),
];

/// `correlationmethod` as the Email table reference lists its options.
const CORRELATION: &[(i64, &str)] = &[
    (0, "None"),
    (1, "Skipped"),
    (2, "XHeader"),
    (3, "InReplyTo"),
    (4, "TrackingToken"),
    (5, "ConversationIndex"),
    (6, "SmartMatching"),
    (7, "CustomCorrelation"),
];

const STATES: &[(i64, &str)] = &[(0, "Open"), (1, "Completed"), (2, "Canceled")];

/// The `emails` columns orgtrack serves and reads ("Email table/entity reference"): only what
/// the simulator keeps on an activity.
pub const EMAIL_COLUMNS: &[Column] = &[
    column("activityid", "Edm.Guid"),
    column("subject", "Edm.String"),
    column("messageid", "Edm.String"),
    column("trackingtoken", "Edm.String"),
    column("directioncode", "Edm.Boolean"),
    choice("correlationmethod", CORRELATION),
    column("_regardingobjectid_value", "Edm.Guid"),
    column("_parentactivityid_value", "Edm.Guid"),
    column("_correlatedactivityid_value", "Edm.Guid"),
    column("_ownerid_value", "Edm.Guid"),
    column("_acceptingentityid_value", "Edm.Guid"),
    column("_receivingmailboxid_value", "Edm.Guid"),
    choice("statecode", STATES),
    column("createdon", "Edm.DateTimeOffset"),
];

/// The names of `columns`, comma separated (a `$select`).
pub fn select(columns: &[Column]) -> String {
    columns.iter().map(|c| c.name).collect::<Vec<_>>().join(",")
}

/// The `statecode` and `statuscode` of an enabled (Active) or disabled (Inactive) mailbox.
pub fn state_columns(enabled: bool) -> Value {
    if enabled {
        json!({ "statecode": 0, "statuscode": 1 })
    } else {
        json!({ "statecode": 1, "statuscode": 2 })
    }
}

/// A local mailbox as a `mailboxes` row (with its lookup annotations). `syncs` are the
/// `enabledfor*` flags: whether cycles process incoming, outgoing and ACT.
pub fn mailbox_row(mailbox: &Mailbox, syncs: [bool; 3]) -> Map<String, Value> {
    let (table, owner_table) = match mailbox.owner_kind {
        OwnerKind::User => (Table::SystemUser, "systemuser"),
        OwnerKind::Queue => (Table::Queue, "queue"),
    };
    let regarding = "_regardingobjectid_value";
    let profile = "_emailserverprofile_value";
    let mut row = json!({
        "mailboxid": Table::Mailbox.guid(mailbox.id),
        "name": mailbox.name,
        "emailaddress": mailbox.email,
        regarding: table.guid(mailbox.owner_id),
        format!("{regarding}{LOOKUP_TABLE}"): owner_table,
        format!("{regarding}{FORMATTED}"): mailbox.owner,
        "incomingemaildeliverymethod": mailbox.incoming_method.number(),
        "outgoingemaildeliverymethod": mailbox.outgoing_method.number(),
        "actdeliverymethod": mailbox.act_method.number(),
        "incomingemailstatus": mailbox.incoming_status.number(),
        "outgoingemailstatus": mailbox.outgoing_status.number(),
        "actstatus": mailbox.act_status.number(),
        "emailrouteraccessapproval": mailbox.approval.number(),
        "enabledforincomingemail": syncs[0],
        "enabledforoutgoingemail": syncs[1],
        "enabledforact": syncs[2],
        // Active (0) or Inactive (1): a disabled mailbox is not processed.
        "statecode": if mailbox.enabled { 0 } else { 1 },
        "statuscode": if mailbox.enabled { 1 } else { 2 },
        // Whether a Test & Enable waits for the next cycle; serve adds the tests it schedules.
        "testemailconfigurationscheduled": mailbox.test_scheduled,
        "processemailreceivedafter": time::format(mailbox.process_email_after),
        "lastsuccessfulsynccompletedon": mailbox.last_sync_at.map(time::format),
        "createdon": time::format(mailbox.created_at),
        profile: mailbox.profile_id.map(|id| Table::EmailServerProfile.guid(id)),
    });
    if mailbox.profile_id.is_some() {
        row[format!("{profile}{FORMATTED}")] = json!(mailbox.profile);
    }
    match row {
        Value::Object(map) => map,
        _ => unreachable!("a JSON object literal"),
    }
}

/// A `mailboxes` row as a mailbox, with its `enabledfor*` flags. Enum columns become the same
/// words as in local mode; ids stay GUID strings.
pub fn mailbox_from_row(row: &Value) -> Result<(Mailbox<String>, [bool; 3]), String> {
    let r = Row(row);
    let owner_kind = match r.opt_str(&format!("_regardingobjectid_value{LOOKUP_TABLE}"))? {
        Some("queue") => OwnerKind::Queue,
        _ => OwnerKind::User,
    };
    let created_at = r.time("createdon")?;
    let name = r.opt_str("name")?.unwrap_or_default().to_string();
    let mailbox = Mailbox {
        id: r.str("mailboxid")?.to_string(),
        // The owner's name comes as the lookup's formatted value when the server annotates.
        owner: r
            .opt_str(&format!("_regardingobjectid_value{FORMATTED}"))?
            .map_or_else(|| name.clone(), str::to_string),
        name,
        email: r.opt_str("emailaddress")?.unwrap_or_default().to_string(),
        owner_kind,
        owner_id: r
            .opt_str("_regardingobjectid_value")?
            .unwrap_or_default()
            .to_string(),
        incoming_method: r.option("incomingemaildeliverymethod", IncomingMethod::from_number)?,
        outgoing_method: r.option("outgoingemaildeliverymethod", OutgoingMethod::from_number)?,
        act_method: r.option("actdeliverymethod", ActMethod::from_number)?,
        incoming_status: r.option("incomingemailstatus", Status::from_number)?,
        outgoing_status: r.option("outgoingemailstatus", Status::from_number)?,
        act_status: r.option("actstatus", Status::from_number)?,
        approval: r.option("emailrouteraccessapproval", Approval::from_number)?,
        enabled: r.int("statecode")? == 0,
        test_scheduled: r.flag("testemailconfigurationscheduled")?,
        profile_id: r.opt_str("_emailserverprofile_value")?.map(str::to_string),
        profile: r
            .opt_str(&format!("_emailserverprofile_value{FORMATTED}"))?
            .map(str::to_string),
        // Dataverse leaves the watermark empty until Test & Enable sets one; until then the
        // mailbox's creation is the earliest email it could process.
        process_email_after: r
            .opt_time("processemailreceivedafter")?
            .unwrap_or(created_at),
        last_sync_at: r.opt_time("lastsuccessfulsynccompletedon")?,
        created_at,
    };
    let syncs = [
        r.flag("enabledforincomingemail")?,
        r.flag("enabledforoutgoingemail")?,
        r.flag("enabledforact")?,
    ];
    Ok((mailbox, syncs))
}

/// A local alert as a `tracelogs` row: regarding its mailbox (or nothing for the org), our code
/// as a `tracecode` number, first and last time as `createdon` and `modifiedon`.
pub fn tracelog_row(alert: &StoredAlert) -> Map<String, Value> {
    let regarding = "_regardingobjectid_value";
    let mut row = json!({
        "tracelogid": Table::TraceLog.guid(alert.id),
        "level": alert.level.number(),
        "text": alert.text,
        "tracecode": alert_kinds::trace_code(&alert.code).unwrap_or(0),
        regarding: alert.mailbox_id.map(|id| Table::Mailbox.guid(id)),
        "createdon": time::format(alert.first_at),
        "modifiedon": time::format(alert.last_at),
    });
    if alert.mailbox_id.is_some() {
        row[format!("{regarding}{LOOKUP_TABLE}")] = json!("mailbox");
        row[format!("{regarding}{FORMATTED}")] = json!(alert.mailbox);
    }
    match row {
        Value::Object(map) => map,
        _ => unreachable!("a JSON object literal"),
    }
}

/// A `tracelogs` row as an alert. Rows about something other than a mailbox (an email server
/// profile) give None.
pub fn alert_from_row(row: &Value) -> Result<Option<StoredAlert<String>>, String> {
    let r = Row(row);
    let regarding = r.opt_str("_regardingobjectid_value")?;
    let table = r.opt_str(&format!("_regardingobjectid_value{LOOKUP_TABLE}"))?;
    if regarding.is_some() && table.is_some_and(|t| t != "mailbox") {
        return Ok(None);
    }
    let first_at = r.time("createdon")?;
    let code = match r.opt_int("tracecode")? {
        Some(number) => {
            alert_kinds::code_of_trace(number).map_or_else(|| number.to_string(), str::to_string)
        }
        None => String::new(),
    };
    Ok(Some(StoredAlert {
        id: r.str("tracelogid")?.to_string(),
        level: r.option("level", AlertLevel::from_number)?,
        mailbox: r
            .opt_str(&format!("_regardingobjectid_value{FORMATTED}"))?
            .map(str::to_string),
        mailbox_id: regarding.map(str::to_string),
        code,
        text: r.opt_str("text")?.unwrap_or_default().to_string(),
        count: None,
        first_at,
        last_at: r.opt_time("modifiedon")?.unwrap_or(first_at),
    }))
}

/// A lookup column of a row: its GUID, the table it points to and the row's name (as the
/// service annotates them).
#[derive(Debug, Clone)]
pub struct Lookup {
    pub id: String,
    pub table: Option<String>,
    pub name: Option<String>,
}

/// An `emails` row as `explain --env` reads it; ids stay GUID strings.
#[derive(Debug, Clone)]
pub struct EmailRow {
    pub id: String,
    pub subject: String,
    pub message_id: Option<String>,
    pub direction: Option<EmailDirection>,
    pub correlation_method: CorrelationMethod,
    pub regarding: Option<Lookup>,
    pub parent_activity: Option<Lookup>,
    pub correlated_activity: Option<Lookup>,
    pub owner: Option<Lookup>,
    pub accepting_entity: Option<Lookup>,
    pub receiving_mailbox: Option<Lookup>,
    pub tracking_token: Option<String>,
    pub created_at: DateTime<Utc>,
}

pub fn email_from_row(row: &Value) -> Result<EmailRow, String> {
    let r = Row(row);
    let lookup = |column: &str| -> Result<Option<Lookup>, String> {
        let Some(id) = r.opt_str(column)? else {
            return Ok(None);
        };
        let annotation = |suffix: &str| -> Result<Option<String>, String> {
            Ok(r.opt_str(&format!("{column}{suffix}"))?.map(str::to_string))
        };
        Ok(Some(Lookup {
            id: id.to_string(),
            table: annotation(LOOKUP_TABLE)?,
            name: annotation(FORMATTED)?,
        }))
    };
    let direction = match r.get("directioncode") {
        None => None,
        Some(_) if r.flag("directioncode")? => Some(EmailDirection::Outgoing),
        Some(_) => Some(EmailDirection::Incoming),
    };
    Ok(EmailRow {
        id: r.str("activityid")?.to_string(),
        subject: r.opt_str("subject")?.unwrap_or_default().to_string(),
        message_id: r.opt_str("messageid")?.map(str::to_string),
        direction,
        correlation_method: match r.opt_int("correlationmethod")? {
            Some(_) => r.option("correlationmethod", CorrelationMethod::from_number)?,
            None => CorrelationMethod::None,
        },
        regarding: lookup("_regardingobjectid_value")?,
        parent_activity: lookup("_parentactivityid_value")?,
        correlated_activity: lookup("_correlatedactivityid_value")?,
        owner: lookup("_ownerid_value")?,
        accepting_entity: lookup("_acceptingentityid_value")?,
        receiving_mailbox: lookup("_receivingmailboxid_value")?,
        tracking_token: r.opt_str("trackingtoken")?.map(str::to_string),
        created_at: r.time("createdon")?,
    })
}

/// Typed reads from one JSON row, each error naming the column.
struct Row<'a>(&'a Value);

impl<'a> Row<'a> {
    fn get(&self, name: &str) -> Option<&'a Value> {
        self.0.get(name).filter(|v| !v.is_null())
    }

    fn opt_str(&self, name: &str) -> Result<Option<&'a str>, String> {
        match self.get(name) {
            None => Ok(None),
            Some(v) => v
                .as_str()
                .map(Some)
                .ok_or_else(|| format!("column {name} is not text: {v}")),
        }
    }

    fn str(&self, name: &str) -> Result<&'a str, String> {
        self.opt_str(name)?
            .ok_or_else(|| format!("column {name} is missing"))
    }

    fn opt_int(&self, name: &str) -> Result<Option<i64>, String> {
        match self.get(name) {
            None => Ok(None),
            Some(v) => v
                .as_i64()
                .map(Some)
                .ok_or_else(|| format!("column {name} is not a whole number: {v}")),
        }
    }

    fn int(&self, name: &str) -> Result<i64, String> {
        self.opt_int(name)?
            .ok_or_else(|| format!("column {name} is missing"))
    }

    fn flag(&self, name: &str) -> Result<bool, String> {
        match self.get(name) {
            None => Ok(false),
            Some(v) => v
                .as_bool()
                .ok_or_else(|| format!("column {name} is not true or false: {v}")),
        }
    }

    fn option<T>(&self, name: &str, from: impl Fn(i64) -> Option<T>) -> Result<T, String> {
        let number = self.int(name)?;
        from(number).ok_or_else(|| format!("column {name} has the unknown option {number}"))
    }

    fn opt_time(&self, name: &str) -> Result<Option<DateTime<Utc>>, String> {
        match self.opt_str(name)? {
            None => Ok(None),
            Some(text) => DateTime::parse_from_rfc3339(text)
                .map(|t| Some(t.with_timezone(&Utc)))
                .map_err(|_| format!("column {name} is not a time: {text}")),
        }
    }

    fn time(&self, name: &str) -> Result<DateTime<Utc>, String> {
        self.opt_time(name)?
            .ok_or_else(|| format!("column {name} is missing"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample_mailbox() -> Mailbox {
        let at = |s: &str| time::parse_stored(s).unwrap();
        Mailbox {
            id: 7,
            name: "Support".into(),
            email: "support@contoso.com".into(),
            owner_kind: OwnerKind::Queue,
            owner_id: 3,
            owner: "Support".into(),
            incoming_method: IncomingMethod::Forward,
            outgoing_method: OutgoingMethod::None,
            act_method: ActMethod::None,
            incoming_status: Status::Success,
            outgoing_status: Status::NotRun,
            act_status: Status::Failure,
            approval: Approval::Rejected,
            enabled: false,
            test_scheduled: true,
            profile_id: Some(1),
            profile: Some("Microsoft Exchange Online".into()),
            process_email_after: at("2026-01-05T09:00:00Z"),
            last_sync_at: None,
            created_at: at("2026-01-04T08:00:00Z"),
        }
    }

    #[test]
    fn guids_round_trip_per_table() {
        let guid = Table::Mailbox.guid(42);
        assert!(is_guid(&guid));
        assert_eq!(Table::Mailbox.id_of(&guid), Some(42));
        assert_eq!(Table::Mailbox.id_of(&guid.to_uppercase()), Some(42));
        assert_eq!(Table::TraceLog.id_of(&guid), None);
        assert_eq!(Table::Mailbox.id_of("42"), None);
        assert!(!is_guid("not-a-guid"));
    }

    #[test]
    fn mailbox_rows_round_trip() {
        let mailbox = sample_mailbox();
        let row = Value::Object(mailbox_row(&mailbox, [true, false, false]));
        assert_eq!(row["emailrouteraccessapproval"], 3);
        assert_eq!(row["incomingemaildeliverymethod"], 3);
        let (back, syncs) = mailbox_from_row(&row).unwrap();
        assert_eq!(syncs, [true, false, false]);
        assert_eq!(back.id, Table::Mailbox.guid(7));
        assert_eq!(back.owner_id, Table::Queue.guid(3));
        assert_eq!(back.owner_kind, OwnerKind::Queue);
        let mut local = serde_json::to_value(&mailbox).unwrap();
        let mut remote = serde_json::to_value(&back).unwrap();
        for doc in [&mut local, &mut remote] {
            doc.as_object_mut().unwrap().remove("id");
            doc.as_object_mut().unwrap().remove("owner_id");
            doc.as_object_mut().unwrap().remove("profile_id");
        }
        assert_eq!(local, remote);
    }

    #[test]
    fn unknown_options_are_reported_by_column() {
        let mut row = Value::Object(mailbox_row(&sample_mailbox(), [false; 3]));
        row["actstatus"] = json!(9);
        let err = mailbox_from_row(&row).unwrap_err();
        assert!(err.contains("actstatus"), "{err}");
    }

    #[test]
    fn tracelog_rows_round_trip_and_skip_other_tables() {
        let at = time::parse_stored("2026-01-05T09:00:00Z").unwrap();
        let alert = StoredAlert {
            id: 5,
            level: AlertLevel::Error,
            mailbox: Some("Alex Wu".into()),
            mailbox_id: Some(2),
            code: alert_kinds::NOT_APPROVED_ACT.code.into(),
            text: "text".into(),
            count: Some(3),
            first_at: at,
            last_at: at,
        };
        let mut row = Value::Object(tracelog_row(&alert));
        let back = alert_from_row(&row).unwrap().unwrap();
        assert_eq!(back.code, alert.code);
        assert_eq!(back.mailbox.as_deref(), Some("Alex Wu"));
        assert_eq!(back.mailbox_id, Some(Table::Mailbox.guid(2)));
        assert_eq!(back.count, None);
        row[format!("_regardingobjectid_value{LOOKUP_TABLE}")] = json!("emailserverprofile");
        assert!(alert_from_row(&row).unwrap().is_none());
    }

    #[test]
    fn query_values_are_encoded_without_plus() {
        assert_eq!(encode("name eq 'a b'"), "name%20eq%20%27a%20b%27");
        assert_eq!(string_literal("O'Brien"), "'O''Brien'");
    }
}
