//! The `--json` contract, pinned: one Rust type per entity shape (docs/json.md shows each), with
//! `deny_unknown_fields`. Real output of every command group is read into its type and must
//! write back to exactly the same JSON, so a field added, removed, renamed or retyped fails here.
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::util::{Env, START};

/// Reads `value` as a `T` and checks that `T` gives back every field as it was.
#[track_caller]
fn pin<T: DeserializeOwned + Serialize>(what: &str, value: &Value) {
    let typed: T =
        serde_json::from_value(value.clone()).unwrap_or_else(|e| panic!("{what}: {e}\n{value:#}"));
    let again = serde_json::to_value(&typed).expect("serializes");
    assert_eq!(&again, value, "{what}: a field is missing from its type");
}

/// `pin` for each element of a list, which must not be empty (an empty list pins nothing).
#[track_caller]
pub fn pin_each<T: DeserializeOwned + Serialize>(what: &str, list: &Value) {
    let rows = list
        .as_array()
        .unwrap_or_else(|| panic!("{what}: not a list: {list:#}"));
    assert!(!rows.is_empty(), "{what}: an empty list pins nothing");
    for row in rows {
        pin::<T>(what, row);
    }
}

type Time = String;

#[derive(Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
struct Created {
    state: String,
    org: String,
    version: String,
    clock: Time,
}

#[derive(Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
struct Org {
    name: String,
    version: String,
    clock: Time,
    cycle_minutes: i64,
    source: Option<String>,
    snapshot_at: Option<Time>,
    counts: OrgCounts,
}

#[derive(Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
struct OrgCounts {
    settings_changed: i64,
    users: i64,
    queues: i64,
    mailboxes: i64,
    records: i64,
    alerts: i64,
}

#[derive(Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
struct VersionChange {
    version: String,
    previous: String,
}

#[derive(Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
struct Setting {
    name: String,
    value: Value,
    default: Value,
    #[serde(rename = "type")]
    ty: String,
    kind: String,
    area: String,
    min: Value,
    max: Value,
    range: Option<String>,
    is_default: bool,
    applies: bool,
    description: String,
}

#[derive(Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
struct SettingDescription {
    #[serde(flatten)]
    setting: Setting,
    org_version: String,
    stored_as: String,
    readonly: bool,
    nullable: bool,
    simulated: bool,
    why_not_simulated: Option<String>,
    source: String,
    note: Value,
    versions: Vec<SettingVersion>,
}

#[derive(Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
struct SettingVersion {
    min_version: String,
    max_version: String,
    #[serde(rename = "type")]
    ty: String,
    default: Value,
    min: Value,
    max: Value,
    note: String,
    source: String,
    in_force: bool,
}

#[derive(Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
struct SettingChange {
    name: String,
    old: Value,
    new: Value,
    dry_run: bool,
}

#[derive(Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
struct SettingDifference {
    name: String,
    org: Value,
    other: Value,
}

#[derive(Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
struct Token {
    token: String,
    prefix: String,
    online: u8,
    user_number: u64,
    counter: u64,
}

#[derive(Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
struct User {
    id: i64,
    name: String,
    email: String,
    track_email: String,
    mailbox_id: i64,
    mailbox: String,
    created_at: Time,
}

#[derive(Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
struct Queue {
    id: i64,
    name: String,
    email: String,
    owner_id: i64,
    owner: String,
    convert_email: String,
    mailbox_id: i64,
    mailbox: String,
    created_at: Time,
}

#[derive(Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
struct QueueItem {
    id: i64,
    queue_id: i64,
    queue: String,
    activity_id: i64,
    subject: String,
    state: String,
    origin: String,
    created_at: Time,
}

#[derive(Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
struct Record {
    id: i64,
    kind: String,
    name: String,
    email: Option<String>,
    email2: Option<String>,
    email3: Option<String>,
    owner_id: Option<i64>,
    owner: Option<String>,
    state: String,
    priority: Option<String>,
    resolved_at: Option<Time>,
    created_at: Time,
}

#[derive(Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
struct RecordRule {
    id: i64,
    name: String,
    queue_id: i64,
    queue: String,
    create: String,
    owner_id: i64,
    owner: String,
    allow_unknown_senders: bool,
    create_contact_for_unknown_sender: bool,
    wait_after_resolved: String,
    wait_after_resolved_minutes: i64,
    state: String,
    item_count: i64,
    items: Vec<RecordRuleItem>,
    created_at: Time,
}

#[derive(Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
struct RecordRuleItem {
    position: i64,
    name: String,
    subject_contains: Option<String>,
    from_domain: Option<String>,
    priority: Option<String>,
}

