//! `orgtrack record ...`: the Dynamics records email resolves to.

use super::{Context, print_created};
use crate::cli::record::RecordCommand;
use crate::engine::dynamics;
use crate::error::{Code, Error, Result};
use crate::model::names;
use crate::store::{activities, items, org, records, resolve};

const COLUMNS: &[&str] = &["id", "kind", "name", "email", "owner", "state", "priority"];

pub fn run(ctx: &Context, cmd: RecordCommand) -> Result<()> {
    match cmd {
        RecordCommand::Add {
            kind,
            name,
            email,
            email2,
            email3,
            owner,
        } => {
            let kind = names::record_kind(&kind)?;
            let name = names::display_name("record", &name)?;
            let email = email.as_deref().map(names::email).transpose()?;
            let email2 = email2.as_deref().map(names::email).transpose()?;
            let email3 = email3.as_deref().map(names::email).transpose()?;
            if kind.custom && email.is_none() {
                return Err(Error::new(
                    Code::EmailRequired,
                    format!(
                        "{} is a custom kind: its records are email-enabled and need --email",
                        kind.name
                    ),
                ));
            }
            let mut store = ctx.open()?;
            let tx = store.write()?;
            let owner_id = owner
                .as_deref()
                .map(|o| resolve::user(&tx, o))
                .transpose()?;
            let id = records::create(&tx, &kind.name, &name, email.as_deref(), owner_id)?;
            if email2.is_some() || email3.is_some() {
                records::set_other_emails(&tx, id, email2.as_deref(), email3.as_deref())?;
            }
            let record = records::get(&tx, id)?;
            tx.commit()?;
            ctx.out
                .note(&format!("added {} {} (id {id})", record.kind, record.name));
            print_created(ctx, id, &record)
        }
        RecordCommand::List { kind } => {
            let kind = kind.as_deref().map(names::record_kind).transpose()?;
            let store = ctx.open()?;
            let mut rows = ctx.out.stream(COLUMNS);
            let kind = kind.as_ref().map(|k| k.name.as_str());
            records::for_each(store.conn(), kind, |record| rows.row(&record))?;
            rows.finish()
        }
        RecordCommand::Show { record } => {
            let store = ctx.open()?;
            let id = resolve::record(store.conn(), &record)?;
            ctx.out.record(&records::get(store.conn(), id)?)
        }
        RecordCommand::Delete { record, confirm } => {
            let mut store = ctx.open()?;
            {
                // Activities lose their regarding and tracked contacts follow the deletion
                // rules: more than the record goes, so ask first.
                let conn = store.conn();
                let id = resolve::record(conn, &record)?;
                let regarding = activities::count_regarding(conn, id)?;
                let contacts = items::linked_to_record(conn, id)?.len();
                if regarding > 0 || contacts > 0 {
                    let name = records::get(conn, id)?.name;
                    super::confirm_wide(
                        confirm,
                        &format!(
                            "record {name}, which {regarding} activit(ies) are regarding and {contacts} Outlook contact(s) are tracked to"
                        ),
                    )?;
                }
            }
            let tx = store.write()?;
            let id = resolve::record(&tx, &record)?;
            let deleted = records::get(&tx, id)?;
            let now = org::load(&tx)?.clock;
            // Outlook contacts tracked to it follow the contact deletion rules.
            let effects = dynamics::delete_record(&tx, id, now)?;
            let note = format!("deleted {} {} (id {id})", deleted.kind, deleted.name);
            super::commit_deletion(ctx, tx, confirm.dry_run, &note)?;
            for effect in effects {
                ctx.out
                    .note(&format!("item {}: {}", effect.item_id, effect.reason));
            }
            ctx.out.record(&deleted)
        }
        RecordCommand::Resolve { record } => {
            let mut store = ctx.open()?;
            let tx = store.write()?;
            let id = resolve::record(&tx, &record)?;
            let case = records::get(&tx, id)?;
            if case.kind != "case" {
                return Err(Error::new(
                    Code::NotACase,
                    format!(
                        "{} '{}' is a {}: only cases are resolved",
                        case.kind, case.name, case.kind
                    ),
                ));
            }
            if case.state == "resolved" {
                return Err(Error::new(
                    Code::AlreadyResolved,
                    format!("case {} '{}' is already resolved", case.id, case.name),
                ));
            }
            let now = org::load(&tx)?.clock;
            records::resolve(&tx, id, now)?;
            let resolved = records::get(&tx, id)?;
            tx.commit()?;
            ctx.out
                .note(&format!("resolved case {id} '{}'", resolved.name));
            ctx.out.record(&resolved)
        }
    }
}
