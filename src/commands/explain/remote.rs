//! `explain --env`: why an email in a real environment was tracked and linked as it was, read
//! from the service (the `emails` row, its receiving mailbox, the owner's tracking option, the
//! org settings that decide tracking and the mailbox's recent alerts), in the words and JSON
//! keys of local `explain`. A Message-ID the service does not have is answered with what would
//! stop it, in the order server-side sync meets it ("Troubleshoot and monitor server-side
//! synchronization", "Create or modify mailbox records" and "Set personal options": approval,
//! Test & Enable, the synchronization method, the owner's "Track email messages" option).

use serde::Serialize;
use serde_json::Value;

use super::{NextStep, command, render, step};
use crate::commands::Context;
use crate::error::{Code, Error, ExitKind, Result};
use crate::model::tracking::{CorrelationMethod, EmailDirection};
use crate::model::{AlertLevel, Approval, IncomingMethod, OwnerKind, Status, TrackEmail};
use crate::remote::directory::{self, AlertQuery};
use crate::remote::odata::{EmailRow, Lookup, is_guid};
use crate::remote::org::RemoteOrg;
use crate::remote::{Client, emails};
use crate::settings::{self, Snapshot};
use crate::store::alerts::StoredAlert;
use crate::store::mailboxes::Mailbox;
use crate::time;

/// The org settings that decide whether and how an email is tracked (the catalogue's names).
const DECIDING: &[&str] = &[
    "ignoreinternalemail",
    "emailcorrelationenabled",
    "enablesmartmatching",
    "AutoTrackSentFolderItems",
    "TrackCategorizedItems",
];

/// How many of the mailbox's newest alerts are shown.
const ALERTS: u64 = 5;

/// An email activity as the service has it; ids are the service's GUIDs.
#[derive(Serialize)]
struct EmailView {
    id: String,
    subject: String,
    message_id: Option<String>,
    direction: Option<EmailDirection>,
    owner_id: Option<String>,
    owner: Option<String>,
    regarding_id: Option<String>,
    regarding: Option<String>,
    /// The regarding record's table (`account`, `contact`, `incident`, ...).
    regarding_kind: Option<String>,
    correlation_method: CorrelationMethod,
    correlated_activity_id: Option<String>,
    /// The correlated email's subject, where the service names it.
    correlated_activity_subject: Option<String>,
    parent_activity_id: Option<String>,
    /// The user or queue whose tracking option accepted it (automatic tracking).
    accepting_entity_id: Option<String>,
    accepting_entity: Option<String>,
    accepting_entity_kind: Option<String>,
    receiving_mailbox_id: Option<String>,
    receiving_mailbox: Option<String>,
    tracking_token: Option<String>,
    #[serde(with = "time::rfc3339")]
    created_at: chrono::DateTime<chrono::Utc>,
}

impl EmailView {
    fn of(e: EmailRow) -> EmailView {
        let id = |l: &Option<Lookup>| l.as_ref().map(|l| l.id.clone());
        let name = |l: &Option<Lookup>| l.as_ref().and_then(|l| l.name.clone());
        let table = |l: &Option<Lookup>| l.as_ref().and_then(|l| l.table.clone());
        EmailView {
            owner_id: id(&e.owner),
            owner: name(&e.owner),
            regarding_id: id(&e.regarding),
            regarding: name(&e.regarding),
            regarding_kind: table(&e.regarding),
            correlated_activity_id: id(&e.correlated_activity),
            correlated_activity_subject: name(&e.correlated_activity).filter(|s| !s.is_empty()),
            parent_activity_id: id(&e.parent_activity),
            accepting_entity_id: id(&e.accepting_entity),
            accepting_entity: name(&e.accepting_entity),
            accepting_entity_kind: table(&e.accepting_entity),
            receiving_mailbox_id: id(&e.receiving_mailbox),
            receiving_mailbox: name(&e.receiving_mailbox),
            id: e.id,
            subject: e.subject,
            message_id: e.message_id,
            direction: e.direction,
            correlation_method: e.correlation_method,
            tracking_token: e.tracking_token,
            created_at: e.created_at,
        }
    }
}