#[derive(Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
struct Mailbox {
    id: i64,
    name: String,
    email: String,
    owner_kind: String,
    owner_id: i64,
    owner: String,
    incoming_method: String,
    outgoing_method: String,
    act_method: String,
    incoming_status: String,
    outgoing_status: String,
    act_status: String,
    approval: String,
    enabled: bool,
    test_scheduled: bool,
    profile_id: Option<i64>,
    profile: Option<String>,
    process_email_after: Time,
    last_sync_at: Option<Time>,
    created_at: Time,
}

#[derive(Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
struct ServerProfile {
    id: i64,
    name: String,
    server_type: String,
    authentication: String,
    process_email_from: Option<Time>,
    owner_id: Option<i64>,
    owner: Option<String>,
    notify_owner: bool,
    is_default: bool,
    mailboxes: i64,
}

#[derive(Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
struct Fault {
    id: i64,
    mailbox_id: Option<i64>,
    profile_id: Option<i64>,
    direction: String,
    permanent: bool,
    times: Option<i64>,
}

#[derive(Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct ItemFailure {
    id: i64,
    mailbox_id: i64,
    mailbox: String,
    item_id: Option<i64>,
    subject: String,
    error: String,
    error_code: Option<i64>,
    message: String,
    attempts: i64,
    failed_at: Time,
}

#[derive(Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
struct MailboxDetail {
    #[serde(flatten)]
    mailbox: Mailbox,
    enabled_for_incoming_email: bool,
    enabled_for_outgoing_email: bool,
    enabled_for_act: bool,
    counts: MailboxCounts,
    delegates: Vec<Delegate>,
    categories: Vec<Category>,
    folders: Vec<Folder>,
}

#[derive(Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
struct MailboxCounts {
    folders: i64,
    items: i64,
    alerts: i64,
}

#[derive(Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
struct MailboxTest {
    mailbox_id: i64,
    mailbox: String,
    incoming_status: String,
    outgoing_status: String,
    act_status: String,
    result: String,
    alerts: Vec<String>,
}

#[derive(Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
struct MailboxReset {
    mailbox_id: i64,
    mailbox: String,
    action: String,
    outcome: String,
    message: Option<String>,
}

#[derive(Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
struct Delegate {
    mailbox_id: i64,
    mailbox: String,
    user_id: i64,
    user: String,
    email: String,
    permission: String,
}

#[derive(Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
struct Folder {
    id: i64,
    mailbox_id: i64,
    mailbox: String,
    name: String,
    path: String,
    parent_id: Option<i64>,
    depth: i64,
    well_known: Option<String>,
}

#[derive(Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
struct FolderRule {
    id: i64,
    mailbox_id: i64,
    mailbox: String,
    folder_id: i64,
    folder: String,
    regarding_id: Option<i64>,
    regarding: Option<String>,
    active: bool,
}

#[derive(Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
struct InboxRule {
    id: i64,
    mailbox_id: i64,
    mailbox: String,
    name: String,
    order: i64,
    from: Option<String>,
    to: Option<String>,
    subject_contains: Option<String>,
    has_category: Option<String>,
    actions: Vec<InboxRuleAction>,
    stop: bool,
    enabled: bool,
    summary: String,
    created_at: Time,
}

#[derive(Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
struct InboxRuleAction {
    action: String,
    target_id: Option<i64>,
    target: String,
    exists: bool,
}

#[derive(Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
struct Alert {
    id: i64,
    level: String,
    mailbox_id: Option<i64>,
    mailbox: Option<String>,
    code: String,
    text: String,
    count: i64,
    first_at: Time,
    last_at: Time,
}

#[derive(Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
struct ActivityDeletion {
    activity: Activity,
    items: Vec<DeletionEffect>,
}

#[derive(Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
struct Item {
    id: i64,
    mailbox_id: i64,
    mailbox: String,
    folder_id: i64,
    folder: String,
    kind: String,
    subject: String,
    message_id: Option<String>,
    in_reply_to: Option<String>,
    conversation_id: Option<i64>,
    from: Option<String>,
    to: Vec<String>,
    cc: Vec<String>,
    categories: Vec<String>,
    sent_at: Option<Time>,
    received_at: Time,
    starts_at: Option<Time>,
    ends_at: Option<Time>,
    organizer: Option<String>,
    series_item_id: Option<i64>,
    rrule: Option<String>,
    completed: bool,
    contact_email: Option<String>,
    assigned_to: Option<String>,
    irm_restricted: bool,
    private: bool,
    copied_from_item_id: Option<i64>,
    tracking: Tracking,
    state: String,
    pending: Option<String>,
    note: Option<String>,
    inbox_rules: Vec<ActedRule>,
}

#[derive(Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
struct Tracking {
    state: String,
    method: Option<String>,
    activity_id: Option<i64>,
    record_id: Option<i64>,
    record: Option<String>,
    attempts: i64,
    last_error: Option<String>,
}

