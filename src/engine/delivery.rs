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
use crate::model::tracking::{ActivityState, EmailDirection, ItemKind, Pending, TrackingState};
use crate::model::{IncomingMethod, WellKnownFolder};
use crate::store::items::{self, Item, NewItem, Tracking};
use crate::store::mailboxes::{self, Mailbox};
use crate::store::pending_sends::{self, PendingSend};
use crate::store::tokens as stored_tokens;
use crate::store::{activities, folders};

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

/// What sending did: the copies created in Exchange, or, for email sent from Dynamics 365, the
/// activity that waits for the sender's mailbox (Pending Send).
#[derive(Debug)]
pub struct Sent {
    pub created: Vec<Created>,
    pub pending_activity: Option<i64>,
    /// The name of the mailbox that sends it (the sender's, or the submitter's by delegation).
    pub sent_through: String,
}

/// Sends a message. From Outlook: its copy in the sender's Sent Items (awaiting automatic
/// tracking), then a copy for every internal recipient. From Dynamics 365: an outgoing activity
/// carrying its tracking token, Pending Send; the next outgoing poll of a mailbox that can send
/// puts it in Exchange (`send_pending`). "Troubleshooting and monitoring server-side
/// synchronization", "Email message has Pending Send status": email is not sent until the
/// sender's mailbox is approved, tested and enabled for outgoing email.
pub fn send(
    conn: &Connection,
    rules: &OrgRules,
    sender: &Mailbox,
    outgoing: &Outgoing,
    now: DateTime<Utc>,
) -> Result<Sent> {
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
    if outgoing.via_dynamics {
        // `EnableMailboxDelegationForOutgoingEmail` (on by default; the OrgDBOrgSettings tool:
        // "send using the submitter's mailbox rather than the From mailbox"): email a user
        // sends from Dynamics 365 as another mailbox (a queue's) goes out through the user's
        // own mailbox, which must be able to send, and whose Sent Items keep the copy.
        let through = match &outgoing.submitter {
            Some(submitter) if rules.mailbox_delegation => submitter,
            _ => sender,
        };
        let activity = record_sent_from_dynamics(conn, rules, &email, sender, through, token, now)?;
        return Ok(Sent {
            created: Vec::new(),
            pending_activity: Some(activity),
            sent_through: through.name.clone(),
        });
    }
    Ok(Sent {
        created: put_in_exchange(conn, rules, sender, &email, None, now)?,
        pending_activity: None,
        sent_through: sender.name.clone(),
    })
}

/// The Exchange side of a sent message: the copy in the sender's Sent Items (for email sent from
/// Dynamics 365, tracked to its `activity`, and kept only while
/// `SSSSaveOutgoingEmailToExchangeSentFolder` is on, "OrgDBSettings for server-side sync"), then
/// a copy for every internal recipient.
fn put_in_exchange(
    conn: &Connection,
    rules: &OrgRules,
    sender: &Mailbox,
    email: &NewItem,
    activity: Option<i64>,
    now: DateTime<Utc>,
) -> Result<Vec<Created>> {
    let mut created = Vec::new();
    if activity.is_none() || rules.save_sent_from_dynamics {
        let sent_folder = folders::well_known(conn, sender.id, WellKnownFolder::SentItems)?;
        let sent = items::insert(
            conn,
            &NewItem {
                mailbox_id: sender.id,
                folder_id: sent_folder,
                pending: match activity {
                    Some(_) => None,
                    None => awaits_evaluation(conn, sender.id)?,
                },
                ..email.clone()
            },
            now,
        )?;
        if let Some(activity) = activity {
            let tracking = Tracking {
                state: TrackingState::Tracked,
                activity_id: Some(activity),
                ..Tracking::default()
            };
            items::set_tracking(conn, sent, &tracking)?;
            items::set_pending(conn, sent, None, Some("sent from Dynamics 365"))?;
        }
        created.push(Created {
            item: sent,
            inbox_rules: Some(Vec::new()),
        });
    }
    created.extend(deliver(conn, email, now, Some(sender.id))?.created);
    Ok(created)
}

/// Email sent from Dynamics 365 starts as an outgoing activity carrying its tracking token,
/// open and Pending Send on the mailbox that will send it (`through`), with what its Exchange
/// copy will hold kept beside it.
fn record_sent_from_dynamics(
    conn: &Connection,
    rules: &OrgRules,
    email: &NewItem,
    sender: &Mailbox,
    through: &Mailbox,
    token: Option<String>,
    now: DateTime<Utc>,
) -> Result<i64> {
    // The message as Dynamics 365 holds it: no mailbox has it yet.
    let unsent = Item {
        mailbox_id: sender.id,
        kind: ItemKind::Email,
        subject: email.subject.clone(),
        body: email.body.clone(),
        message_id: email.message_id.clone(),
        in_reply_to: email.in_reply_to.clone(),
        thread_index: email.thread_index.clone(),
        from: email.from.clone(),
        to: email.to.clone(),
        cc: email.cc.clone(),
        sent_at: email.sent_at,
        received_at: now,
        ..Item::default()
    };
    let facts = EmailFacts {
        direction: EmailDirection::Outgoing,
        tracking_token: token,
        ..EmailFacts::default()
    };
    let activity = match promote::create_email_activity(conn, rules, &unsent, sender, &facts, now)?
    {
        Ok(link) => link.activity_id.expect("an email activity"),
        Err(failure) => {
            return Err(Error::new(
                Code::SendFailed,
                format!("Dynamics 365 could not send the email: {}", failure.0),
            ));
        }
    };
    activities::set_state(conn, activity, ActivityState::Open)?;
    pending_sends::add(
        conn,
        &PendingSend {
            activity_id: activity,
            mailbox_id: through.id,
            subject: email.subject.clone(),
            body: email.body.clone(),
            to: email.to.clone(),
            cc: email.cc.clone(),
            in_reply_to: email.in_reply_to.clone(),
            thread_index: email.thread_index.clone(),
        },
    )?;
    Ok(activity)
}

/// The outgoing poll of a mailbox that can send: every email waiting on it goes to Exchange
/// and its activity is completed (Sent). Returns how many were sent.
pub fn send_pending(
    conn: &Connection,
    rules: &OrgRules,
    sender: &Mailbox,
    now: DateTime<Utc>,
) -> Result<usize> {
    let waiting = pending_sends::for_mailbox(conn, sender.id)?;
    for pending in &waiting {
        let activity = activities::get(conn, pending.activity_id)?;
        // The From of the message is the activity's sender, also when a delegate's mailbox
        // sends it.
        let from = activities::parties(conn, pending.activity_id)?
            .into_iter()
            .find(|(role, _)| role == "from")
            .map_or_else(|| sender.email.clone(), |(_, address)| address);
        let email = NewItem {
            kind: Some(ItemKind::Email),
            subject: pending.subject.clone(),
            body: pending.body.clone(),
            references: pending.in_reply_to.iter().cloned().collect(),
            message_id: activity.message_id,
            in_reply_to: pending.in_reply_to.clone(),
            thread_index: pending.thread_index.clone(),
            from: Some(from),
            to: pending.to.clone(),
            cc: pending.cc.clone(),
            sent_at: Some(now),
            ..NewItem::default()
        };
        put_in_exchange(conn, rules, sender, &email, Some(pending.activity_id), now)?;
        activities::set_state(conn, pending.activity_id, ActivityState::Completed)?;
        pending_sends::remove(conn, pending.activity_id)?;
    }
    Ok(waiting.len())
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
