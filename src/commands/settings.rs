//! `orgtrack settings ...`: every OrgDBOrgSetting and email tracking column of the org, in the
//! local state or (with `--env`) on a real environment. Each command is written once against
//! `Home`, where the org's settings live.

use std::collections::{BTreeMap, HashSet};

use serde::Serialize;
use serde_json::Value;

use super::Context;
use crate::cli::settings::{ListArgs, SetArgs, SettingsCommand};
use crate::engine::master_list;
use crate::error::{Code, Error, ExitKind, Result};
use crate::input;
use crate::output::write_stdout;
use crate::remote::org::RemoteOrg;
use crate::settings::files::{self, FileFormat};
use crate::settings::validate::{Entry, Given, validate};
use crate::settings::{
    self as catalog, Catalog, Change, Definition, Kind, SettingValue, SettingView, Snapshot,
};
use crate::store::categories::TRACKED;
use crate::store::{Store, settings as stored};
use crate::version::Version;

const LIST_COLUMNS: &[&str] = &["name", "value", "default", "type", "range", "is_default"];

/// Where the org's settings live: the local state, or the organization row of a real
/// environment. Reading gives a snapshot; writing applies changes to what was read.
enum Home {
    /// The state file, and the snapshot the changes were computed from.
    Local(Store, Option<Snapshot>),
    Remote(RemoteOrg),
}

impl Home {
    fn open(ctx: &Context) -> Result<Home> {
        Ok(match ctx.remote()? {
            Some(client) => Home::Remote(RemoteOrg::new(client)),
            None => Home::Local(ctx.open()?, None),
        })
    }

    fn read(&mut self) -> Result<Snapshot> {
        match self {
            Home::Local(store, seen) => {
                let snapshot = stored::snapshot(store.conn())?;
                *seen = Some(snapshot.clone());
                Ok(snapshot)
            }
            Home::Remote(org) => org.read(),
        }
    }

    /// Every change or none: one transaction locally, one PATCH guarded by the ETag remotely.
    /// A dry run still checks that the changes could be written.
    fn write(&mut self, ctx: &Context, changes: &[Change], dry_run: bool) -> Result<()> {
        match self {
            Home::Local(store, seen) => {
                if let Some(warning) = legacy_client_warning(store, changes)? {
                    ctx.out.warn(&warning);
                }
                if dry_run || changes.is_empty() {
                    return Ok(());
                }
                let tx = store.write()?;
                // Like the ETag remotely: a change computed from a value another command has
                // changed since (or for an org version changed since) is refused rather than
                // applied over it. Other settings may change meanwhile.
                let now = stored::snapshot(&tx)?;
                let stale = seen.as_ref().is_some_and(|seen| {
                    seen.version != now.version
                        || changes
                            .iter()
                            .any(|c| seen.explicit.get(&c.name) != now.explicit.get(&c.name))
                });
                if stale {
                    return Err(Error::new(
                        Code::SettingsChanged,
                        "the org's settings changed while this command ran; nothing was written, run it again",
                    ));
                }
                stored::apply(&tx, changes)?;
                tx.commit()?;
                Ok(())
            }
            Home::Remote(org) => org.write(changes, dry_run),
        }
    }
}

/// Turning category tracking on while some mailboxes use the legacy Outlook client: they get
/// no category, and the admin should know which.
fn legacy_client_warning(store: &Store, changes: &[Change]) -> Result<Option<String>> {
    let enables = changes
        .iter()
        .any(|c| c.name == "TrackCategorizedItems" && c.new == Some(SettingValue::Bool(true)));
    if !enables {
        return Ok(None);
    }
    let legacy = master_list::legacy_client_mailboxes(store.conn())?;
    if legacy.is_empty() {
        return Ok(None);
    }
    let names: Vec<&str> = legacy.iter().map(|m| m.name.as_str()).collect();
    Ok(Some(format!(
        "TrackCategorizedItems is on, but category tracking does not support the legacy Outlook client: \
         these mailboxes use it (incoming or ACT method outlook) and get no '{TRACKED}' category: {}; \
         switch them to server-side sync with `orgtrack mailbox set`",
        names.join(", ")
    )))
}

