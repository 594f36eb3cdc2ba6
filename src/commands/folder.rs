//! `orgtrack folder ...`: the Exchange folder tree of a mailbox.

mod rules;

use rusqlite::Connection;
use serde::Serialize;

use super::Context;
use crate::cli::folder::FolderCommand;
use crate::error::{Code, Error, Result};
use crate::model::{WellKnownFolder, names};
use crate::store::folders::{self, Folder};
use crate::store::mailboxes::Mailbox;
use crate::store::{items, resolve};
use crate::view::folder::{self as folder_view, FolderView};

/// What `folder delete` did: the folder (its path) and how many folders and items it took.
#[derive(Serialize)]
struct Deleted {
    folder_id: i64,
    folder: String,
    mailbox_id: i64,
    mailbox: String,
    /// Folders removed: the folder and its subfolders.
    removed: i64,
    /// The paths of the subfolders removed with it.
    subfolders: Vec<String>,
    items_moved_to_deleted_items: usize,
}

pub fn run(ctx: &Context, cmd: FolderCommand) -> Result<()> {
    match cmd {
        FolderCommand::Track {
            mailbox,
            path,
            regarding,
        } => rules::track(ctx, &mailbox, &path, regarding.as_deref()),
        FolderCommand::Untrack { mailbox, path } => rules::untrack(ctx, &mailbox, &path),
        FolderCommand::Rules { mailbox } => rules::list(ctx, &mailbox),
        FolderCommand::List { mailbox } => {
            let store = ctx.open()?;
            let mailbox = resolve::open_mailbox(store.conn(), &mailbox)?;
            ctx.out.list(
                &folder_view::tree(store.conn(), &mailbox)?,
                folder_view::COLUMNS,
            )
        }
        FolderCommand::Add { mailbox, path } => {
            let path = resolve::folder_path(&path)?;
            let (name, parent_path) = path.split_last().expect("non-empty path");
            let mut store = ctx.open()?;
            let tx = store.write()?;
            let mailbox = resolve::open_mailbox(&tx, &mailbox)?;
            let parent = if parent_path.is_empty() {
                None
            } else {
                Some(resolve::folder_at_path(&tx, &mailbox, parent_path)?.id)
            };
            ensure_free(&tx, &mailbox, parent, name, parent_path)?;
            let id = folders::add(&tx, mailbox.id, parent, name)?;
            let view = view(&tx, &mailbox, id)?;
            tx.commit()?;
            ctx.out.note(&format!(
                "added folder {} to mailbox {}",
                view.path, mailbox.name
            ));
            super::print_created(ctx, id, &view)
        }
        FolderCommand::Rename {
            mailbox,
            path,
            new_name,
        } => {
            let path = resolve::folder_path(&path)?;
            let new_name = names::folder_name(&new_name)?;
            let mut store = ctx.open()?;
            let tx = store.write()?;
            let mailbox = resolve::open_mailbox(&tx, &mailbox)?;
            let folder = changeable(resolve::folder_at_path(&tx, &mailbox, &path)?, "renamed")?;
            let parent_path = &path[..path.len() - 1];
            if let Some(other) = folders::child(&tx, mailbox.id, folder.parent_id, &new_name)?
                && other.id != folder.id
            {
                return Err(taken(&mailbox, parent_path, &other.name));
            }
            folders::rename(&tx, folder.id, &new_name)?;
            let view = view(&tx, &mailbox, folder.id)?;
            tx.commit()?;
            ctx.out.note(&format!(
                "renamed folder {} to {} in mailbox {}",
                path.join("/"),
                view.path,
                mailbox.name
            ));
            ctx.out.record(&view)
        }
        FolderCommand::Move {
            mailbox,
            path,
            new_parent,
        } => {
            let path = resolve::folder_path(&path)?;
            let parent_path = names::folder_path(&new_parent)?;
            let mut store = ctx.open()?;
            let tx = store.write()?;
            let mailbox = resolve::open_mailbox(&tx, &mailbox)?;
            let folder = changeable(resolve::folder_at_path(&tx, &mailbox, &path)?, "moved")?;
            let parent = if parent_path.is_empty() {
                None
            } else {
                let parent = resolve::folder_at_path(&tx, &mailbox, &parent_path)?;
                if folders::is_within(&tx, parent.id, folder.id)? {
                    return Err(Error::new(
                        Code::FolderCycle,
                        format!(
                            "cannot move folder {} into itself or one of its subfolders ({})",
                            path.join("/"),
                            parent_path.join("/")
                        ),
                    ));
                }
                Some(parent.id)
            };
            if folder.parent_id != parent {
                ensure_free(&tx, &mailbox, parent, &folder.name, &parent_path)?;
                folders::reparent(&tx, folder.id, parent)?;
            }
            let view = view(&tx, &mailbox, folder.id)?;
            tx.commit()?;
            ctx.out.note(&format!(
                "moved folder {} to {} in mailbox {}",
                path.join("/"),
                view.path,
                mailbox.name
            ));
            ctx.out.record(&view)
        }
        FolderCommand::Delete {
            mailbox,
            path,
            recursive,
            confirm,
        } => {
            let path = resolve::folder_path(&path)?;
            let mut store = ctx.open()?;
            {
                // Subfolders go too: ask before taking the write lock.
                let conn = store.conn();
                let mailbox = resolve::open_mailbox(conn, &mailbox)?;
                let folder = resolve::folder_at_path(conn, &mailbox, &path)?;
                let size = folders::subtree_size(conn, folder.id)?;
                if size > 1 && recursive && folder.well_known.is_none() {
                    super::confirm_wide(
                        confirm,
                        &format!(
                            "folder {} of {} with its {} subfolder(s)",
                            folders::path_of(conn, folder.id)?,
                            mailbox.name,
                            size - 1
                        ),
                    )?;
                }
            }
            let tx = store.write()?;
            let mailbox = resolve::open_mailbox(&tx, &mailbox)?;
            let folder = changeable(resolve::folder_at_path(&tx, &mailbox, &path)?, "deleted")?;
            let size = folders::subtree_size(&tx, folder.id)?;
            if size > 1 && !recursive {
                return Err(Error::new(
                    Code::FolderNotEmpty,
                    format!(
                        "folder {} in mailbox {} has {} subfolders; use --recursive to delete them too",
                        path.join("/"),
                        mailbox.name,
                        size - 1
                    ),
                ));
            }
            let view = view(&tx, &mailbox, folder.id)?;
            let subfolders: Vec<String> = folders::tree(&tx, mailbox.id)?
                .into_iter()
                .filter(|f| f.path.starts_with(&format!("{}/", view.path)))
                .map(|f| f.path)
                .collect();
            let deleted_items =
                folders::well_known(&tx, mailbox.id, WellKnownFolder::DeletedItems)?;
            let moved = items::move_out_of_subtree(&tx, folder.id, deleted_items)?;
            folders::delete(&tx, folder.id)?;
            let note = format!(
                "deleted folder {} ({size} folders) from mailbox {}; {moved} item(s) moved to Deleted Items",
                view.path, mailbox.name
            );
            super::commit_deletion(ctx, tx, confirm.dry_run, &note)?;
            ctx.out.record(&Deleted {
                folder_id: view.id,
                folder: view.path,
                mailbox_id: mailbox.id,
                mailbox: mailbox.name,
                removed: size,
                subfolders,
                items_moved_to_deleted_items: moved,
            })
        }
    }
}

/// Well-known folders stay as Exchange made them.
fn changeable(folder: Folder, change: &str) -> Result<Folder> {
    if folder.well_known.is_some() {
        return Err(Error::new(
            Code::WellKnownFolder,
            format!(
                "{} is a well-known folder: it cannot be {change}",
                folder.name
            ),
        ));
    }
    Ok(folder)
}

fn ensure_free(
    conn: &Connection,
    mailbox: &Mailbox,
    parent: Option<i64>,
    name: &str,
    parent_path: &[String],
) -> Result<()> {
    match folders::child(conn, mailbox.id, parent, name)? {
        Some(existing) => Err(taken(mailbox, parent_path, &existing.name)),
        None => Ok(()),
    }
}

fn taken(mailbox: &Mailbox, parent_path: &[String], name: &str) -> Error {
    let place = if parent_path.is_empty() {
        "at the top".to_string()
    } else {
        format!("in {}", parent_path.join("/"))
    };
    Error::new(
        Code::FolderExists,
        format!(
            "mailbox {} already has a folder {name} {place}",
            mailbox.name
        ),
    )
}

fn view(conn: &Connection, mailbox: &Mailbox, id: i64) -> Result<FolderView> {
    FolderView::of(conn, mailbox, id)
}
