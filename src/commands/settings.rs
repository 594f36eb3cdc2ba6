//! `orgtrack settings ...`: every OrgDBOrgSetting and email settings column of the org, in the
//! local state or (with `--env`) on a real environment. Each command is written once against
//! `Home`, where the org's settings live; every change is journaled there.

use std::collections::{BTreeMap, HashSet};
use std::io::Read;

use serde::Serialize;
use serde_json::Value;

use super::Context;
use crate::cli::settings::{ListArgs, SetArgs, SettingsCommand};
use crate::engine::{self, master_list};
use crate::error::{Code, Error, ExitKind, Result};
use crate::input;
use crate::output::write_stdout;
use crate::remote::journal as remote_journal;
use crate::remote::org::RemoteOrg;
use crate::settings::files::{self, FileFormat};
use crate::settings::journal;
use crate::settings::validate::{Entry, Given, validate};
use crate::settings::{
    self as catalog, Catalog, Change, Definition, Kind, SettingValue, SettingView, Snapshot,
};
use crate::store::categories::TRACKED;
use crate::store::{Store, settings as stored};
use crate::view::ReportedChange;

const LIST_COLUMNS: &[&str] = &["name", "value", "default", "type", "range", "is_default"];

/// Where the org's settings live: the local state, or the organization row of a real
/// environment. Reading gives a snapshot; writing applies changes to what was read.
enum Home {
    /// The state file (as named), and the snapshot the changes were computed from.
    Local(Store, String, Option<Snapshot>),
    Remote(RemoteOrg),
}

impl Home {
    fn open(ctx: &Context) -> Result<Home> {
        Ok(match ctx.remote()? {
            Some(client) => Home::Remote(RemoteOrg::new(client)),
            None => Home::Local(ctx.open()?, ctx.state_path().display().to_string(), None),
        })
    }

    /// The state file or the environment URL, as the journal names it.
    fn target(&self) -> String {
        match self {
            Home::Local(_, path, _) => path.clone(),
            Home::Remote(org) => org.host().to_string(),
        }
    }

    fn read(&mut self) -> Result<Snapshot> {
        match self {
            Home::Local(store, _, seen) => {
                let snapshot = stored::snapshot(store.conn())?;
                *seen = Some(snapshot.clone());
                Ok(snapshot)
            }
            Home::Remote(org) => org.read(),
        }
    }

    /// Every change or none, journaled as made by `command`: one transaction locally, one
    /// write guarded by the ETag remotely. A dry run still checks that the changes could be
    /// written.
    fn write(
        &mut self,
        ctx: &Context,
        changes: &[Change],
        dry_run: bool,
        command: &str,
    ) -> Result<()> {
        let target = self.target();
        match self {
            Home::Local(store, _, seen) => {
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
                stored::journal_changes(&tx, changes, &target, command)?;
                tx.commit()?;
                Ok(())
            }
            Home::Remote(org) => {
                org.write(changes, dry_run)?;
                if dry_run {
                    return Ok(());
                }
                let entries =
                    journal::entries_of(changes, &target, command, |c| org.explicit_after(c));
                if let Err(err) = remote_journal::append(&target, entries) {
                    ctx.out.warn(&format!(
                        "the change was made, but it is not in the journal: {}",
                        err.message
                    ));
                }
                Ok(())
            }
        }
    }

