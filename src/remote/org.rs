//! The `organizations` row as a settings snapshot, and setting changes as the PATCH that writes
//! them: OrgDB settings as an `<OrgSettings>` fragment of just the changed elements (the service
//! merges it into `orgdborgsettings`), columns by their logical names.

use serde_json::{Map, Value};

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
            .map(|d| d.name.as_str()),
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
                row.insert(def.name.clone(), value);
            }
        }
    }
    row.insert("orgdborgsettings".into(), xml::write(blob).into());
    row
}

/// Reads an `organizations` row into a snapshot. OrgDB settings in the blob are explicit; a
/// column counts as explicit only where it differs from the default (every column has a value
/// in Dataverse, so "set" can only mean "changed"). Names the catalog does not know are skipped.
pub fn snapshot_from_row(row: &Value, version: Version) -> Result<Snapshot, String> {
    let mut explicit = std::collections::BTreeMap::new();
    if let Some(blob) = row.get("orgdborgsettings").and_then(Value::as_str)
        && !blob.trim().is_empty()
    {
        for (name, text) in xml::parse(blob).map_err(|e| format!("orgdborgsettings: {e}"))? {
            if let Some(def) = Catalog::get().find(&name).filter(|d| d.kind == Kind::Orgdb) {
                explicit.insert(def.name.clone(), text);
            }
        }
    }
    for def in Catalog::get()
        .definitions()
        .iter()
        .filter(|d| d.kind == Kind::Column)
    {
        let text = match row.get(&def.name) {
            None | Some(Value::Null) => continue,
            Some(Value::String(s)) => s.clone(),
            Some(Value::Bool(b)) => b.to_string(),
            Some(Value::Number(n)) => n.to_string(),
            Some(other) => {
                return Err(format!(
                    "column {} has an unexpected value {other}",
                    def.name
                ));
            }
        };
        if !SettingView::new(def, Some(&text), version).is_default {
            explicit.insert(def.name.clone(), text);
        }
    }
    Ok(Snapshot { version, explicit })
}

/// The PATCH body for `changes`. Each change writes its new value: the service has no
/// per-setting delete, so a reset writes the default, and an OrgDB setting without a default
/// cannot be reset remotely.
pub fn patch_body(changes: &[Change]) -> Result<Value> {
    let mut body = Map::new();
    let mut fragment = Vec::new();
    for change in changes {
        let def = settings::lookup(&change.name)?;
        match (def.kind, &change.new) {
            (Kind::Orgdb, Some(value)) => fragment.push((def.name.as_str(), value.to_string())),
            (Kind::Orgdb, None) => {
                return Err(Error::new(
                    Code::NoDefault,
                    format!(
                        "{} has no default at this org's version, and Dataverse cannot remove an element of orgdborgsettings; set a value instead",
                        def.name
                    ),
                ));
            }
            (Kind::Column, value) => {
                body.insert(
                    def.name.clone(),
                    value.as_ref().map_or(Value::Null, SettingValue::to_json),
                );
            }
        }
    }
    if !fragment.is_empty() {
        body.insert("orgdborgsettings".into(), xml::write(fragment).into());
    }
    Ok(Value::Object(body))
}

/// The organization row of an environment: read once (remembering its ETag), then written
/// with `If-Match`, so a row changed in between is refused (exit 5) and nothing is written.
pub struct RemoteOrg {
    client: Client,
    row: Option<(String, String)>,
}

impl RemoteOrg {
    pub fn new(client: Client) -> RemoteOrg {
        RemoteOrg { client, row: None }
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
        let snapshot = snapshot_from_row(&fetched.body, version).map_err(|why| {
            protocol(
                client,
                &format!("an organization row it cannot read: {why}"),
            )
        })?;
        self.row = Some((id, etag));
        Ok(snapshot)
    }

    /// Checks that `changes` can be written (before anything is sent), then, unless a dry run,
    /// sends them in one PATCH.
    pub fn write(&self, changes: &[Change], dry_run: bool) -> Result<()> {
        let body = patch_body(changes)?;
        if dry_run || changes.is_empty() {
            return Ok(());
        }
        let (id, etag) = self
            .row
            .as_ref()
            .expect("the row is read before it is written");
        let url = self.client.url(&format!("organizations({id})"), &[]);
        self.client.patch(&url, &body, Some(etag)).map_err(|mut err| {
            if err.code == Code::RowChanged {
                err.message = format!(
                    "the organization row changed on {} since it was read (HTTP 412); nothing was written, run the command again",
                    self.client.host()
                );
            }
            err
        })
    }
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
        let body = patch_body(&changes).unwrap();
        assert_eq!(
            body,
            serde_json::json!({
                "orgdborgsettings": "<OrgSettings><AutoTrackSentFolderItems>true</AutoTrackSentFolderItems></OrgSettings>",
                "enablesmartmatching": false,
            })
        );
    }
}
