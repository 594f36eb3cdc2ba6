//! The `organizations` row as a settings snapshot, and setting changes as the requests that
//! write them: one PATCH carrying OrgDB settings as an `<OrgSettings>` fragment of just the
//! changed elements (merged into `orgdborgsettings`) and columns by their logical names; an
//! element removed from the blob is written as the whole blob, replaced in one PUT of the
//! column. Every write is guarded by the ETag read.

use serde_json::{Map, Value};

use super::batch::{Item, Request};
use super::client::Client;
use super::odata::Table;
use crate::error::{Code, Error, Result};
use crate::settings::{self, Catalog, Change, Kind, SettingValue, SettingView, Snapshot, xml};
use crate::version::Version;

/// Every organization column the catalog knows, plus the id and the blob.
pub fn select_list() -> String {
    let mut names = vec!["organizationid", "orgdborgsettings"];
    names.extend(
        Catalog::get()
            .definitions()
            .iter()
            .filter(|d| d.kind == Kind::Column)
            .map(|d| d.storage_name()),
    );
    names.join(",")
}

/// The org's settings as `orgtrack serve` shows them: the explicit OrgDB values as the blob,
/// and every column with its value in force.
pub fn org_row(name: &str, snapshot: &Snapshot) -> Map<String, Value> {
    let mut row = Map::new();
    row.insert("organizationid".into(), Table::Organization.guid(1).into());
    row.insert("name".into(), name.into());
    let mut blob = Vec::new();
    for def in Catalog::get().definitions() {
        match def.kind {
            Kind::Orgdb => {
                if snapshot.explicit.contains_key(&def.name) {
                    let text = snapshot
                        .value(def)
                        .map(|v| v.to_string())
                        .unwrap_or_default();
                    blob.push((def.name.as_str(), text));
                }
            }
            Kind::Column => {
                let value = snapshot.value(def).map_or(Value::Null, |v| v.to_json());
                row.insert(def.storage_name().to_string(), value);
            }
        }
    }
    row.insert("orgdborgsettings".into(), xml::write(blob).into());
    row
}

/// What a column holds explicitly, as a snapshot read back from the row sees it: only a value
/// that differs from the default counts (every column has a value in Dataverse).
pub fn column_explicit(
    def: &settings::Definition,
    text: Option<String>,
    version: Version,
) -> Option<String> {
    text.filter(|t| !SettingView::new(def, Some(t), version).is_default)
}

/// Reads an `organizations` row into a snapshot. OrgDB settings in the blob are explicit; a
/// column counts as explicit only where it differs from the default. Names the catalog does
/// not know are skipped.
pub fn snapshot_from_row(row: &Value, version: Version) -> Result<Snapshot, String> {
    let mut explicit = std::collections::BTreeMap::new();
    for (name, text) in blob_of(row)? {
        if let Some(def) = Catalog::get().find(&name).filter(|d| d.kind == Kind::Orgdb) {
            explicit.insert(def.name.clone(), text);
        }
    }
    for def in Catalog::get()
        .definitions()
        .iter()
        .filter(|d| d.kind == Kind::Column)
    {
        let text = match row.get(def.storage_name()) {
            None | Some(Value::Null) => continue,
            Some(Value::String(s)) => s.clone(),
            Some(Value::Bool(b)) => b.to_string(),
            Some(Value::Number(n)) => n.to_string(),
            Some(other) => {
                return Err(format!(
                    "column {} has an unexpected value {other}",
                    def.storage_name()
                ));
            }
        };
        if let Some(text) = column_explicit(def, Some(text), version) {
            explicit.insert(def.name.clone(), text);
        }
    }
    Ok(Snapshot { version, explicit })
}

/// Every element of the row's `orgdborgsettings`, known to the catalog or not.
fn blob_of(row: &Value) -> Result<Vec<(String, String)>, String> {
    match row.get("orgdborgsettings").and_then(Value::as_str) {
        Some(blob) if !blob.trim().is_empty() => {
            xml::parse(blob).map_err(|e| format!("orgdborgsettings: {e}"))
        }
        _ => Ok(Vec::new()),
    }
}

/// Whether a change takes an element out of the blob (which only a whole-blob write can do).
fn removes_element(change: &Change, kind: Kind) -> bool {
    kind == Kind::Orgdb && change.stored.is_none() && change.old_stored.is_some()
}