    /// This org's journal, oldest first.
    fn journal(&self, setting: Option<&str>) -> Result<Vec<journal::Entry>> {
        match self {
            Home::Local(store, _, _) => stored::journal(store.conn(), setting),
            Home::Remote(org) => Ok(remote_journal::read(org.host())?
                .into_iter()
                .filter(|e| setting.is_none_or(|s| e.setting == s))
                .collect()),
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

pub fn run(ctx: &Context, cmd: SettingsCommand) -> Result<()> {
    match cmd {
        SettingsCommand::List(args) => list(ctx, &args),
        SettingsCommand::Get { name } => get(ctx, &name),
        SettingsCommand::Set(args) => set(ctx, &args),
        SettingsCommand::Reset { names, dry_run } => {
            change_each(ctx, &names, dry_run, "reset", reset_change)
        }
        SettingsCommand::Clear { names, dry_run } => {
            change_each(ctx, &names, dry_run, "clear", clear_change)
        }
        SettingsCommand::Remove { names, dry_run } => {
            change_each(ctx, &names, dry_run, "remove", remove_change)
        }
        SettingsCommand::Describe { name } => describe(ctx, &name),
        SettingsCommand::Export {
            file_format,
            output,
        } => export(ctx, file_format, output.as_deref()),
        SettingsCommand::Import {
            file,
            dry_run,
            force,
            prune,
        } => import(ctx, &file, dry_run, force, prune),
        SettingsCommand::Diff {
            file,
            against,
            exit_code,
        } => diff(ctx, file.or(against).as_deref().unwrap_or("-"), exit_code),
        SettingsCommand::History { setting, limit } => history(ctx, setting.as_deref(), limit),
        SettingsCommand::Undo { to, dry_run } => undo(ctx, to, dry_run),
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
    home.write(ctx, &changes, args.dry_run, "set")?;
    if matches!(home, Home::Local(..)) && !engine::is_simulated(&def.name) {
        let why = engine::not_simulated_because(&def.name)
            .unwrap_or("nothing orgtrack simulates depends on it");
        ctx.out.note(&format!(
            "the simulation ignores {}: it is stored, but {why}",
            def.name
        ));
    }
    report(ctx, &changes, args.dry_run)
}

/// reset, clear and remove: every name is checked before anything is written.
fn change_each(
    ctx: &Context,
    names: &[String],
    dry_run: bool,
    command: &str,
    change: fn(&Snapshot, &'static Definition) -> Result<Change>,
) -> Result<()> {
    let defs: Vec<&'static Definition> = names
        .iter()
        .map(|n| catalog::lookup(n))
        .collect::<Result<_>>()?;
    let mut home = Home::open(ctx)?;
    let snapshot = home.read()?;
    let changes: Vec<Change> = dedup(defs)
        .into_iter()
        .map(|def| change(&snapshot, def))
        .collect::<Result<_>>()?;
    home.write(ctx, &changes, dry_run, command)?;
    report(ctx, &changes, dry_run)
}

/// Back to the default. Dataverse has no per-setting delete, so an OrgDB setting is written
/// with its default value; one without a default at this version has nothing to go back to.
fn reset_change(snapshot: &Snapshot, def: &'static Definition) -> Result<Change> {
    catalog::check_writable(def)?;
    if def.kind == Kind::Orgdb && snapshot.default_value(def).is_none() {
        return Err(Error::new(
            Code::NoDefault,
            format!(
                "{} has no default at org version {}, so there is nothing to reset it to; `orgtrack settings remove {}` deletes it from orgdborgsettings",
                def.name, snapshot.version, def.name
            ),
        ));
    }
    Ok(Change::reset(snapshot, def))
}

fn clear_change(snapshot: &Snapshot, def: &'static Definition) -> Result<Change> {
    catalog::check_writable(def)?;
    if !def.nullable {
        return Err(Error::new(
            Code::NotNullable,
            format!(
                "{} cannot be cleared: Dataverse always keeps a value for it; `orgtrack settings reset {}` puts it back to its default",
                def.name, def.name
            ),
        ));
    }
    Ok(Change::remove(snapshot, def))
}

fn remove_change(snapshot: &Snapshot, def: &'static Definition) -> Result<Change> {
    catalog::check_writable(def)?;
    if def.kind == Kind::Column {
        return Err(Error::new(
            Code::NotRemovable,
            format!(
                "{} is a column of the organization table, not an element of orgdborgsettings, so it cannot be removed; use `orgtrack settings reset {}`",
                def.name, def.name
            ),
        ));
    }
    Ok(Change::remove(snapshot, def))
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
        let same = if change.old == change.new && change.is_noop() {
            " (unchanged)"
        } else if change.stored.is_none() && change.old_stored.is_some() {
            " (no explicit value)"
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
    let rows: Vec<ReportedChange> = changes
        .iter()
        .map(|change| ReportedChange { change, dry_run })
        .collect();
    ctx.out.list(&rows, &["name", "old", "new"])
}

#[derive(Serialize)]
struct VersionRowView {
    /// The bounds as the catalogue writes them; null where there is none.
    min_version: Option<String>,
    max_version: Option<String>,
    #[serde(rename = "type")]
    ty: catalog::SettingType,
    default: Option<SettingValue>,
    min: Option<Value>,
    max: Option<Value>,
    in_force: bool,
    source: String,
    note: String,
}

/// What `settings describe` prints besides the setting's view.
#[derive(Serialize)]
struct Described {
    #[serde(flatten)]
    view: SettingView,
    org_version: String,
    stored_as: String,
    readonly: bool,
    nullable: bool,
    simulated: bool,
    /// Why the simulator leaves a server-side sync setting out, when it does.
    why_not_simulated: Option<&'static str>,
    source: String,
    note: String,
    versions: Vec<VersionRowView>,
}

fn describe(ctx: &Context, name: &str) -> Result<()> {
    let def = catalog::lookup(name)?;
    let snapshot = Home::open(ctx)?.read()?;
    let view = snapshot.view(def);
    let row = def
        .row_for(snapshot.version)
        .unwrap_or_else(|| def.latest_row());
    let bound = |b: Option<f64>, ty| {
        b.map(|x| match ty {
            catalog::SettingType::Double => serde_json::json!(x),
            _ => serde_json::json!(x as i64),
        })
    };
    let versions: Vec<VersionRowView> = def
        .rows
        .iter()
        .map(|r| VersionRowView {
            min_version: r.min_text.clone(),
            max_version: r.max_text.clone(),
            ty: r.ty,
            default: r.default.clone(),
            min: bound(r.range.min, r.ty),
            max: bound(r.range.max, r.ty),
            in_force: r.applies_to(snapshot.version),
            source: r.source.citation().to_string(),
            note: r.note.clone(),
        })
        .collect();
    let stored_as = match def.kind {
        Kind::Orgdb => format!(
            "element <{}> of the orgdborgsettings column of the organization table",
            def.storage_name()
        ),
        Kind::Column => format!("column {} of the organization table", def.storage_name()),
    };
    let described = Described {
        org_version: snapshot.version.to_string(),
        stored_as,
        readonly: def.readonly,
        nullable: def.nullable,
        simulated: engine::is_simulated(&def.name),
        why_not_simulated: engine::not_simulated_because(&def.name),
        source: row.source.citation().to_string(),
        note: row.note.clone(),
        versions,
        view,
    };
    if ctx.out.is_json() {
        return ctx.out.record(&described);
    }
    ctx.out.record(&described.view)?;
    let mut text = format!("stored as: {}\n", described.stored_as);
    if described.readonly {
        text.push_str("read-only: orgtrack shows it but never writes it\n");
    }
    if described.nullable {
        text.push_str("may be empty: `orgtrack settings clear` empties it\n");
    }
    text.push_str(&match (described.simulated, described.why_not_simulated) {
        (true, _) => "simulated: yes, the sync simulator acts on it\n".to_string(),
        (false, Some(why)) => format!("simulated: no, the sync simulator ignores it: {why}\n"),
        (false, None) => "simulated: no, the sync simulator ignores it\n".to_string(),
    });
    text.push_str(&format!("source: {}\n", described.source));
    if !described.note.is_empty() {
        text.push_str(&format!("note: {}\n", described.note));
    }
    write_stdout(&text)?;
    ctx.out.list(
        &described.versions,
        &[
            "min_version",
            "max_version",
            "type",
            "default",
            "min",
            "max",
            "in_force",
        ],
    )
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
        let left_out: Vec<&str> = entries
            .iter()
            .filter(|(_, _, orgdb)| !orgdb)
            .map(|(name, _, _)| name.as_str())
            .collect();
        if !left_out.is_empty() {
            ctx.out.note(&format!(
                "left out {} changed settings that are columns of the organization table, not OrgDB settings: {}; toml and json exports keep every setting",
                left_out.len(),
                left_out.join(", ")
            ));
        }
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

/// A settings file as read: its format and its (name, value) entries.
struct SettingsFile {
    shown: String,
    format: FileFormat,
    entries: Vec<(String, Value)>,
}

/// Reads a settings file, `-` for standard input (bounded like a file).
fn read_file(path: &str) -> Result<SettingsFile> {
    let (shown, text) = if path == "-" {
        let mut text = String::new();
        std::io::stdin()
            .take(files::MAX_FILE_BYTES + 1)
            .read_to_string(&mut text)
            .map_err(|e| {
                Error::new(
                    Code::InvalidFile,
                    format!("cannot read standard input as UTF-8 text: {e}"),
                )
            })?;
        if text.len() as u64 > files::MAX_FILE_BYTES {
            return Err(Error::new(
                Code::FileTooLarge,
                format!(
                    "standard input holds more than {} MB, the most a settings file may hold",
                    files::MAX_FILE_BYTES >> 20
                ),
            ));
        }
        ("standard input".to_string(), text)
    } else {
        let text = input::read_text(
            std::path::Path::new(path),
            files::MAX_FILE_BYTES,
            "settings file",
        )?;
        (path.to_string(), text)
    };
    let format = FileFormat::detect(if path == "-" { "" } else { path }, &text);
    let entries = files::read(format, &text)
        .map_err(|why| Error::new(Code::InvalidFile, format!("{shown}: {why}")))?;
    Ok(SettingsFile {
        shown,
        format,
        entries,
    })
}

/// Validates every entry of a settings file against the org: every problem is reported at once
/// (name, code and why, exit 4), and nothing is returned unless every entry is good.
fn check_file(file: &SettingsFile, snapshot: &Snapshot, force: bool) -> Result<Vec<Change>> {
    let mut unknown = 0;
    let entries = file
        .entries
        .iter()
        .map(|(name, raw)| {
            // Past the problems shown, an unknown name is only counted: the suggestions of
            // `lookup` cost a scan of the catalog each.
            let setting = match Catalog::get().find(name) {
                Some(def) if file.format == FileFormat::Xml && def.kind == Kind::Column => {
                    Err(Error::new(
                        Code::ColumnInXml,
                        format!(
                            "{} is a column of the organization table; an <OrgSettings> file holds OrgDB settings only",
                            def.name
                        ),
                    ))
                }
                Some(def) => Ok(def),
                None if unknown >= PROBLEMS_SHOWN => {
                    Err(Error::new(Code::UnknownSetting, "unknown setting"))
                }
                None => {
                    unknown += 1;
                    catalog::lookup(name)
                }
            };
            Entry {
                setting,
                name: name.clone(),
                given: Given::Json(raw.clone()),
            }
        })
        .collect();
    validate(snapshot, entries, force).map_err(|problems| {
        // Only unknown names: "not found", like `settings set` of one unknown name.
        let code = if problems
            .iter()
            .any(|p| p.code.exit_kind() == ExitKind::Invalid)
        {
            Code::InvalidFile
        } else {
            Code::UnknownSettingsInFile
        };
        let mut lines: Vec<String> = problems
            .iter()
            .take(PROBLEMS_SHOWN)
            .map(|p| {
                let name = p.name.as_deref().unwrap_or_default();
                format!("  {name}: {} ({})", p.message, p.code)
            })
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
                "{}: {} bad entries, nothing was changed:\n{}",
                file.shown,
                problems.len(),
                lines.join("\n")
            ),
        )
        .with_problems(problems)
    })
}

fn import(ctx: &Context, path: &str, dry_run: bool, force: bool, prune: bool) -> Result<()> {
    let file = read_file(path)?;
    let mut home = Home::open(ctx)?;
    let snapshot = home.read()?;
    let mut changes = check_file(&file, &snapshot, force)?;
    let named: HashSet<String> = changes.iter().map(|c| c.name.clone()).collect();
    if prune {
        // Everything else the org holds goes back to its default; an XML file says nothing
        // about columns, so they are left alone.
        for def in Catalog::get().definitions() {
            let held = snapshot.explicit.contains_key(&def.name);
            let comparable = file.format != FileFormat::Xml || def.kind == Kind::Orgdb;
            if held && comparable && !def.readonly && !named.contains(&def.name) {
                changes.push(match snapshot.default_value(def) {
                    Some(_) => Change::reset(&snapshot, def),
                    None => Change::remove(&snapshot, def),
                });
            }
        }
    }
    home.write(ctx, &changes, dry_run, "import")?;
    report(ctx, &changes, dry_run)
}

#[derive(Serialize)]
struct Difference {
    name: String,
    org: Option<SettingValue>,
    other: Option<SettingValue>,
}

/// Settings whose values in force differ. A setting absent from a file has its default there
/// (at this org's version); another environment has its own version and defaults.
fn differences(
    here: &Snapshot,
    there: &Snapshot,
    compared: impl Fn(&Definition) -> bool,
) -> Vec<Difference> {
    Catalog::get()
        .definitions()
        .iter()
        .filter(|def| compared(def))
        .filter_map(|def| {
            let (org, other) = (here.view(def).value, there.view(def).value);
            (org != other).then(|| Difference {
                name: def.name.clone(),
                org,
                other,
            })
        })
        .collect()
}

/// `ENV|FILE`: a URL is an environment; `-` or an existing file is a file; any other word
/// names an environment.
fn is_file(against: &str) -> bool {
    !against.contains("://") && (against == "-" || std::path::Path::new(against).is_file())
}

fn diff(ctx: &Context, against: &str, exit_code: bool) -> Result<()> {
    let (there, shown, xml_only) = if is_file(against) {
        let file = read_file(against)?;
        let snapshot = Home::open(ctx)?.read()?;
        let explicit: BTreeMap<String, String> = check_file(&file, &snapshot, true)?
            .into_iter()
            .filter_map(|change| Some((change.name, change.stored?)))
            .collect();
        if file.format == FileFormat::Xml {
            ctx.out.note(&format!(
                "{} is an <OrgSettings> file, which holds OrgDB settings only: organization columns were not compared",
                file.shown
            ));
        }
        let there = Snapshot {
            version: snapshot.version,
            explicit,
        };
        (
            (snapshot, there),
            file.shown,
            file.format == FileFormat::Xml,
        )
    } else {
        let mut other = RemoteOrg::new(ctx.connect(against)?);
        let there = other.read()?;
        let here = Home::open(ctx)?.read()?;
        ((here, there), other.host().to_string(), false)
    };
    let (here, there) = there;
    let found = differences(&here, &there, |def| !xml_only || def.kind == Kind::Orgdb);
    ctx.out.list(&found, &["name", "org", "other"])?;
    if exit_code && !found.is_empty() {
        return Err(Error::new(
            Code::SettingsDiffer,
            format!("{} settings differ from {shown}", found.len()),
        ));
    }
    Ok(())
}

fn history(ctx: &Context, setting: Option<&str>, limit: Option<usize>) -> Result<()> {
    let setting = setting.map(catalog::lookup).transpose()?;
    let home = Home::open(ctx)?;
    let mut entries = home.journal(setting.map(|d| d.name.as_str()))?;
    if let Some(limit) = limit {
        let skip = entries.len().saturating_sub(limit);
        entries.drain(..skip);
    }
    ctx.out.list(
        &entries,
        &["id", "at", "setting", "old", "new", "command", "change_id"],
    )
}

/// Reverts the latest command's changes, or every change from entry `to` on, in one guarded
/// write: refused when a setting no longer holds what the journal says it was changed to.
fn undo(ctx: &Context, to: Option<i64>, dry_run: bool) -> Result<()> {
    let mut home = Home::open(ctx)?;
    let snapshot = home.read()?;
    let all = home.journal(None)?;
    let run: Vec<journal::Entry> = match to {
        Some(id) => {
            if !all.iter().any(|e| e.id == id) {
                return Err(Error::new(
                    Code::UnknownJournalEntry,
                    format!(
                        "the settings journal of {} has no entry {id}",
                        home.target()
                    ),
                ));
            }
            all.into_iter().filter(|e| e.id >= id).collect()
        }
        None => {
            let last = all.last().map(|e| e.change_id).ok_or_else(|| {
                Error::new(
                    Code::NothingToUndo,
                    format!("the settings journal of {} is empty", home.target()),
                )
            })?;
            all.into_iter().filter(|e| e.change_id == last).collect()
        }
    };
    let mut changes = Vec::new();
    for reversal in journal::reversals(&run) {
        let def = catalog::lookup(&reversal.setting)?;
        let now = snapshot.explicit.get(&def.name);
        if now != reversal.expected.as_ref() {
            return Err(Error::new(
                Code::ChangedSince,
                format!(
                    "{} changed since journal entry {} (it holds {}, the journal says {}); nothing was written",
                    def.name,
                    reversal.last_id,
                    now.map_or("no explicit value", String::as_str),
                    reversal.expected.as_deref().unwrap_or("no explicit value")
                ),
            ));
        }
        changes.push(Change::to_stored(&snapshot, def, reversal.restore));
    }
    home.write(ctx, &changes, dry_run, "undo")?;
    report(ctx, &changes, dry_run)
}
