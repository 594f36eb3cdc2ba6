//! Exchange delivery (the Exchange side of SPEC section 1): a copy of a message in the Inbox of
//! every internal recipient, once per mailbox; a Message-ID a folder holds already is a
//! duplicate, never a second copy; inbox rules act as mail arrives; mail a user sends gets the
//! Outlook Thread-Index (a reply continues its parent's) and, sent from Dynamics 365, its
//! outgoing activity.

use chrono::{DateTime, Utc};
use rusqlite::Connection;

use super::inbox_rules;
use super::promote::{self, EmailFacts};
use super::rules::OrgRules;
use crate::correlate::{thread_index, tokens};
use crate::error::{Code, Error, Result};
use crate::import::eml::{self, fnv1a64};
use crate::model::tracking::{EmailDirection, ItemKind, Pending, TrackingState};
use crate::model::{IncomingMethod, WellKnownFolder};
use crate::store::folders;
use crate::store::items::{self, NewItem, Tracking};
use crate::store::mailboxes::{self, Mailbox};
use crate::store::tokens as stored_tokens;

/// One item a delivery created (commands print it in the item shape, `view::item`).
#[derive(Debug)]
pub struct Created {
    pub item: i64,
    /// Mail only: the names of the inbox rules that acted on it as it arrived, in order.
    pub inbox_rules: Option<Vec<String>>,
}

/// Message-IDs are kept without their angle brackets.
pub fn bare_message_id(text: &str) -> String {
    text.trim()
        .trim_start_matches('<')
        .trim_end_matches('>')
        .to_string()
}

/// A new Message-ID for mail that comes without one.
pub fn new_message_id(from: &str, now: DateTime<Utc>) -> String {
    let unique = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_nanos())
        .unwrap_or_default();
    let domain = from.rsplit('@').next().unwrap_or("orgtrack.invalid");
    format!(
        "{}.{unique:x}.{}@{domain}",
        now.timestamp(),
        std::process::id()
    )
}

/// New mail in a mailbox that receives through server-side sync waits for automatic tracking.
fn awaits_evaluation(conn: &Connection, mailbox_id: i64) -> Result<Option<Pending>> {
    let mailbox = mailboxes::get(conn, mailbox_id)?;
    Ok((mailbox.incoming_method == IncomingMethod::ServerSideSync).then_some(Pending::Evaluate))
}

/// The Thread-Index Outlook gives mail it sends: a reply continues its parent's (when the parent
/// is here and carries one), anything else starts a conversation of its own.
fn outlook_thread_index(
    conn: &Connection,
    message_id: &str,
    in_reply_to: Option<&str>,
    now: DateTime<Utc>,
) -> Result<String> {
    if let Some(parent) = in_reply_to
        .map(|id| items::thread_index_of(conn, id))
        .transpose()?
        .flatten()
        && let Ok(reply) = thread_index::encode_reply(&parent, now)
    {
        return Ok(reply);
    }
    let hash = fnv1a64(message_id.as_bytes()).to_be_bytes();
    let mut guid = [0u8; 16];
    guid[..8].copy_from_slice(&hash);
    guid[8..].copy_from_slice(&fnv1a64(&hash).to_be_bytes());
    Ok(thread_index::encode_new(now, guid))
}

/// What a delivery did: the copies it created, and the recipients that had the message already.
#[derive(Debug, Default)]
pub struct Delivery {
    pub created: Vec<Created>,
    pub duplicates: usize,
}

/// Puts a copy in the Inbox of every internal recipient, once per mailbox; a mailbox whose
/// Inbox holds the same Message-ID already is counted as a duplicate instead.
pub fn deliver(
    conn: &Connection,
    email: &NewItem,
    now: DateTime<Utc>,
    skip_mailbox: Option<i64>,
) -> Result<Delivery> {
    let mut delivery = Delivery::default();
    let mut seen = Vec::new();
    for address in email.to.iter().chain(&email.cc).chain(&email.bcc) {
        let Some(mailbox_id) = mailboxes::id_by_email(conn, address)? else {
            continue;
        };
        if seen.contains(&mailbox_id) || Some(mailbox_id) == skip_mailbox {
            continue;
        }
        seen.push(mailbox_id);
        let inbox = folders::well_known(conn, mailbox_id, WellKnownFolder::Inbox)?;
        match place(conn, email, mailbox_id, inbox, now)? {
            Some(created) => delivery.created.push(created),
            None => delivery.duplicates += 1,
        }
    }
    Ok(delivery)
}