#[derive(Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
struct ActedRule {
    rule: String,
    actions: Vec<String>,
}

#[derive(Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
struct Untracked {
    item: Option<Item>,
    deleted_activity_id: Option<i64>,
    deleted_record_id: Option<i64>,
    contact_removed: bool,
}

#[derive(Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
struct Category {
    id: i64,
    mailbox_id: i64,
    mailbox: String,
    name: String,
    role: Option<String>,
    state: String,
}

#[derive(Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
struct Activity {
    id: i64,
    kind: String,
    subject: String,
    message_id: Option<String>,
    direction: Option<String>,
    owner_id: Option<i64>,
    owner: Option<String>,
    regarding_id: Option<i64>,
    regarding: Option<String>,
    correlation_method: String,
    correlated_activity_id: Option<i64>,
    parent_activity_id: Option<i64>,
    accepting_mailbox_id: Option<i64>,
    accepting_mailbox: Option<String>,
    receiving_mailbox_id: Option<i64>,
    receiving_mailbox: Option<String>,
    filter_reason: Option<String>,
    series_activity_id: Option<i64>,
    state: String,
    status: Option<String>,
    starts_at: Option<Time>,
    ends_at: Option<Time>,
    tracking_token: Option<String>,
    private: bool,
    draft: bool,
    created_at: Time,
    parties: Vec<Party>,
}

#[derive(Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
struct Party {
    role: String,
    address: String,
}

#[derive(Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
struct DeletionEffect {
    item_id: i64,
    removed_at_next_cycle: bool,
    reason: String,
}

#[derive(Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
struct Plugin {
    id: i64,
    name: String,
    on: Option<String>,
    subject_contains: Option<String>,
    failure: String,
    times: Option<i64>,
    fired: i64,
}

#[derive(Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
struct SyncSummary {
    id: i64,
    started_at: Time,
    mailboxes: i64,
    tracked: i64,
    untracked: i64,
    retried: i64,
    failed: i64,
    undeliverable: i64,
    deleted: i64,
    activities_deleted: i64,
    alerts: i64,
}

#[derive(Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
struct Clock {
    clock: Time,
    cycle_minutes: i64,
    next_cycle_ends: Time,
    cycles_run: i64,
}

#[derive(Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
struct ItemExplanation {
    item: Option<Item>,
    has_tracking_category: bool,
    folder_rule: Option<String>,
    evaluation: Value,
    parties: Vec<ResolvedParty>,
    explanation: Vec<String>,
    next_steps: Vec<NextStep>,
    history: Vec<HistoryEvent>,
}

#[derive(Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
struct NextStep {
    action: String,
    command: Option<String>,
}

#[derive(Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
struct HistoryEvent {
    id: i64,
    at: Time,
    event: String,
    item_id: Option<i64>,
    activity_id: Option<i64>,
    actor: String,
    cycle: Option<i64>,
    method: Option<String>,
    detail: Option<String>,
    snapshot: Option<Value>,
}

#[derive(Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
struct ResolvedParty {
    role: String,
    address: String,
    resolved_to: Vec<ResolvedRow>,
    rule: String,
    decided_by: String,
    inactive_left_out: i64,
}

#[derive(Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
struct ResolvedRow {
    kind: String,
    id: i64,
    name: String,
    address_field: Option<String>,
}

#[derive(Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
struct ActivityExplanation {
    activity: Option<Activity>,
    items: Vec<ItemExplanation>,
    explanation: Vec<String>,
    next_steps: Vec<NextStep>,
    history: Vec<HistoryEvent>,
}

#[derive(Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
struct ImportSummary {
    imported: i64,
    duplicates: i64,
    failed: i64,
    items: i64,
    item_ids: Vec<i64>,
    problems: Vec<Problem>,
}

#[derive(Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
struct Problem {
    #[serde(skip_serializing_if = "Option::is_none")]
    path: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    name: Option<String>,
    code: String,
    message: String,
}

#[derive(Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
struct ThreadIndex {
    time: Time,
    guid: String,
    encoding: String,
    replies: Vec<ThreadIndexReply>,
}

#[derive(Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
struct ThreadIndexReply {
    time: Time,
    delta_seconds: i64,
}

#[derive(Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
struct NamedEnv {
    name: String,
    url: String,
}

const ALEX: &str = "alex@contoso.com";
const BEA: &str = "bea@contoso.com";

fn eml(from: &str, to: &str, subject: &str, message_id: &str) -> String {
    format!(
        "From: {from}\r\nTo: {to}\r\nSubject: {subject}\r\nMessage-ID: <{message_id}>\r\n\
         Date: Mon, 5 Jan 2026 08:00:00 +0000\r\n\r\nHello\r\n"
    )
}