/// A change as printed by set, reset and import.
#[derive(Serialize)]
struct Reported<'a> {
    #[serde(flatten)]
    change: &'a Change,
    dry_run: bool,
}

pub fn run(ctx: &Context, cmd: SettingsCommand) -> Result<()> {
    match cmd {
        SettingsCommand::List(args) => list(ctx, &args),
        SettingsCommand::Get { name } => get(ctx, &name),
        SettingsCommand::Set(args) => set(ctx, &args),
        SettingsCommand::Reset { names, dry_run } => reset(ctx, &names, dry_run),
        SettingsCommand::Describe { name } => describe(ctx, &name),
        SettingsCommand::Export {
            file_format,
            output,
        } => export(ctx, file_format, output.as_deref()),
        SettingsCommand::Import {
            file,
            dry_run,
            force,
        } => import(ctx, &file, dry_run, force),
        SettingsCommand::Diff { file, exit_code } => diff(ctx, &file, exit_code),
    }
}

fn list(ctx: &Context, args: &ListArgs) -> Result<()> {
    let catalog = Catalog::get();
    if let Some(area) = &args.area {
        let known: HashSet<&str> = catalog
            .definitions()
            .iter()
            .map(|d| d.area.as_str())
            .collect();
        if !known.contains(area.to_ascii_lowercase().as_str()) {
            let mut areas: Vec<&str> = known.into_iter().collect();
            areas.sort();
            return Err(Error::new(
                Code::UnknownArea,
                format!("unknown area '{area}'; areas are {}", areas.join(", ")),
            ));
        }
    }
    let snapshot = Home::open(ctx)?.read()?;
    let filter = args.filter.as_ref().map(|f| f.to_lowercase());
    let mut rows: Vec<SettingView> = catalog
        .definitions()
        .iter()
        .filter(|def| {
            args.area
                .as_ref()
                .is_none_or(|a| def.area.eq_ignore_ascii_case(a))
        })
        .filter(|def| {
            filter.as_ref().is_none_or(|f| {
                def.name.to_lowercase().contains(f) || def.description.to_lowercase().contains(f)
            })
        })
        .map(|def| snapshot.view(def))
        .filter(|view| args.all || view.applies)
        .filter(|view| !args.changed || !view.is_default)
        .collect();
    rows.sort_by_key(|row| row.name.to_ascii_lowercase());
    ctx.out.list(&rows, LIST_COLUMNS)
}

fn get(ctx: &Context, name: &str) -> Result<()> {
    let def = catalog::lookup(name)?;
    ctx.out.record(&Home::open(ctx)?.read()?.view(def))
}

fn set(ctx: &Context, args: &SetArgs) -> Result<()> {
    let def = catalog::lookup(&args.name)?;
    let mut home = Home::open(ctx)?;
    let snapshot = home.read()?;
    let value = catalog::check_value(def, snapshot.version, args.force, &args.value, |row| {
        SettingValue::parse(row.ty, &args.value, row.range)
    })?;
    let changes = [Change::set(&snapshot, def, value)];
    home.write(ctx, &changes, args.dry_run)?;
    report(ctx, &changes, args.dry_run)
}

fn reset(ctx: &Context, names: &[String], dry_run: bool) -> Result<()> {
    // Every name is checked before anything is written.
    let defs: Vec<&Definition> = names
        .iter()
        .map(|n| catalog::lookup(n))
        .collect::<Result<_>>()?;
    let mut home = Home::open(ctx)?;
    let snapshot = home.read()?;
    let changes: Vec<Change> = dedup(defs)
        .into_iter()
        .map(|def| Change::reset(&snapshot, def))
        .collect();
    home.write(ctx, &changes, dry_run)?;
    report(ctx, &changes, dry_run)
}