/// Puts one copy of an email in a folder, unless the folder holds that Message-ID already.
pub fn place(
    conn: &Connection,
    email: &NewItem,
    mailbox_id: i64,
    folder_id: i64,
    now: DateTime<Utc>,
) -> Result<Option<Created>> {
    if let Some(message_id) = &email.message_id
        && items::exists_in_folder(conn, folder_id, message_id)?
    {
        return Ok(None);
    }
    let copy = NewItem {
        mailbox_id,
        folder_id,
        pending: awaits_evaluation(conn, mailbox_id)?,
        ..email.clone()
    };
    let id = items::insert(conn, &copy, now)?;
    // Inbox rules act when mail arrives in the Inbox, and may move it on.
    let inbox = folders::well_known(conn, mailbox_id, WellKnownFolder::Inbox)?;
    let acted = if folder_id == inbox {
        inbox_rules::on_arrival(conn, id, now)?
    } else {
        Vec::new()
    };
    Ok(Some(Created {
        item: id,
        inbox_rules: Some(acted.into_iter().map(|a| a.rule).collect()),
    }))
}

/// Mail from outside arriving: a copy for every internal recipient, or nothing at all when one
/// of them has the message already or none of them has a mailbox here.
pub fn receive(conn: &Connection, email: &NewItem, now: DateTime<Utc>) -> Result<Vec<Created>> {
    let delivery = deliver(conn, email, now, None)?;
    if delivery.duplicates > 0 {
        return Err(Error::new(
            Code::DuplicateMessage,
            format!(
                "{} recipient(s) already have a message with this Message-ID; nothing was delivered",
                delivery.duplicates
            ),
        ));
    }
    if delivery.created.is_empty() {
        return Err(Error::new(
            Code::NoInternalRecipient,
            "none of the recipients has a mailbox in this org (see `orgtrack mailbox list`); nothing was delivered",
        ));
    }
    Ok(delivery.created)
}

/// A message a mailbox sends.
pub struct Outgoing {
    pub subject: String,
    pub body: String,
    pub to: Vec<String>,
    pub cc: Vec<String>,
    /// The Message-ID it answers, bare.
    pub in_reply_to: Option<String>,
    /// Sent from Dynamics 365 (with a tracking token) rather than from Outlook.
    pub via_dynamics: bool,
    /// The mailbox of the user who sent it from Dynamics 365, when that is not the sender's.
    pub submitter: Option<Mailbox>,
}