/// The PATCH body for `changes`, elements that leave the blob aside: changed OrgDB elements as
/// a fragment, columns by their logical names (a column without an explicit value takes its
/// default, or null when it has none).
pub fn patch_body(changes: &[Change]) -> Result<Map<String, Value>> {
    let mut body = Map::new();
    let mut fragment = Vec::new();
    for change in changes {
        let def = settings::lookup(&change.name)?;
        match (def.kind, &change.stored) {
            (Kind::Orgdb, Some(text)) => fragment.push((def.name.as_str(), text.clone())),
            (Kind::Orgdb, None) => {}
            (Kind::Column, _) => {
                body.insert(
                    def.storage_name().to_string(),
                    change
                        .new
                        .as_ref()
                        .map_or(Value::Null, SettingValue::to_json),
                );
            }
        }
    }
    if !fragment.is_empty() {
        body.insert("orgdborgsettings".into(), xml::write(fragment).into());
    }
    Ok(body)
}

/// The organization row of an environment: read once (remembering its ETag and its blob), then
/// written with `If-Match`, so a row changed in between is refused (exit 5) and nothing is
/// written.
pub struct RemoteOrg {
    client: Client,
    row: Option<ReadRow>,
}

struct ReadRow {
    id: String,
    etag: String,
    blob: Vec<(String, String)>,
    version: Version,
}

impl RemoteOrg {
    pub fn new(client: Client) -> RemoteOrg {
        RemoteOrg { client, row: None }
    }

    /// The client it reads and writes through, for other reads in the same command.
    pub fn client(&self) -> &Client {
        &self.client
    }

    /// The environment's URL, as journals and messages name it.
    pub fn host(&self) -> &str {
        self.client.host()
    }

    pub fn read(&mut self) -> Result<Snapshot> {
        let client = &self.client;
        let who = client.get(&client.url("WhoAmI", &[]))?.body;
        let id = who
            .get("OrganizationId")
            .and_then(Value::as_str)
            .ok_or_else(|| protocol(client, "a WhoAmI answer without OrganizationId"))?
            .to_string();
        let version_text = client.get(&client.url("RetrieveVersion", &[]))?.body;
        let version_text = version_text
            .get("Version")
            .and_then(Value::as_str)
            .ok_or_else(|| protocol(client, "a RetrieveVersion answer without Version"))?;
        let version: Version = version_text
            .parse()
            .map_err(|_| protocol(client, &format!("the unreadable version '{version_text}'")))?;
        let fetched = client.get(&client.url(
            &format!("organizations({id})"),
            &[("$select", select_list())],
        ))?;
        let etag = fetched
            .etag
            .or_else(|| {
                fetched
                    .body
                    .get("@odata.etag")
                    .and_then(Value::as_str)
                    .map(str::to_string)
            })
            .ok_or_else(|| protocol(client, "an organization row without an ETag"))?;
        let unreadable = |why: String| {
            protocol(
                client,
                &format!("an organization row it cannot read: {why}"),
            )
        };
        let snapshot = snapshot_from_row(&fetched.body, version).map_err(unreadable)?;
        let blob = blob_of(&fetched.body).map_err(unreadable)?;
        self.row = Some(ReadRow {
            id,
            etag,
            blob,
            version,
        });
        Ok(snapshot)
    }

    /// What the row holds explicitly after `change` is written, as a later read sees it.
    pub fn explicit_after(&self, change: &Change) -> Option<String> {
        let def = settings::lookup(&change.name).ok()?;
        let version = self.row.as_ref().map_or(Version::MAX, |r| r.version);
        match def.kind {
            Kind::Orgdb => change.stored.clone(),
            Kind::Column => column_explicit(
                def,
                change.new.as_ref().map(SettingValue::to_string),
                version,
            ),
        }
    }