#[test]
fn every_command_prints_its_pinned_shape() {
    let env = Env::empty();
    pin::<Created>("init", &env.json(&["init", "--clock", START]));
    pin::<Org>("org show", &env.json(&["org", "show"]));
    pin::<VersionChange>(
        "org set-version",
        &env.json(&["org", "set-version", "9.2.25101.0"]),
    );

    // Directory.
    pin::<User>(
        "user add",
        &env.json(&["user", "add", "Alex Wu", "--email", ALEX]),
    );
    env.json(&[
        "user",
        "add",
        "Bea Li",
        "--email",
        BEA,
        "--track-email",
        "all",
    ]);
    pin_each::<User>("user list", &env.json(&["user", "list"]));
    pin::<User>("user show", &env.json(&["user", "show", ALEX]));
    pin::<User>(
        "user set",
        &env.json(&[
            "user",
            "set",
            ALEX,
            "--track-email",
            "leads-contacts-accounts",
        ]),
    );
    pin::<Queue>(
        "queue add",
        &env.json(&[
            "queue",
            "add",
            "Support",
            "--email",
            "support@contoso.com",
            "--owner",
            ALEX,
        ]),
    );
    pin_each::<Queue>("queue list", &env.json(&["queue", "list"]));
    pin::<Queue>("queue show", &env.json(&["queue", "show", "Support"]));
    pin::<Queue>(
        "queue set",
        &env.json(&["queue", "set", "Support", "--convert-email", "all"]),
    );
    pin::<Record>(
        "record add",
        &env.json(&[
            "record",
            "add",
            "account",
            "Fabrikam",
            "--email",
            "buyer@fabrikam.com",
            "--owner",
            ALEX,
        ]),
    );
    let case = env.json(&["record", "add", "case", "Printer broken"]);
    pin::<Record>("record add case", &case);
    pin_each::<Record>("record list", &env.json(&["record", "list"]));
    pin::<Record>("record show", &env.json(&["record", "show", "Fabrikam"]));
    let case_id = case["id"].to_string();
    pin::<Record>(
        "record resolve",
        &env.json(&["record", "resolve", &case_id]),
    );
    pin::<Record>("record delete", &env.json(&["record", "delete", &case_id]));

    // Mailboxes.
    pin_each::<Mailbox>(
        "mailbox approve",
        &env.json(&["mailbox", "approve", ALEX, BEA, "support@contoso.com"]),
    );
    pin_each::<MailboxTest>(
        "mailbox test-enable",
        &env.json(&["mailbox", "test-enable", "--all"]),
    );
    pin_each::<Mailbox>("mailbox list", &env.json(&["mailbox", "list"]));
    pin_each::<Mailbox>(
        "mailbox test-enable --schedule",
        &env.json(&["mailbox", "test-enable", "--schedule", BEA]),
    );
    pin_each::<Mailbox>(
        "mailbox set",
        &env.json(&["mailbox", "set", ALEX, "--incoming", "server-side-sync"]),
    );
    pin::<ServerProfile>(
        "server-profile add",
        &env.json(&[
            "server-profile",
            "add",
            "Contoso Exchange",
            "--type",
            "exchange-server",
            "--authentication",
            "profile",
            "--owner",
            ALEX,
            "--process-email-from",
            START,
        ]),
    );
    pin_each::<ServerProfile>(
        "server-profile list",
        &env.json(&["server-profile", "list"]),
    );
    pin::<ServerProfile>(
        "server-profile show",
        &env.json(&["server-profile", "show", "Contoso Exchange"]),
    );
    pin::<ServerProfile>(
        "server-profile set",
        &env.json(&[
            "server-profile",
            "set",
            "Contoso Exchange",
            "--notify-owner",
            "false",
        ]),
    );
    pin::<Fault>(
        "server-profile fault add",
        &env.json(&[
            "server-profile",
            "fault",
            "add",
            "Contoso Exchange",
            "--permanent",
            "--direction",
            "incoming",
        ]),
    );
    pin_each::<Fault>(
        "server-profile fault list",
        &env.json(&["server-profile", "fault", "list", "Contoso Exchange"]),
    );
    pin::<Fault>(
        "mailbox fault add",
        &env.json(&[
            "mailbox",
            "fault",
            "add",
            BEA,
            "--transient",
            "--direction",
            "outgoing",
            "--times",
            "2",
        ]),
    );
    pin_each::<Fault>(
        "mailbox fault list",
        &env.json(&["mailbox", "fault", "list", BEA]),
    );
    pin_each::<Mailbox>("mailbox disable", &env.json(&["mailbox", "disable", BEA]));
    pin_each::<Mailbox>("mailbox enable", &env.json(&["mailbox", "enable", BEA]));
    pin_each::<MailboxReset>(
        "mailbox reset-after-copy",
        &env.json(&["mailbox", "reset-after-copy", "--dry-run"]),
    );
    pin::<Delegate>(
        "delegate add",
        &env.json(&["delegate", "add", ALEX, BEA, "--permission", "editor"]),
    );
    pin_each::<Delegate>("delegate list", &env.json(&["delegate", "list", ALEX]));
    pin::<Folder>(
        "folder add",
        &env.json(&["folder", "add", ALEX, "Inbox/Deals"]),
    );
    pin_each::<Folder>("folder list", &env.json(&["folder", "list", ALEX]));
    pin::<Folder>(
        "folder rename",
        &env.json(&["folder", "rename", ALEX, "Inbox/Deals", "Offers"]),
    );
    env.json(&["folder", "add", ALEX, "Archive"]);
    pin::<Folder>(
        "folder move",
        &env.json(&["folder", "move", ALEX, "Archive", "Inbox"]),
    );
    pin::<FolderRule>(
        "folder track",
        &env.json(&[
            "folder",
            "track",
            ALEX,
            "Inbox/Offers",
            "--regarding",
            "Fabrikam",
        ]),
    );
    pin_each::<FolderRule>("folder rules", &env.json(&["folder", "rules", ALEX]));

    // The first cycle creates the tracking categories.
    pin_each::<SyncSummary>("sync", &env.json(&["sync"]));
    pin::<Clock>("clock show", &env.json(&["clock", "show"]));
    pin_each::<Category>("category list", &env.json(&["category", "list", ALEX]));
    pin::<InboxRule>(
        "inbox-rule add",
        &env.json(&[
            "inbox-rule",
            "add",
            ALEX,
            "Offers",
            "--subject-contains",
            "offer",
            "--assign-category",
            "Tracked to Dynamics 365",
        ]),
    );
    pin_each::<InboxRule>("inbox-rule list", &env.json(&["inbox-rule", "list", ALEX]));
    pin::<InboxRule>(
        "inbox-rule disable",
        &env.json(&["inbox-rule", "disable", ALEX, "Offers"]),
    );
    pin::<InboxRule>(
        "inbox-rule enable",
        &env.json(&["inbox-rule", "enable", ALEX, "Offers"]),
    );
    pin::<MailboxDetail>("mailbox show", &env.json(&["mailbox", "show", ALEX]));

    // Items: every command that creates or changes items prints them in the item shape.
    let received = env.json(&[
        "mail",
        "receive",
        "--from",
        "buyer@fabrikam.com",
        "--to",
        &format!("{ALEX},{BEA}"),
        "--subject",
        "An offer",
    ]);
    pin_each::<Item>("mail receive", &received);
    assert_eq!(received[0]["inbox_rules"][0]["rule"], "Offers");
    pin_each::<Item>(
        "mail send",
        &env.json(&[
            "mail",
            "send",
            "--from",
            ALEX,
            "--to",
            &format!("buyer@fabrikam.com,{BEA}"),
            "--subject",
            "Re: An offer",
        ]),
    );
    pin_each::<Item>(
        "appointment add",
        &env.json(&[
            "appointment",
            "add",
            "--mailbox",
            ALEX,
            "--subject",
            "Weekly",
            "--start",
            "2026-01-06T10:00:00Z",
            "--end",
            "2026-01-06T11:00:00Z",
            "--rrule",
            "FREQ=WEEKLY;COUNT=2",
        ]),
    );
    pin_each::<Item>(
        "task add",
        &env.json(&["task", "add", "--mailbox", ALEX, "--subject", "Call back"]),
    );
    let contact = env.json(&[
        "contact",
        "add",
        "--mailbox",
        ALEX,
        "--name",
        "Pat Buyer",
        "--email",
        "pat@fabrikam.com",
    ]);
    pin_each::<Item>("contact add", &contact);
    let first = received[0]["id"].to_string();
    let second = received[1]["id"].to_string();
    pin_each::<Item>("item list", &env.json(&["item", "list"]));
    pin::<Item>("item show", &env.json(&["item", "show", &first]));
    pin_each::<Item>("item track", &env.json(&["item", "track", &first]));
    pin_each::<Item>(
        "item categorize",
        &env.json(&["item", "categorize", &second]),
    );
    pin_each::<Item>(
        "item uncategorize",
        &env.json(&["item", "uncategorize", &second]),
    );
    pin_each::<Item>(
        "item move",
        &env.json(&["item", "move", &first, "Inbox/Offers"]),
    );
    pin_each::<Item>("item copy", &env.json(&["item", "copy", &first, "Inbox"]));
    pin::<ItemExplanation>("explain", &env.json(&["explain", &first]));
    pin_each::<HistoryEvent>("item history", &env.json(&["item", "history", &first]));

    // Dynamics 365 side.
    let activities = env.json(&["activity", "list"]);
    pin_each::<Activity>("activity list", &activities);
    let activity = activities[0]["id"].to_string();
    pin::<Activity>("activity show", &env.json(&["activity", "show", &activity]));
    pin::<Activity>(
        "activity set-regarding",
        &env.json(&["activity", "set-regarding", &activity, "Fabrikam"]),
    );
    pin::<Activity>(
        "activity set-state",
        &env.json(&["activity", "set-state", &activity, "completed"]),
    );
    let appointment = env.json(&[
        "appointment",
        "add",
        "--mailbox",
        ALEX,
        "--subject",
        "Demo",
        "--start",
        "2026-02-01T10:00:00Z",
        "--end",
        "2026-02-01T11:00:00Z",
    ])[0]["id"]
        .to_string();
    let tracked = env.json(&["item", "track", &appointment]);
    let appointment_activity = tracked[0]["tracking"]["activity_id"].to_string();
    let effects = env.json(&["activity", "assign", &appointment_activity, BEA]);
    assert_eq!(effects.as_array().map(Vec::len), Some(1), "{effects}");
    pin_each::<DeletionEffect>("activity assign", &effects);
    env.run(&["settings", "set", "AllowSaveAsDraftAppointment", "true"])
        .ok();
    let draft = env.json(&[
        "activity",
        "add-appointment",
        "--owner",
        ALEX,
        "--subject",
        "Plan",
        "--start",
        "2026-02-02T10:00:00Z",
        "--end",
        "2026-02-02T11:00:00Z",
        "--draft",
    ]);
    pin::<Activity>("activity add-appointment", &draft);
    pin::<Activity>(
        "activity send",
        &env.json(&["activity", "send", &draft["id"].to_string()]),
    );
    pin::<ActivityExplanation>(
        "explain activity",
        &env.json(&["explain", &format!("activity:{activity}")]),
    );
    pin_each::<HistoryEvent>(
        "activity history",
        &env.json(&["activity", "history", &activity]),
    );
    pin::<Plugin>(
        "plugin add",
        &env.json(&["plugin", "add", "QuoteCheck", "--error", "invalid-sender"]),
    );
    pin_each::<Plugin>("plugin list", &env.json(&["plugin", "list"]));
    pin::<Plugin>(
        "plugin remove",
        &env.json(&["plugin", "remove", "QuoteCheck"]),
    );
    pin::<RecordRule>(
        "record-rule add",
        &env.json(&[
            "record-rule",
            "add",
            "Cases",
            "--queue",
            "Support",
            "--create",
            "case",
        ]),
    );
    pin::<RecordRule>(
        "record-rule item add",
        &env.json(&[
            "record-rule",
            "item",
            "add",
            "Cases",
            "--subject-contains",
            "help",
        ]),
    );
    pin_each::<RecordRule>("record-rule list", &env.json(&["record-rule", "list"]));
    pin::<RecordRule>(
        "record-rule show",
        &env.json(&["record-rule", "show", "Cases"]),
    );
    pin::<RecordRule>(
        "record-rule activate",
        &env.json(&["record-rule", "activate", "Cases"]),
    );
    env.json(&[
        "mail",
        "receive",
        "--from",
        BEA,
        "--to",
        "support@contoso.com",
        "--subject",
        "Need help",
    ]);
    env.json(&["sync"]);
    pin_each::<QueueItem>("queue items", &env.json(&["queue", "items", "Support"]));
    pin_each::<Alert>("alerts list", &env.json(&["alerts", "list"]));
    pin::<Alert>("alerts show", &env.json(&["alerts", "show", "1"]));

    // Deletions print what they removed.
    let untracked = env.json(&["item", "untrack", &first, "--delete-activity"]);
    pin::<Untracked>("item untrack", &untracked);
    pin_each::<Item>("item delete", &env.json(&["item", "delete", &second]));
    let tracked_task = env.json(&["item", "list", "--kind", "task"])[0]["id"].to_string();
    env.json(&["item", "track", &tracked_task]);
    let task_activity =
        env.json(&["item", "show", &tracked_task])["tracking"]["activity_id"].to_string();
    pin::<ActivityDeletion>(
        "activity delete",
        &env.json(&["activity", "delete", &task_activity]),
    );
    pin::<Category>(
        "category rename",
        &env.json(&["category", "rename", ALEX, "Tracked to Dynamics 365", "CRM"]),
    );
    env.run(&["settings", "set", "TrackCategorizedItems", "false"])
        .ok();
    pin::<Category>(
        "category delete",
        &env.json(&["category", "delete", ALEX, "CRM"]),
    );
    pin::<InboxRule>(
        "inbox-rule remove",
        &env.json(&["inbox-rule", "remove", ALEX, "Offers"]),
    );
    pin::<FolderRule>(
        "folder untrack",
        &env.json(&["folder", "untrack", ALEX, "Inbox/Offers"]),
    );
    pin::<Delegate>(
        "delegate remove",
        &env.json(&["delegate", "remove", ALEX, BEA]),
    );
    pin_each::<Alert>("alerts clear", &env.json(&["alerts", "clear", "--yes"]));

    // Settings.
    pin_each::<Setting>("settings list", &env.json(&["settings", "list"]));
    pin::<Setting>(
        "settings get",
        &env.json(&["settings", "get", "maximumtrackingnumber"]),
    );
    pin::<SettingDescription>(
        "settings describe",
        &env.json(&["settings", "describe", "TrackCategorizedItems"]),
    );
    pin_each::<SettingChange>(
        "settings set",
        &env.json(&["settings", "set", "maximumtrackingnumber", "999"]),
    );
    pin_each::<SettingChange>(
        "settings reset",
        &env.json(&["settings", "reset", "maximumtrackingnumber"]),
    );
    let file = env.file("settings.json", r#"{"maximumtrackingnumber": 99}"#);
    pin_each::<SettingChange>(
        "settings import",
        &env.json(&["settings", "import", &file, "--dry-run"]),
    );
    pin_each::<SettingDifference>("settings diff", &env.json(&["settings", "diff", &file]));

    // Tokens, Thread-Index, environments.
    pin::<Token>(
        "token parse",
        &env.json(&["token", "parse", "RE: hi CRM:0001001"]),
    );
    pin::<Token>("token next", &env.json(&["token", "next", ALEX]));
    pin::<ThreadIndex>(
        "thread-index decode",
        &env.json(&["thread-index", "decode", "AdHZ3W1tBOqJzYWxSYexu6lX9iS0CQ=="]),
    );
    env.json(&["env", "add", "contoso", "https://contoso.crm.dynamics.com"]);
    pin_each::<NamedEnv>("env list", &env.json(&["env", "list"]));

    // Imports.
    let good = env.file(
        "good.eml",
        &eml("buyer@fabrikam.com", ALEX, "Quote", "q1@fabrikam.com"),
    );
    let bad = env.file("bad.eml", "");
    let run = env.run(&["--json", "mail", "import", "--mailbox", ALEX, &good, &bad]);
    pin::<ImportSummary>("mail import", &run.code(1).json());
    let calendar = env.file(
        "meeting.ics",
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:m1@fabrikam.com\r\n\
         DTSTART:20260107T100000Z\r\nDTEND:20260107T110000Z\r\nSUMMARY:Review\r\n\
         END:VEVENT\r\nEND:VCALENDAR\r\n",
    );
    pin::<ImportSummary>(
        "calendar import",
        &env.json(&["calendar", "import", &calendar, "--mailbox", ALEX]),
    );
}

#[derive(Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
struct ErrorEnvelope {
    error: ErrorBody,
}

#[derive(Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
struct ErrorBody {
    code: String,
    message: String,
    exit_code: i64,
    #[serde(skip_serializing_if = "Option::is_none")]
    problems: Option<Vec<Problem>>,
}

/// The error envelope on stderr under `--json`: one shape for every refusal, and a refused
/// batch lists each of its problems as objects (`name`, `code`, `message`).
#[test]
fn errors_print_the_pinned_envelope() {
    let env = Env::new();
    let missing = env.run(&["--json", "user", "show", "Nobody"]).code(3);
    let envelope = missing.error_json();
    pin::<ErrorEnvelope>("unknown user", &envelope);
    assert_eq!(envelope["error"]["code"], "unknown_user");
    assert_eq!(envelope["error"]["exit_code"], 3);
    assert!(envelope["error"].get("problems").is_none());

    let file = env.file(
        "bad.json",
        r#"{"TrackCategorizedItems": "maybe", "NoSuchSetting": 1, "MaxRecordsForExportToExcel": -5}"#,
    );
    let envelope = env
        .run(&["--json", "settings", "import", &file])
        .code(4)
        .error_json();
    pin::<ErrorEnvelope>("settings import", &envelope);
    assert_eq!(envelope["error"]["code"], "invalid_file");
    let problems = envelope["error"]["problems"].as_array().expect("a list");
    let named: Vec<(&str, &str)> = problems
        .iter()
        .map(|p| (p["name"].as_str().unwrap(), p["code"].as_str().unwrap()))
        .collect();
    assert_eq!(
        named,
        [
            ("TrackCategorizedItems", "invalid_value"),
            ("NoSuchSetting", "unknown_setting"),
            ("MaxRecordsForExportToExcel", "invalid_value"),
        ]
    );
    assert!(
        problems
            .iter()
            .all(|p| !p["message"].as_str().unwrap().is_empty())
    );
}

#[derive(Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
struct WhatIf {
    settings: Vec<SettingChange>,
    cycles: i64,
    changes: Vec<WhatIfChange>,
}

#[derive(Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
struct WhatIfChange {
    mailbox_id: Option<i64>,
    mailbox: Option<String>,
    item_id: Option<i64>,
    what: String,
    before: Option<String>,
    after: Option<String>,
    why: Option<String>,
}

#[test]
fn what_if_prints_its_pinned_shape() {
    let env = Env::with_mailboxes(&[("Alex Wu", ALEX)]);
    env.run(&["sync"]).ok();
    env.run(&[
        "mail",
        "receive",
        "--from",
        "carl@fabrikam.com",
        "--to",
        ALEX,
        "--subject",
        "Hi",
    ])
    .ok();
    env.run(&["item", "categorize", "1"]).ok();
    let answer = env
        .run(&["--json", "what-if", "TrackCategorizedItems=false"])
        .code(1)
        .json();
    pin::<WhatIf>("what-if", &answer);
    pin_each::<WhatIfChange>("what-if changes", &answer["changes"]);
    assert_eq!(answer["settings"][0]["dry_run"], true);
}

#[derive(Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
struct RemoteEmail {
    id: String,
    subject: String,
    message_id: Option<String>,
    direction: Option<String>,
    owner_id: Option<String>,
    owner: Option<String>,
    regarding_id: Option<String>,
    regarding: Option<String>,
    regarding_kind: Option<String>,
    correlation_method: String,
    correlated_activity_id: Option<String>,
    correlated_activity_subject: Option<String>,
    parent_activity_id: Option<String>,
    accepting_entity_id: Option<String>,
    accepting_entity: Option<String>,
    accepting_entity_kind: Option<String>,
    receiving_mailbox_id: Option<String>,
    receiving_mailbox: Option<String>,
    tracking_token: Option<String>,
    created_at: Time,
}

#[derive(Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
struct RecipientCheck {
    check: String,
    passed: Option<bool>,
    detail: String,
}

#[derive(Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
struct RecipientChecks {
    recipient: String,
    mailbox_id: Option<String>,
    checks: Vec<RecipientCheck>,
}

/// `explain --env`: the remote mailbox and alert shapes are those of `mailbox show --env` and
/// `alerts list --env`.
#[derive(Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
struct RemoteExplanation {
    activity: Option<RemoteEmail>,
    receiving_mailbox: Option<Value>,
    owner_tracking_option: Option<String>,
    settings: serde_json::Map<String, Value>,
    alerts: Vec<Value>,
    recipients: Vec<RecipientChecks>,
    explanation: Vec<String>,
    next_steps: Vec<NextStep>,
}

#[test]
fn remote_explain_prints_its_pinned_shape() {
    use crate::remote::{Server, remote_json};
    let env = crate::automatic::org();
    let (_, _, reply) = crate::automatic::reply_to_an_offer_regarding_an_account(&env);
    let activity = crate::automatic::activity_id_of(&env, reply);
    let server = Server::start(&env, &[]);
    let guid = format!("656d6c00-0000-4000-8000-{activity:012x}");
    let found = remote_json(&env, &server.url, &["explain", &format!("email:{guid}")]);
    pin::<RemoteExplanation>("explain --env", &found);
    let missing = remote_json(
        &env,
        &server.url,
        &[
            "explain",
            "--message-id",
            "<x@y>",
            "--recipient",
            "alex@contoso.com",
        ],
    );
    pin::<RemoteExplanation>("explain --env --message-id", &missing);
}

#[derive(Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
struct Snapshotted {
    state: String,
    org: String,
    version: String,
    clock: Time,
    users: u64,
    queues: u64,
    mailboxes: u64,
    server_profiles: u64,
    folder_rules: u64,
    records: u64,
    refused: Vec<String>,
    skipped: Vec<String>,
}

#[test]
fn init_from_env_prints_its_pinned_shape() {
    let env = Env::with_mailboxes(&[("Alex Wu", ALEX)]);
    let server = crate::remote::Server::start(&env, &[]);
    let copy = Env::empty();
    let made = copy
        .run_with(
            &["--json", "init", "--from-env", &server.url],
            &[("ORGTRACK_TOKEN", crate::remote::TOKEN)],
        )
        .ok()
        .json();
    pin::<Snapshotted>("init --from-env", &made);
    assert_eq!(made["users"], 1);
}
