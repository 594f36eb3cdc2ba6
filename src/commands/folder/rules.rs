//! `orgtrack folder track|untrack|rules`: folder-level tracking rules (SPEC section 8).

use rusqlite::Connection;
use serde::Serialize;

use crate::commands::Context;
use crate::engine::automatic::under_inbox;
use crate::engine::outlook;
use crate::engine::rules::OrgRules;
use crate::error::{Code, Error, Result};
use crate::model::OwnerKind;
use crate::store::folder_rules::{self, FolderRule};
use crate::store::mailboxes::Mailbox;
use crate::store::{folders, org, records, resolve};
use crate::time;

#[derive(Serialize)]
struct RuleView {
    id: i64,
    mailbox_id: i64,
    mailbox: String,
    folder: String,
    folder_id: i64,
    regarding: Option<String>,
    regarding_id: Option<i64>,
    /// False while the folder is outside the Inbox or folder-level tracking is off.
    active: bool,
}

fn view(
    conn: &Connection,
    mailbox: &Mailbox,
    rule: &FolderRule,
    tracking_on: bool,
) -> Result<RuleView> {
    Ok(RuleView {
        id: rule.id,
        mailbox_id: mailbox.id,
        mailbox: mailbox.name.clone(),
        folder: folders::path_of(conn, rule.folder_id)?,
        folder_id: rule.folder_id,
        regarding: rule
            .regarding_record_id
            .map(|id| records::get(conn, id).map(|r| r.name))
            .transpose()?,
        regarding_id: rule.regarding_record_id,
        active: tracking_on && under_inbox(conn, mailbox.id, rule.folder_id)?,
    })
}

pub fn track(ctx: &Context, mailbox: &str, path: &str, regarding: Option<&str>) -> Result<()> {
    let mut store = ctx.open()?;
    let tx = store.write()?;
    let mailbox = resolve::open_mailbox(&tx, mailbox)?;
    if mailbox.owner_kind == OwnerKind::Queue {
        return Err(Error::new(
            Code::QueueFolderTracking,
            format!(
                "{} is a queue mailbox: folder-level tracking is for user mailboxes only",
                mailbox.name
            ),
        ));
    }
    let folder = resolve::folder_at(&tx, &mailbox, path)?;
    if !under_inbox(&tx, mailbox.id, folder.id)? {
        return Err(Error::new(
            Code::FolderNotUnderInbox,
            format!(
                "'{path}' is not under the Inbox: only folders under the Inbox (any depth) can be tracked"
            ),
        ));
    }
    let rules = OrgRules::load(&tx)?;
    let existing = folder_rules::for_folder(&tx, folder.id)?;
    if existing.is_none() && folder_rules::count(&tx, mailbox.id)? >= rules.max_folder_rules {
        return Err(Error::new(
            Code::TooManyFolderRules,
            format!(
                "{} already has {} folder tracking rules, the most maxfolderbasedtrackingmappings allows",
                mailbox.name, rules.max_folder_rules
            ),
        ));
    }
    let regarding = regarding.map(|r| resolve::record(&tx, r)).transpose()?;
    let now = time::format(org::load(&tx)?.clock);
    folder_rules::upsert(&tx, mailbox.id, folder.id, regarding, &now)?;
    let rule = folder_rules::for_folder(&tx, folder.id)?.expect("just written");
    let waiting = outlook::evaluate_folder(&tx, folder.id)?;
    let relinked = match &existing {
        Some(old) if old.regarding_record_id != regarding => {
            outlook::relink_folder(&tx, folder.id)?
        }
        _ => 0,
    };
    let shown = view(&tx, &mailbox, &rule, rules.folder_tracking)?;
    tx.commit()?;
    if !rules.folder_tracking {
        ctx.out
            .warn("isfolderbasedtrackingenabled is off: the rule acts once it is turned on");
    }
    ctx.out.note(&format!(
        "mail in {} of {} is tracked from the next cycle ({waiting} email(s) already there)",
        shown.folder, mailbox.name
    ));
    if relinked > 0 {
        ctx.out.note(&format!(
            "the next cycle relinks the {relinked} email(s) tracked from {} to the new regarding",
            shown.folder
        ));
    }
    ctx.out.record(&shown)
}

pub fn untrack(ctx: &Context, mailbox: &str, path: &str) -> Result<()> {
    let mut store = ctx.open()?;
    let tx = store.write()?;
    let mailbox = resolve::open_mailbox(&tx, mailbox)?;
    let folder = resolve::folder_at(&tx, &mailbox, path)?;
    let Some(rule) = folder_rules::for_folder(&tx, folder.id)? else {
        return Err(Error::new(
            Code::UnknownFolderRule,
            format!("folder '{path}' of {} has no tracking rule", mailbox.name),
        ));
    };
    // The rule as it was, inactive: it no longer acts.
    let removed = view(&tx, &mailbox, &rule, false)?;
    folder_rules::remove(&tx, folder.id)?;
    tx.commit()?;
    ctx.out.note(&format!(
        "removed the tracking rule of {path}; mail tracked through it stays tracked"
    ));
    ctx.out.text_or("", &removed)
}

pub fn list(ctx: &Context, mailbox: &str) -> Result<()> {
    let store = ctx.open()?;
    let conn = store.conn();
    let mailbox = resolve::open_mailbox(conn, mailbox)?;
    let tracking_on = OrgRules::load(conn)?.folder_tracking;
    let rows: Vec<RuleView> = folder_rules::list(conn, mailbox.id)?
        .iter()
        .map(|rule| view(conn, &mailbox, rule, tracking_on))
        .collect::<Result<_>>()?;
    ctx.out
        .list(&rows, &["id", "folder", "regarding", "active"])
}