fn dedup(defs: Vec<&'static Definition>) -> Vec<&'static Definition> {
    let mut seen = HashSet::new();
    defs.into_iter()
        .filter(|d| seen.insert(d.name.as_str()))
        .collect()
}

/// Prints each change as `NAME: old -> new` on stderr and the changes as data on stdout.
fn report(ctx: &Context, changes: &[Change], dry_run: bool) -> Result<()> {
    let show =
        |v: &Option<SettingValue>| v.as_ref().map_or("(none)".to_string(), |v| format!("{v}"));
    for change in changes {
        let same = if change.old == change.new {
            " (unchanged)"
        } else {
            ""
        };
        ctx.out.note(&format!(
            "{}: {} -> {}{same}",
            change.name,
            show(&change.old),
            show(&change.new)
        ));
    }
    if dry_run {
        ctx.out.note("dry run: nothing was changed");
    }
    let rows: Vec<Reported> = changes
        .iter()
        .map(|change| Reported { change, dry_run })
        .collect();
    ctx.out.list(&rows, &["name", "old", "new"])
}

#[derive(Serialize)]
struct VersionRowView {
    min_version: Version,
    max_version: Version,
    #[serde(rename = "type")]
    ty: catalog::SettingType,
    default: Option<SettingValue>,
    min: Option<f64>,
    max: Option<f64>,
    in_force: bool,
    note: String,
}

fn describe(ctx: &Context, name: &str) -> Result<()> {
    let def = catalog::lookup(name)?;
    let snapshot = Home::open(ctx)?.read()?;
    let view = snapshot.view(def);
    let rows: Vec<VersionRowView> = def
        .rows
        .iter()
        .map(|row| VersionRowView {
            min_version: row.min_version,
            max_version: row.max_version,
            ty: row.ty,
            default: row.default.clone(),
            min: row.range.min,
            max: row.range.max,
            in_force: row.applies_to(snapshot.version),
            note: row.note.clone(),
        })
        .collect();
    let storage = match def.kind {
        Kind::Orgdb => format!(
            "element <{}> of organization.orgdborgsettings; Dataverse has no per-setting delete, so a reset with --env writes the default value",
            def.name
        ),
        Kind::Column => format!("column organization.{}", def.name),
    };
    if ctx.out.is_json() {
        let mut doc = serde_json::to_value(&view).map_err(Error::json)?;
        doc["org_version"] = serde_json::json!(snapshot.version);
        doc["storage"] = Value::String(storage);
        doc["versions"] = serde_json::to_value(&rows).map_err(Error::json)?;
        ctx.out.record(&doc)
    } else {
        ctx.out.record(&view)?;
        write_stdout(&format!("stored as: {storage}\n"))?;
        ctx.out.list(
            &rows,
            &[
                "min_version",
                "max_version",
                "type",
                "default",
                "min",
                "max",
                "in_force",
                "note",
            ],
        )
    }
}

/// Explicitly set values as (name, typed value, is_orgdb), in catalog order.
fn explicit_entries(snapshot: &Snapshot) -> Vec<(String, Value, bool)> {
    Catalog::get()
        .definitions()
        .iter()
        .filter(|def| snapshot.explicit.contains_key(&def.name))
        .map(|def| {
            let value = snapshot
                .view(def)
                .value
                .map_or(Value::Null, |v| v.to_json());
            (def.name.clone(), value, def.kind == Kind::Orgdb)
        })
        .collect()
}

fn export(ctx: &Context, format: FileFormat, output: Option<&str>) -> Result<()> {
    let entries = explicit_entries(&Home::open(ctx)?.read()?);
    let mut text = files::write(format, &entries);
    if format == FileFormat::Xml {
        text.push('\n');
    }
    let count = entries
        .iter()
        .filter(|(_, _, orgdb)| format != FileFormat::Xml || *orgdb)
        .count();
    match output {
        Some(path) => {
            std::fs::write(path, &text).map_err(|e| {
                Error::new(Code::WriteFailed, format!("cannot write {path}: {e}")).because(e)
            })?;
            ctx.out.note(&format!("wrote {count} settings to {path}"));
            Ok(())
        }
        None => write_stdout(&text),
    }
}

/// Problems of a settings file listed in the error; the count says how many there are in all.
const PROBLEMS_SHOWN: usize = 50;

/// Reads and fully validates a settings file against the org: every problem is reported at
/// once, and nothing is returned unless every entry is good.
fn read_settings_file(path: &str, snapshot: &Snapshot, force: bool) -> Result<Vec<Change>> {
    let text = input::read_text(
        std::path::Path::new(path),
        files::MAX_FILE_BYTES,
        "settings file",
    )?;
    let format = FileFormat::detect(path, &text);
    let mut unknown = 0;
    let entries = files::read(format, &text)
        .map_err(|why| Error::new(Code::InvalidFile, format!("{path}: {why}")))?
        .into_iter()
        .map(|(name, raw)| {
            // Past the problems shown, an unknown name is only counted: the suggestions of
            // `lookup` cost a scan of the catalog each.
            let setting = match Catalog::get().find(&name) {
                Some(def) => Ok(def),
                None if unknown >= PROBLEMS_SHOWN => {
                    Err(Error::new(Code::UnknownSetting, "unknown setting"))
                }
                None => {
                    unknown += 1;
                    catalog::lookup(&name)
                }
            };
            Entry {
                setting,
                name,
                given: Given::Json(raw),
            }
        })
        .collect();
    validate(snapshot, entries, force).map_err(|problems| {
        // Only unknown names: "not found", like `settings set` of one unknown name.
        let code = if problems.iter().any(|p| p.kind() == ExitKind::Invalid) {
            Code::InvalidFile
        } else {
            Code::UnknownSettingsInFile
        };
        let mut lines: Vec<String> = problems
            .iter()
            .take(PROBLEMS_SHOWN)
            .map(|p| format!("  {}", p.message))
            .collect();
        if problems.len() > PROBLEMS_SHOWN {
            lines.push(format!(
                "  ... and {} more",
                problems.len() - PROBLEMS_SHOWN
            ));
        }
        Error::new(
            code,
            format!(
                "{path}: {} bad entries, nothing was changed:\n{}",
                problems.len(),
                lines.join("\n")
            ),
        )
    })
}

fn import(ctx: &Context, path: &str, dry_run: bool, force: bool) -> Result<()> {
    let mut home = Home::open(ctx)?;
    let snapshot = home.read()?;
    let changes = read_settings_file(path, &snapshot, force)?;
    home.write(ctx, &changes, dry_run)?;
    report(ctx, &changes, dry_run)
}

#[derive(Serialize)]
struct Difference {
    name: String,
    org: Option<SettingValue>,
    file: Option<SettingValue>,
}

fn diff(ctx: &Context, path: &str, exit_code: bool) -> Result<()> {
    let snapshot = Home::open(ctx)?.read()?;
    let from_file: BTreeMap<String, SettingValue> = read_settings_file(path, &snapshot, true)?
        .into_iter()
        .filter_map(|change| Some((change.name, change.new?)))
        .collect();
    // A name absent from one side has its default there: compare what each side would run with.
    let mut differences = Vec::new();
    for def in Catalog::get().definitions() {
        if !from_file.contains_key(&def.name) && !snapshot.explicit.contains_key(&def.name) {
            continue;
        }
        let here = snapshot.view(def).value;
        let there = match from_file.get(&def.name) {
            Some(value) => Some(value.clone()),
            None => snapshot.default_value(def),
        };
        if here != there {
            differences.push(Difference {
                name: def.name.clone(),
                org: here,
                file: there,
            });
        }
    }
    ctx.out.list(&differences, &["name", "org", "file"])?;
    if exit_code && !differences.is_empty() {
        return Err(Error::new(
            Code::SettingsDiffer,
            format!("{} settings differ from {path}", differences.len()),
        ));
    }
    Ok(())
}
