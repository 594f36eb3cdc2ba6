//! What an OData client reads first: the service document at the API root (the entity sets and
//! functions served) and `$metadata`, the CSDL of the `Microsoft.Dynamics.CRM` types behind
//! them (OData 4.0 CSDL XML, as Dataverse's own `$metadata`, restricted to what serve answers).

use std::fmt::Write;

use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde_json::json;

use super::api::{COLLECTIONS, org_columns};
use crate::remote::odata::{self, Column};
use crate::settings::{Catalog, SettingType};

/// The unbound functions served, with their response types' properties.
const FUNCTIONS: &[(&str, &[(&str, &str)])] = &[
    (
        "WhoAmI",
        &[
            ("BusinessUnitId", "Edm.Guid"),
            ("UserId", "Edm.Guid"),
            ("OrganizationId", "Edm.Guid"),
        ],
    ),
    ("RetrieveVersion", &[("Version", "Edm.String")]),
];

/// `GET /api/data/v9.2/`: every entity set and function import, by name and URL.
pub(super) fn service_document(base: &str) -> Response {
    let mut value: Vec<_> = COLLECTIONS
        .iter()
        .map(|set| json!({"name": set, "kind": "EntitySet", "url": set}))
        .collect();
    value.extend(
        FUNCTIONS
            .iter()
            .map(|(name, _)| json!({"name": name, "kind": "FunctionImport", "url": name})),
    );
    let body = json!({ "@odata.context": format!("{base}$metadata"), "value": value });
    (StatusCode::OK, axum::Json(body)).into_response()
}

/// `GET /api/data/v9.2/$metadata`: the CSDL document.
pub(super) fn csdl() -> Response {
    let mut response = (StatusCode::OK, document()).into_response();
    response.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/xml"),
    );
    response
}

/// A table served: its entity set, its entity type (keyed by `<type>id`) and its properties
/// (name, EDM type).
type EntityType = (
    &'static str,
    &'static str,
    Vec<(&'static str, &'static str)>,
);

/// The tables served, in the order of `COLLECTIONS`.
fn entity_types() -> Vec<EntityType> {
    let typed = |columns: &[Column]| columns.iter().map(|c| (c.name, c.edm)).collect();
    let organization = org_columns()
        .into_iter()
        .map(|name| (name, org_column_type(name)))
        .collect();
    let mut types = vec![
        ("organizations", "organization", organization),
        ("mailboxes", "mailbox", typed(odata::MAILBOX_COLUMNS)),
        ("tracelogs", "tracelog", typed(odata::TRACELOG_COLUMNS)),
        (
            "emailserverprofiles",
            "emailserverprofile",
            typed(super::profiles::COLUMNS),
        ),
        ("emails", "email", typed(odata::EMAIL_COLUMNS)),
    ];
    types.extend(
        super::directory::SETS
            .iter()
            .map(|set| (set.name, set.table, typed(set.columns))),
    );
    types
}

/// The EDM type of an organization column: its catalogue type, the id a GUID, the rest text.
/// The primary key of a table: `<name>id`, but `activityid` for activities.
pub(super) fn key_of(name: &str) -> String {
    match name {
        "email" => "activityid".to_string(),
        _ => format!("{name}id"),
    }
}

fn org_column_type(name: &str) -> &'static str {
    if name == "organizationid" {
        return "Edm.Guid";
    }
    match Catalog::get().find(name).map(|d| d.latest_row().ty) {
        Some(SettingType::Boolean) => "Edm.Boolean",
        Some(SettingType::Number) => "Edm.Int32",
        Some(SettingType::Double) => "Edm.Double",
        Some(SettingType::String) | None => "Edm.String",
    }
}

fn document() -> String {
    const NS: &str = "Microsoft.Dynamics.CRM";
    let mut xml = String::from(
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n\
         <edmx:Edmx Version=\"4.0\" xmlns:edmx=\"http://docs.oasis-open.org/odata/ns/edmx\">\n\
         <edmx:DataServices>\n",
    );
    let _ = writeln!(
        xml,
        "<Schema Namespace=\"{NS}\" Alias=\"mscrm\" xmlns=\"http://docs.oasis-open.org/odata/ns/edm\">"
    );
    let types = entity_types();
    for (_, name, properties) in &types {
        let _ = writeln!(
            xml,
            "<EntityType Name=\"{name}\"><Key><PropertyRef Name=\"{}\"/></Key>",
            key_of(name)
        );
        for (property, edm) in properties {
            let _ = writeln!(xml, "<Property Name=\"{property}\" Type=\"{edm}\"/>");
        }
        xml.push_str("</EntityType>\n");
    }
    for (function, properties) in FUNCTIONS {
        let _ = writeln!(xml, "<ComplexType Name=\"{function}Response\">");
        for (property, edm) in *properties {
            let _ = writeln!(
                xml,
                "<Property Name=\"{property}\" Type=\"{edm}\" Nullable=\"false\"/>"
            );
        }
        xml.push_str("</ComplexType>\n");
        let _ = writeln!(
            xml,
            "<Function Name=\"{function}\"><ReturnType Type=\"{NS}.{function}Response\" Nullable=\"false\"/></Function>"
        );
    }
    xml.push_str("<EntityContainer Name=\"System\">\n");
    for (set, name, _) in &types {
        let _ = writeln!(
            xml,
            "<EntitySet Name=\"{set}\" EntityType=\"{NS}.{name}\"/>"
        );
    }
    for (function, _) in FUNCTIONS {
        let _ = writeln!(
            xml,
            "<FunctionImport Name=\"{function}\" Function=\"{NS}.{function}\"/>"
        );
    }
    xml.push_str("</EntityContainer>\n</Schema>\n</edmx:DataServices>\n</edmx:Edmx>\n");
    xml
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_set_has_its_entity_type_and_key() {
        let xml = document();
        for (set, ty) in [
            ("organizations", "organization"),
            ("mailboxes", "mailbox"),
            ("tracelogs", "tracelog"),
            ("emailserverprofiles", "emailserverprofile"),
            ("emails", "email"),
        ] {
            assert!(
                xml.contains(&format!(
                    "<EntitySet Name=\"{set}\" EntityType=\"Microsoft.Dynamics.CRM.{ty}\"/>"
                )),
                "{set}"
            );
            let key = key_of(ty);
            assert!(xml.contains(&format!("<PropertyRef Name=\"{key}\"/>")));
        }
        let sets: Vec<&str> = entity_types().iter().map(|(set, _, _)| *set).collect();
        assert_eq!(sets, COLLECTIONS);
        assert!(xml.contains("<Property Name=\"emailcorrelationenabled\" Type=\"Edm.Boolean\"/>"));
        assert!(xml.contains("<Property Name=\"maximumtrackingnumber\" Type=\"Edm.Int32\"/>"));
    }
}