    /// Checks that `changes` can be written (before anything is sent), then, unless a dry run,
    /// sends them: one PATCH, or, when an element leaves the blob, one PUT of the whole blob,
    /// with the columns' PATCH beside it in one `$batch` change set guarded by the ETag read,
    /// so both are written or neither ("Execute batch operations using the Web API": change
    /// sets).
    pub fn write(&self, changes: &[Change], dry_run: bool) -> Result<()> {
        let mut body = patch_body(changes)?;
        let removed: Vec<&str> = changes
            .iter()
            .filter(|c| settings::lookup(&c.name).is_ok_and(|d| removes_element(c, d.kind)))
            .map(|c| c.name.as_str())
            .collect();
        if dry_run || changes.is_empty() {
            return Ok(());
        }
        let row = self
            .row
            .as_ref()
            .expect("the row is read before it is written");
        let entity = format!("organizations({})", row.id);
        let url = self.client.url(&entity, &[]);
        if removed.is_empty() {
            return self
                .client
                .patch(&url, &Value::Object(body), Some(&row.etag))
                .map(|_| ())
                .map_err(|err| self.conflict(err));
        }
        body.remove("orgdborgsettings");
        let blob = serde_json::json!({ "value": whole_blob(&row.blob, changes, &removed) });
        let blob_url = self.client.url(&format!("{entity}/orgdborgsettings"), &[]);
        if body.is_empty() {
            return self
                .client
                .put(&blob_url, &blob, Some(&row.etag))
                .map(|_| ())
                .map_err(|err| self.conflict(err));
        }
        // Only the first request carries the guard: the PATCH runs after the PUT inside the
        // same transaction, when the row's version is already the PUT's.
        let mut put = Request::json("PUT", blob_url.as_str(), &blob);
        put.headers.push(("If-Match".into(), row.etag.clone()));
        let set = vec![
            put,
            Request::json("PATCH", url.as_str(), &Value::Object(body)),
        ];
        let answered = self.client.batch(&[Item::ChangeSet(set)])?;
        match answered.first() {
            Some(response) if response.is_success() => Ok(()),
            Some(response) if response.status == 412 => {
                Err(self.conflict(Error::new(Code::RowChanged, String::new())))
            }
            Some(response) => Err(Error::new(
                Code::RemoteError,
                format!(
                    "{}; nothing was written",
                    self.client.batch_failure(response)
                ),
            )),
            None => Err(protocol(&self.client, "no answer to the change set")),
        }
    }

    fn conflict(&self, mut err: Error) -> Error {
        if err.code == Code::RowChanged {
            err.message = format!(
                "the organization row changed on {} since it was read (HTTP 412); nothing was written, run the command again",
                self.client.host()
            );
        }
        err
    }
}

/// The blob as read with `changes` applied and the `removed` elements left out; elements the
/// catalog does not know are kept as they were.
fn whole_blob(read: &[(String, String)], changes: &[Change], removed: &[&str]) -> String {
    let stored = |name: &str| {
        changes
            .iter()
            .find(|c| c.name.eq_ignore_ascii_case(name))
            .and_then(|c| c.stored.clone())
    };
    let mut entries: Vec<(String, String)> = read
        .iter()
        .filter(|(name, _)| !removed.iter().any(|r| r.eq_ignore_ascii_case(name)))
        .map(|(name, text)| (name.clone(), stored(name).unwrap_or_else(|| text.clone())))
        .collect();
    for change in changes {
        let is_orgdb = settings::lookup(&change.name).is_ok_and(|d| d.kind == Kind::Orgdb);
        let present = entries
            .iter()
            .any(|(n, _)| n.eq_ignore_ascii_case(&change.name));
        if let (true, false, Some(text)) = (is_orgdb, present, &change.stored) {
            entries.push((change.name.clone(), text.clone()));
        }
    }
    xml::write(entries.iter().map(|(n, v)| (n.as_str(), v.clone())))
}

fn protocol(client: &Client, what: &str) -> Error {
    Error::new(
        Code::RemoteProtocol,
        format!("{} answered with {what}", client.host()),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn version() -> Version {
        "9.2.25101.0".parse().unwrap()
    }

    #[test]
    fn row_and_snapshot_agree() {
        let mut explicit = std::collections::BTreeMap::new();
        explicit.insert("AutoTrackSentFolderItems".to_string(), "true".to_string());
        explicit.insert("trackingprefix".to_string(), "CASE".to_string());
        let snapshot = Snapshot {
            version: version(),
            explicit,
        };
        let row = Value::Object(org_row("Contoso", &snapshot));
        assert_eq!(
            row["orgdborgsettings"],
            "<OrgSettings><AutoTrackSentFolderItems>true</AutoTrackSentFolderItems></OrgSettings>"
        );
        assert_eq!(row["trackingprefix"], "CASE");
        assert_eq!(row["maximumtrackingnumber"], 999);
        let back = snapshot_from_row(&row, version()).unwrap();
        assert_eq!(back.explicit, snapshot.explicit);
    }

    #[test]
    fn patches_carry_only_what_changed() {
        let snapshot = Snapshot {
            version: version(),
            explicit: Default::default(),
        };
        let orgdb = settings::lookup("AutoTrackSentFolderItems").unwrap();
        let column = settings::lookup("enablesmartmatching").unwrap();
        let changes = [
            Change::set(&snapshot, orgdb, SettingValue::Bool(true)),
            Change::reset(&snapshot, column),
        ];
        let body = Value::Object(patch_body(&changes).unwrap());
        assert_eq!(
            body,
            serde_json::json!({
                "orgdborgsettings": "<OrgSettings><AutoTrackSentFolderItems>true</AutoTrackSentFolderItems></OrgSettings>",
                "enablesmartmatching": false,
            })
        );
    }
}