/// Sends a message: its copy in the sender's Sent Items (tracked at once when sent from
/// Dynamics 365, else awaiting automatic tracking), then a copy for every internal recipient.
/// Sent from Dynamics 365 with `SSSSaveOutgoingEmailToExchangeSentFolder` off, Sent Items
/// keeps no copy ("OrgDBSettings for server-side sync"). Sent from Dynamics 365 by a user on
/// behalf of another mailbox (a queue's) while `EnableMailboxDelegationForOutgoingEmail` is on
/// (default; the OrgDBOrgSettings tool: send through the submitter's mailbox rather than the
/// From mailbox), it goes out through the submitter's mailbox, whose Sent Items keep the copy
/// as Exchange keeps a delegate's "send as" message; off, through the From mailbox.
pub fn send(
    conn: &Connection,
    rules: &OrgRules,
    sender: &Mailbox,
    outgoing: &Outgoing,
    now: DateTime<Utc>,
) -> Result<Vec<Created>> {
    let token = match outgoing.via_dynamics {
        true => stored_tokens::next_token(conn, promote::owner_user(conn, sender)?, true)?
            .map(|t| t.raw),
        false => None,
    };
    let subject = match &token {
        Some(token) => tokens::append_token(&outgoing.subject, token, rules.max_subject_length),
        None => outgoing.subject.clone(),
    };
    let message_id = new_message_id(&sender.email, now);
    let in_reply_to = outgoing.in_reply_to.clone();
    let thread_index = outlook_thread_index(conn, &message_id, in_reply_to.as_deref(), now)?;
    let email = NewItem {
        kind: Some(ItemKind::Email),
        subject,
        body: outgoing.body.clone(),
        message_id: Some(message_id),
        references: in_reply_to.iter().cloned().collect(),
        in_reply_to,
        thread_index: Some(thread_index),
        from: Some(sender.email.clone()),
        to: outgoing.to.clone(),
        cc: outgoing.cc.clone(),
        sent_at: Some(now),
        ..NewItem::default()
    };
    let sent_through = match &outgoing.submitter {
        Some(submitter) if outgoing.via_dynamics && rules.mailbox_delegation => submitter,
        _ => sender,
    };
    let sent_folder = folders::well_known(conn, sent_through.id, WellKnownFolder::SentItems)?;
    let sent = items::insert(
        conn,
        &NewItem {
            mailbox_id: sent_through.id,
            folder_id: sent_folder,
            pending: if outgoing.via_dynamics {
                None
            } else {
                awaits_evaluation(conn, sent_through.id)?
            },
            ..email.clone()
        },
        now,
    )?;
    let mut created = Vec::new();
    if outgoing.via_dynamics {
        record_sent_from_dynamics(conn, rules, sent, sender, token, now)?;
    }
    if outgoing.via_dynamics && !rules.save_sent_from_dynamics {
        // The activity keeps the message; Exchange keeps no copy of it.
        items::remove(conn, sent)?;
    } else {
        created.push(Created {
            item: sent,
            inbox_rules: Some(Vec::new()),
        });
    }
    created.extend(deliver(conn, &email, now, Some(sender.id))?.created);
    Ok(created)
}

/// Email sent from Dynamics 365 starts as an outgoing activity carrying its tracking token; the
/// Sent Items copy is that activity's.
fn record_sent_from_dynamics(
    conn: &Connection,
    rules: &OrgRules,
    item_id: i64,
    sender: &Mailbox,
    token: Option<String>,
    now: DateTime<Utc>,
) -> Result<()> {
    let item = items::get(conn, item_id)?;
    let facts = EmailFacts {
        direction: EmailDirection::Outgoing,
        tracking_token: token,
        ..EmailFacts::default()
    };
    let activity = match promote::create_email_activity(conn, rules, &item, sender, &facts, now)? {
        Ok(link) => link.activity_id.expect("an email activity"),
        Err(failure) => {
            return Err(Error::new(
                Code::SendFailed,
                format!("Dynamics 365 could not send the email: {}", failure.0),
            ));
        }
    };
    let tracking = Tracking {
        state: TrackingState::Tracked,
        activity_id: Some(activity),
        ..Tracking::default()
    };
    items::set_tracking(conn, item_id, &tracking)?;
    items::set_pending(conn, item_id, None, Some("sent from Dynamics 365"))
}

/// An email item of a parsed message: received now, sent when its Date says.
pub fn email_of(message: eml::Message) -> NewItem {
    let addresses = |list: Vec<eml::Address>| list.into_iter().map(|a| a.email).collect();
    NewItem {
        kind: Some(ItemKind::Email),
        subject: message.subject,
        body: message.body,
        message_id: Some(message.message_id),
        in_reply_to: message.in_reply_to,
        references: message.references,
        thread_index: message.thread_index,
        from: message.from.into_iter().next().map(|a| a.email),
        to: addresses(message.to),
        cc: addresses(message.cc),
        bcc: addresses(message.bcc),
        sent_at: message.sent_at,
        irm_restricted: message.irm_restricted,
        ..NewItem::default()
    }
}