/// One condition server-side sync needs before it tracks mail for a recipient.
#[derive(Serialize)]
struct Check {
    check: &'static str,
    /// Null where the service did not say.
    passed: Option<bool>,
    detail: String,
}

/// A recipient of a message Dynamics 365 does not have, and what would stop it there.
#[derive(Serialize)]
struct RecipientChecks {
    recipient: String,
    mailbox_id: Option<String>,
    checks: Vec<Check>,
}

/// A real environment's email explained. `activity` is null for a Message-ID the service does
/// not have; `recipients` then says what would stop it.
#[derive(Serialize)]
struct RemoteExplanation {
    activity: Option<EmailView>,
    receiving_mailbox: Option<Mailbox<String>>,
    /// The receiving mailbox's owner's "Track email messages" option; null when it could not
    /// be read.
    owner_tracking_option: Option<TrackEmail>,
    /// The org settings that decide tracking, by name.
    settings: serde_json::Map<String, Value>,
    alerts: Vec<StoredAlert<String>>,
    recipients: Vec<RecipientChecks>,
    explanation: Vec<String>,
    next_steps: Vec<NextStep>,
}

/// What `explain` was asked about in a real environment.
pub(super) enum Asked<'a> {
    Email(&'a str),
    MessageId(&'a str),
}

/// `email:<guid>` (or `activity:<guid>`, or the GUID alone).
pub(super) fn email_target(text: &str) -> Result<&str> {
    let guid = match text.split_once(':') {
        Some((kind, guid)) if ["email", "activity"].contains(&kind.trim()) => guid.trim(),
        Some(_) => "",
        None => text.trim(),
    };
    if is_guid(guid) {
        Ok(guid)
    } else {
        Err(Error::new(
            Code::InvalidTarget,
            format!(
                "'{text}' is not an email of a real environment: give email:<activityid GUID> or --message-id ID"
            ),
        ))
    }
}

pub(super) fn run(
    ctx: &Context,
    client: Client,
    asked: Asked,
    recipients: &[String],
) -> Result<()> {
    // The org row is read through the same client (one sign-in), which the reads below borrow.
    let mut org = RemoteOrg::new(client);
    let settings = deciding(&org.read()?);
    let client = org.client();
    let host = client.host().to_string();
    // Other activities of the same Message-ID (one per direction it was tracked in).
    let mut others = Vec::new();
    let found = match asked {
        Asked::Email(guid) => Some(emails::by_id(client, guid)?.ok_or_else(|| {
            Error::new(
                Code::UnknownActivity,
                format!("{host} has no email activity {guid}"),
            )
        })?),
        Asked::MessageId(id) => {
            let mut all = emails::by_message_id(client, id)?.into_iter();
            let first = all.next();
            others = all.map(|e| e.id).collect();
            first
        }
    };
    let explained = match (found, asked) {
        (Some(email), _) => {
            let mut explained = explain_found(client, &host, email, settings)?;
            for other in &others {
                explained.next_steps.push(step(
                    "see the other activity with this Message-ID",
                    env_command(&host, &["explain", &format!("email:{other}")]),
                ));
            }
            explained
        }
        (None, Asked::MessageId(id)) => explain_missing(client, &host, id, recipients, settings)?,
        (None, Asked::Email(_)) => unreachable!("a missing id is refused above"),
    };
    render(
        ctx,
        &explained,
        &explained.explanation,
        &explained.next_steps,
    )
}

fn deciding(snapshot: &Snapshot) -> serde_json::Map<String, Value> {
    DECIDING
        .iter()
        .filter_map(|name| settings::lookup(name).ok())
        .map(|def| {
            let value = snapshot.value(def).map_or(Value::Null, |v| v.to_json());
            (def.name.clone(), value)
        })
        .collect()
}

fn settings_line(settings: &serde_json::Map<String, Value>) -> String {
    let pairs: Vec<String> = settings.iter().map(|(k, v)| format!("{k} = {v}")).collect();
    format!("Org settings that decide tracking: {}.", pairs.join(", "))
}

fn env_command(host: &str, words: &[&str]) -> Option<String> {
    let mut all = vec!["--env", host];
    all.extend_from_slice(words);
    command(&all)
}

/// The mailbox's newest alerts.
fn alerts_of(client: &Client, mailbox: &str) -> Result<Vec<StoredAlert<String>>> {
    let query = AlertQuery {
        mailbox_id: Some(mailbox.to_string()),
        level: None,
        since: None,
        limit: Some(ALERTS),
    };
    let mut found = Vec::new();
    directory::for_each_alert(client, &query, |alert| {
        found.push(alert);
        Ok(())
    })?;
    Ok(found)
}

fn alert_lines(mailbox: &str, alerts: &[StoredAlert<String>]) -> Vec<String> {
    if alerts.is_empty() {
        return vec![format!("No alerts about mailbox {mailbox}.")];
    }
    let mut lines = vec![format!("Recent alerts of mailbox {mailbox}:")];
    lines.extend(
        alerts
            .iter()
            .map(|a| format!("- {} {}: {}", time::format(a.last_at), a.level, a.text)),
    );
    lines
}

fn mailbox_line(m: &Mailbox<String>) -> String {
    format!(
        "Mailbox {} <{}>: {}, email address {}, incoming {} ({}), outgoing {} ({}), appointments, contacts and tasks {} ({}).",
        m.name,
        m.email,
        if m.enabled { "enabled" } else { "disabled" },
        m.approval.label(),
        m.incoming_method.label(),
        m.incoming_status.label(),
        m.outgoing_method.label(),
        m.outgoing_status.label(),
        m.act_method.label(),
        m.act_status.label(),
    )
}

/// The receiving mailbox's owner's option, in words.
fn option_line(m: &Mailbox<String>, option: Option<TrackEmail>, host: &str) -> String {
    match option {
        Some(option) => format!(
            "{}'s email tracking option (Track email messages) is '{}'.",
            m.owner,
            option.label()
        ),
        None => format!(
            "{}'s email tracking option could not be read: {host} does not give the {} to this caller.",
            m.owner,
            match m.owner_kind {
                OwnerKind::User => "user's settings (usersettings)",
                OwnerKind::Queue => "queue row",
            }
        ),
    }
}

fn explain_found(
    client: &Client,
    host: &str,
    email: EmailRow,
    settings: serde_json::Map<String, Value>,
) -> Result<RemoteExplanation> {
    let view = EmailView::of(email);
    let mailbox = match &view.receiving_mailbox_id {
        Some(id) => match directory::mailbox(client, id) {
            Ok((mailbox, _)) => Some(mailbox),
            Err(err) if err.kind() == ExitKind::NotFound => None,
            Err(err) => return Err(err),
        },
        None => None,
    };
    let option = match &mailbox {
        Some(m) => emails::tracking_option(client, m.owner_kind, &m.owner_id)?,
        None => None,
    };
    let alerts = match &mailbox {
        Some(m) => alerts_of(client, &m.id)?,
        None => Vec::new(),
    };
    let direction = match view.direction {
        Some(EmailDirection::Outgoing) => "outgoing",
        Some(EmailDirection::Incoming) => "incoming",
        None => "email",
    };
    let how = match (&view.accepting_entity, &view.receiving_mailbox) {
        (Some(entity), Some(mailbox)) => {
            let option = option
                .map(|o| format!(" ('{}')", o.label()))
                .unwrap_or_default();
            format!(
                "automatic tracking: {entity}'s email tracking option{option} accepted it when server-side sync processed mailbox {mailbox}"
            )
        }
        (Some(entity), None) => format!("automatic tracking: {entity}'s email tracking option accepted it"),
        (None, Some(mailbox)) => format!(
            "server-side sync of mailbox {mailbox} tracked it without automatic acceptance: it was tracked from Outlook (the tracking category, a tracked folder or the App for Outlook)"
        ),
        (None, None) => {
            "no mailbox tracked it: it was created in Dynamics 365 (sent from there, or made by a person or a process)".to_string()
        }
    };
    let mut lines = vec![format!(
        "Email '{}' ({direction}) is in Dynamics 365 since {}: {how}.",
        view.subject,
        time::format(view.created_at)
    )];
    let regarding = match (&view.regarding, &view.regarding_kind) {
        (Some(name), Some(kind)) => format!("regarding {kind} {name}"),
        (Some(name), None) => format!("regarding {name}"),
        (None, _) => "regarding no record".to_string(),
    };
    lines.push(match (view.correlation_method, &view.correlated_activity_id) {
        (CorrelationMethod::None | CorrelationMethod::Skipped, _) => format!(
            "It was linked to no earlier email (correlation: {}), so it is {regarding} as it was set.",
            view.correlation_method.label()
        ),
        (method, Some(earlier)) => format!(
            "It was linked to the earlier email {}{earlier} by the {}, and so it is {regarding}.",
            view.correlated_activity_subject
                .as_ref()
                .map(|subject| format!("'{subject}' "))
                .unwrap_or_default(),
            method.label()
        ),
        (method, None) => format!(
            "It was linked by the {} to an earlier email, and it is {regarding}.",
            method.label()
        ),
    });
    if let Some(parent) = &view.parent_activity_id {
        lines.push(format!("Its parent activity is {parent}."));
    }
    if let Some(token) = &view.tracking_token {
        lines.push(format!("It carries the tracking token {token}."));
    }
    let mut next_steps = Vec::new();
    match &mailbox {
        Some(m) => {
            lines.push(mailbox_line(m));
            lines.push(option_line(m, option, host));
            lines.push(settings_line(&settings));
            lines.extend(alert_lines(&m.name, &alerts));
            next_steps.push(step(
                "see the receiving mailbox",
                env_command(host, &["mailbox", "show", &m.email]),
            ));
            next_steps.push(step(
                "see all of its alerts",
                env_command(host, &["alerts", "list", "--mailbox", &m.email]),
            ));
        }
        None => lines.push(settings_line(&settings)),
    }
    Ok(RemoteExplanation {
        activity: Some(view),
        receiving_mailbox: mailbox,
        owner_tracking_option: option,
        settings,
        alerts,
        recipients: Vec::new(),
        explanation: lines,
        next_steps,
    })
}

/// The conditions of one recipient's mailbox, in the order server-side sync meets them.
fn checks_of(
    m: &Mailbox<String>,
    option: Option<TrackEmail>,
    settings: &serde_json::Map<String, Value>,
    alerts: &[StoredAlert<String>],
    host: &str,
) -> Vec<Check> {
    let ignores_internal = settings.get("ignoreinternalemail") == Some(&Value::Bool(true));
    let errors: Vec<&str> = alerts
        .iter()
        .filter(|a| a.level == AlertLevel::Error)
        .map(|a| a.text.as_str())
        .collect();
    vec![
        Check {
            check: "mailbox_enabled",
            passed: Some(m.enabled),
            detail: format!(
                "the mailbox is {}",
                if m.enabled {
                    "enabled"
                } else {
                    "disabled: nothing is processed for it"
                }
            ),
        },
        Check {
            check: "email_approved",
            passed: Some(m.approval == Approval::Approved),
            detail: format!("approval of its email address: {}", m.approval.label()),
        },
        Check {
            check: "server_side_sync",
            passed: Some(m.incoming_method == IncomingMethod::ServerSideSync),
            detail: format!(
                "incoming email is synchronized by {}",
                m.incoming_method.label()
            ),
        },
        Check {
            check: "test_passed",
            passed: Some(m.incoming_status == Status::Success),
            detail: format!("incoming email status is {}", m.incoming_status.label()),
        },
        Check {
            check: "tracking_option",
            passed: option.map(|o| o != TrackEmail::None),
            detail: match option {
                Some(TrackEmail::None) => format!("{} tracks no email messages", m.owner),
                Some(o) => format!(
                    "{} tracks {}: the message must be one of them",
                    m.owner,
                    o.label()
                ),
                None => format!("{}'s tracking option could not be read on {host}", m.owner),
            },
        },
        Check {
            check: "received_after",
            passed: None,
            detail: format!(
                "only email received after {} is processed",
                time::format(m.process_email_after)
            ),
        },
        Check {
            check: "internal_email",
            passed: (!ignores_internal).then_some(true),
            detail: if ignores_internal {
                "the org ignores internal email (ignoreinternalemail): a message between its own users and queues is not tracked".to_string()
            } else {
                "internal email is tracked like any other".to_string()
            },
        },
        Check {
            check: "no_errors",
            passed: Some(errors.is_empty()),
            detail: match errors.first() {
                Some(text) => format!("the mailbox's latest error: {text}"),
                None => "no recent error alerts".to_string(),
            },
        },
    ]
}

fn explain_missing(
    client: &Client,
    host: &str,
    message_id: &str,
    recipients: &[String],
    settings: serde_json::Map<String, Value>,
) -> Result<RemoteExplanation> {
    let mut lines = vec![format!(
        "No email with Message-ID {message_id} is in Dynamics 365 on {host}."
    )];
    let mut next_steps = Vec::new();
    let mut checked = Vec::new();
    if recipients.is_empty() {
        next_steps.push(step(
            "name its recipients to see what would stop it for each",
            env_command(
                host,
                &[
                    "explain",
                    "--message-id",
                    message_id,
                    "--recipient",
                    "ADDRESS",
                ],
            ),
        ));
    }
    for recipient in recipients {
        let mailbox = match directory::mailbox(client, recipient) {
            Ok((mailbox, _)) => mailbox,
            Err(err) if err.kind() == ExitKind::NotFound => {
                lines.push(format!(
                    "{recipient}: no mailbox in Dynamics 365 (an outside address, or a user or queue without one), so nothing tracks mail for it."
                ));
                checked.push(RecipientChecks {
                    recipient: recipient.clone(),
                    mailbox_id: None,
                    checks: vec![Check {
                        check: "mailbox_exists",
                        passed: Some(false),
                        detail: "no mailbox has this address".into(),
                    }],
                });
                continue;
            }
            Err(err) => return Err(err),
        };
        let option = emails::tracking_option(client, mailbox.owner_kind, &mailbox.owner_id)?;
        let alerts = alerts_of(client, &mailbox.id)?;
        let checks = checks_of(&mailbox, option, &settings, &alerts, host);
        lines.push(format!("{recipient} (mailbox {}), in order:", mailbox.name));
        let mut first = true;
        for (n, c) in checks.iter().enumerate() {
            let mark = match c.passed {
                Some(true) => "ok",
                Some(false) if first => {
                    first = false;
                    "STOPS IT"
                }
                Some(false) => "also",
                None => "check",
            };
            lines.push(format!("  {}. [{mark}] {}.", n + 1, c.detail));
        }
        let fails = |name: &str| {
            checks
                .iter()
                .any(|c| c.check == name && c.passed == Some(false))
        };
        if fails("email_approved") {
            next_steps.push(step(
                format!("approve {}", mailbox.email),
                env_command(host, &["mailbox", "approve", &mailbox.email]),
            ));
        }
        if ["mailbox_enabled", "server_side_sync", "test_passed"]
            .iter()
            .any(|c| fails(c))
        {
            next_steps.push(step(
                format!("test and enable {}", mailbox.email),
                env_command(host, &["mailbox", "test-enable", &mailbox.email, "--wait"]),
            ));
        }
        checked.push(RecipientChecks {
            recipient: recipient.clone(),
            mailbox_id: Some(mailbox.id.clone()),
            checks,
        });
    }
    lines.push(settings_line(&settings));
    Ok(RemoteExplanation {
        activity: None,
        receiving_mailbox: None,
        owner_tracking_option: None,
        settings,
        alerts: Vec::new(),
        recipients: checked,
        explanation: lines,
        next_steps,
    })
}
