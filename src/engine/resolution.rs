//! Email address resolution: which user, queue or record each address of an email stands for,
//! as "Associate an email address with a row" (Power Platform admin guide) and KB 4339830
//! ("An email fails to be created with a NoRecipientMatch sync error") describe it.
//!
//! - The sender resolves to one row: a user first, then contact, account, lead, and email-enabled
//!   tables (queues, other kinds), as "Use email message filtering and correlation to specify
//!   which emails are tracked" lists them; a row the receiving mailbox's owner owns comes first. With
//!   `UnresolveSenderInCaseOfMultipleMatch` a sender matching several rows stays unresolved.
//! - A recipient (To, Cc, Bcc) resolves to every matching row, or, with
//!   `unresolveemailaddressifmultiplematch`, stays unresolved when it matches several.
//! - A record resolves through any of its addresses, primary or secondary (emailaddress1, 2
//!   and 3; "Associate an email address with a row" lists the email columns of a row that
//!   server-side sync looks at).
//! - Inactive records (a resolved case) take part only with `ResolveForInactiveEntities`.
//! - A user or queue that is only on the Bcc line, or whose address stayed unresolved, is not a
//!   resolved recipient: only "All email messages" accepts such mail (NoRecipientMatch).

use rusqlite::Connection;
use serde::Serialize;

use super::rules::OrgRules;
use crate::error::Result;
use crate::model::OwnerKind;
use crate::store::items::Item;
use crate::store::mailboxes::{self, Mailbox};
use crate::store::records::{self, Record};

/// The settings resolution follows.
#[derive(Debug, Clone, Copy, Default)]
pub struct ResolutionRules {
    /// `UnresolveSenderInCaseOfMultipleMatch`.
    pub unresolve_sender_if_several: bool,
    /// `unresolveemailaddressifmultiplematch` (To, Cc and Bcc).
    pub unresolve_recipients_if_several: bool,
    /// `ResolveForInactiveEntities`.
    pub include_inactive: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    From,
    To,
    Cc,
    Bcc,
}

impl Role {
    /// The role in a sentence.
    pub fn word(self) -> &'static str {
        match self {
            Role::From => "sender",
            Role::To => "To recipient",
            Role::Cc => "Cc recipient",
            Role::Bcc => "Bcc recipient",
        }
    }
}

/// One row an address resolved to.
#[derive(Debug, Clone, Serialize)]
pub struct Row {
    /// `user`, `queue`, or the record's kind.
    pub kind: String,
    pub id: i64,
    pub name: String,
    /// The record's column that holds the address (`emailaddress1`, `emailaddress2`,
    /// `emailaddress3`); None for a user or queue.
    pub address_field: Option<&'static str>,
    #[serde(skip)]
    mailbox_id: Option<i64>,
}

/// Which rule decided what an address resolved to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Decision {
    /// No user, queue or (active, or with `ResolveForInactiveEntities` any) record has it.
    NoMatch,
    /// Exactly one row has it.
    OneMatch,
    /// A recipient matching several rows resolves to all of them.
    EveryMatch,
    /// A sender matching several rows resolves to the first by precedence.
    SenderPrecedence,
    /// `UnresolveSenderInCaseOfMultipleMatch` left a sender matching several rows unresolved.
    UnresolveSenderInCaseOfMultipleMatch,
    /// `unresolveemailaddressifmultiplematch` left a recipient matching several rows unresolved.
    Unresolveemailaddressifmultiplematch,
}

/// One address of an email and what it resolved to, for `explain`.
#[derive(Debug, Clone, Serialize)]
pub struct Party {
    pub role: Role,
    pub address: String,
    /// Empty when the address stayed unresolved.
    pub resolved_to: Vec<Row>,
    /// The rule that decided, in words.
    pub rule: String,
    /// The rule that decided.
    pub decided_by: Decision,
    /// Inactive records with this address that `ResolveForInactiveEntities` (off) left out.
    pub inactive_left_out: usize,
}

impl Party {
    /// The internal mailbox this address resolved to, if any.
    pub fn mailbox_id(&self) -> Option<i64> {
        self.resolved_to.iter().find_map(|r| r.mailbox_id)
    }

    /// The kinds of the records (not users or queues) it resolved to.
    pub fn record_kinds(&self) -> impl Iterator<Item = &str> {
        self.resolved_to
            .iter()
            .filter(|r| r.mailbox_id.is_none())
            .map(|r| r.kind.as_str())
    }
}

/// Every address of the email resolved, From first, then To, Cc and Bcc in order.
pub fn resolve_email(
    conn: &Connection,
    rules: &OrgRules,
    item: &Item,
    receiving: &Mailbox,
) -> Result<Vec<Party>> {
    let mut parties = Vec::new();
    if let Some(from) = &item.from {
        parties.push(resolve(
            conn,
            rules.resolution,
            Role::From,
            from,
            receiving,
        )?);
    }
    for (role, list) in [
        (Role::To, &item.to),
        (Role::Cc, &item.cc),
        (Role::Bcc, &item.bcc),
    ] {
        for address in list {
            parties.push(resolve(conn, rules.resolution, role, address, receiving)?);
        }
    }
    Ok(parties)
}

/// What the sender's address resolves to, as the receiving mailbox sees it.
pub fn resolve_sender(
    conn: &Connection,
    rules: &OrgRules,
    address: &str,
    receiving: &Mailbox,
) -> Result<Party> {
    resolve(conn, rules.resolution, Role::From, address, receiving)
}

fn resolve(
    conn: &Connection,
    settings: ResolutionRules,
    role: Role,
    address: &str,
    receiving: &Mailbox,
) -> Result<Party> {
    let mut matches = Vec::new();
    if let Some(id) = mailboxes::id_by_email(conn, address)? {
        let mailbox = mailboxes::get(conn, id)?;
        let kind = match mailbox.owner_kind {
            OwnerKind::User => "user",
            OwnerKind::Queue => "queue",
        };
        matches.push(Row {
            kind: kind.into(),
            id: mailbox.owner_id,
            name: mailbox.name,
            address_field: None,
            mailbox_id: Some(id),
        });
    }
    let mut inactive_left_out = 0;
    for record in records::with_email(conn, address)? {
        if record.state != "active" && !settings.include_inactive {
            inactive_left_out += 1;
            continue;
        }
        matches.push(record_row(&record, address));
    }
    let several = matches.len() > 1;
    let mut rule = match matches.len() {
        0 => "no user, queue or record has this address".to_string(),
        1 => "the one row with this address".to_string(),
        n => format!("{n} rows have this address"),
    };
    if inactive_left_out > 0 {
        rule.push_str(&format!(
            "; {inactive_left_out} inactive record(s) left out (ResolveForInactiveEntities is off)"
        ));
    }
    let mut decided_by = match matches.len() {
        0 => Decision::NoMatch,
        1 => Decision::OneMatch,
        _ => Decision::EveryMatch,
    };
    let resolved_to = match role {
        Role::From if several && settings.unresolve_sender_if_several => {
            rule.push_str("; left unresolved (UnresolveSenderInCaseOfMultipleMatch)");
            decided_by = Decision::UnresolveSenderInCaseOfMultipleMatch;
            Vec::new()
        }
        Role::From if several => {
            let owner = (receiving.owner_kind == OwnerKind::User).then_some(receiving.owner_id);
            let first = first_by_precedence(conn, matches, owner)?;
            rule.push_str(&format!(
                "; the sender resolves to one: {} {}",
                first.kind, first.name
            ));
            decided_by = Decision::SenderPrecedence;
            vec![first]
        }
        Role::To | Role::Cc | Role::Bcc if several && settings.unresolve_recipients_if_several => {
            rule.push_str("; left unresolved (unresolveemailaddressifmultiplematch)");
            decided_by = Decision::Unresolveemailaddressifmultiplematch;
            Vec::new()
        }
        _ => matches,
    };
    Ok(Party {
        role,
        address: address.to_string(),
        resolved_to,
        rule,
        decided_by,
        inactive_left_out,
    })
}

fn record_row(record: &Record, address: &str) -> Row {
    Row {
        kind: record.kind.clone(),
        id: record.id,
        name: record.name.clone(),
        address_field: Some(records::address_field(record, address)),
        mailbox_id: None,
    }
}

/// The sender's one row, as "Use email message filtering and correlation to specify which
/// emails are tracked" (Power Platform admin guide) orders them: a row the receiving mailbox's
/// owner owns first, then users, contacts, accounts, leads, and email-enabled tables (queues and
/// other kinds); the oldest within each.
fn first_by_precedence(conn: &Connection, matches: Vec<Row>, owner: Option<i64>) -> Result<Row> {
    let rank = |kind: &str| match kind {
        "user" => 0,
        "contact" => 1,
        "account" => 2,
        "lead" => 3,
        _ => 4,
    };
    let mut ranked = Vec::with_capacity(matches.len());
    for row in matches {
        let owned = match (row.mailbox_id, owner) {
            (None, Some(owner)) => records::get(conn, row.id)?.owner_id == Some(owner),
            _ => false,
        };
        ranked.push(((!owned, rank(&row.kind), row.id), row));
    }
    ranked.sort_by_key(|(key, _)| *key);
    Ok(ranked.into_iter().next().expect("several matches").1)
}
