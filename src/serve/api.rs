//! The routes of `orgtrack serve`: `WhoAmI`, `RetrieveVersion`, `organizations` (GET, PATCH),
//! `mailboxes` and `tracelogs` (GET), with the OData query options, ETags and the Dataverse
//! error shape.

use std::sync::Arc;

use axum::Router;
use axum::body::Bytes;
use axum::extract::{Query, State};
use axum::http::{HeaderMap, HeaderValue, Method, StatusCode, Uri, header};
use axum::response::{IntoResponse, Response};
use serde_json::{Map, Value, json};

use super::App;
use super::{directory, metadata, query};
use crate::error::{Code, Error, ExitKind};
use crate::model::{ActMethod, Approval, IncomingMethod, MailboxMethods, OutgoingMethod};
use crate::remote::odata::{self, API_PATH, Column, FORMATTED, Table, codes};
use crate::remote::org::org_row;
use crate::settings::validate::{Entry, Given, validate};
use crate::settings::{Catalog, Change, Kind, Snapshot, xml};
use crate::store::{self, alerts, mailboxes, org, resolve};

pub(super) fn router(app: Arc<App>) -> Router {
    Router::new().fallback(handle).with_state(app)
}

/// A failed request: its status and the Dataverse error document.
pub(super) struct ApiError {
    status: StatusCode,
    code: &'static str,
    message: String,
}

impl ApiError {
    pub(super) fn new(status: StatusCode, code: &'static str, message: impl Into<String>) -> Self {
        ApiError {
            status,
            code,
            message: message.into(),
        }
    }

    pub(super) fn bad_query(message: impl Into<String>) -> Self {
        Self::new(StatusCode::BAD_REQUEST, codes::BAD_QUERY, message)
    }

    fn not_found(message: impl Into<String>) -> Self {
        Self::new(StatusCode::NOT_FOUND, codes::NOT_FOUND, message)
    }
}

impl From<Error> for ApiError {
    fn from(err: Error) -> Self {
        let (status, code) = match err.kind() {
            ExitKind::Invalid => (StatusCode::BAD_REQUEST, codes::INVALID_VALUE),
            ExitKind::NotFound => (StatusCode::NOT_FOUND, codes::NOT_FOUND),
            // The state is held by another writer: a client may retry.
            ExitKind::Conflict => (StatusCode::SERVICE_UNAVAILABLE, "0x80040216"),
            _ => (StatusCode::INTERNAL_SERVER_ERROR, "0x80040216"),
        };
        ApiError::new(status, code, err.message)
    }
}

pub(super) type Answer = Result<Response, ApiError>;

async fn handle(
    State(app): State<Arc<App>>,
    method: Method,
    uri: Uri,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    // Handlers read and write SQLite: each runs on a blocking thread, so one that waits for
    // the write lock never holds up the others.
    let answered =
        tokio::task::spawn_blocking(move || answer(&app, &method, &uri, &headers, &body)).await;
    let mut response = answered.unwrap_or_else(|_| {
        error_response(&ApiError::new(
            StatusCode::INTERNAL_SERVER_ERROR,
            "0x80040216",
            "the request failed inside the server",
        ))
    });
    response
        .headers_mut()
        .insert("OData-Version", HeaderValue::from_static("4.0"));
    response
}

fn answer(app: &App, method: &Method, uri: &Uri, headers: &HeaderMap, body: &[u8]) -> Response {
    if !authorized(app, headers) {
        let mut response = StatusCode::UNAUTHORIZED.into_response();
        response
            .headers_mut()
            .insert(header::WWW_AUTHENTICATE, HeaderValue::from_static("Bearer"));
        return response;
    }
    if let Some(throttle) = &app.throttle
        && let Err(wait) = throttle.take()
    {
        return throttled(throttle.per_second, wait);
    }
    let mut response =
        route(app, method, uri, headers, body).unwrap_or_else(|err| error_response(&err));
    if response.status().is_success()
        && let Some(wanted) = preference(headers, "odata.include-annotations")
        && let Ok(value) = HeaderValue::from_str(&format!("odata.include-annotations=\"{wanted}\""))
    {
        response.headers_mut().append("Preference-Applied", value);
    }
    response
}

/// 429 with `Retry-After` (whole seconds, at least 1) and the error Dataverse gives when the
/// number of requests in the service protection window is exceeded ("Service protection API
/// limits": 0x80072322).
fn throttled(per_second: u32, wait: std::time::Duration) -> Response {
    let mut response = error_response(&ApiError::new(
        StatusCode::TOO_MANY_REQUESTS,
        "0x80072322",
        format!("Number of requests exceeded the limit of {per_second} per second."),
    ));
    let secs = wait.as_secs() + u64::from(wait.subsec_nanos() > 0);
    if let Ok(value) = HeaderValue::from_str(&secs.max(1).to_string()) {
        response.headers_mut().insert(header::RETRY_AFTER, value);
    }
    response
}

/// The Dataverse error document; a 503 says when to come back.
pub(super) fn error_response(err: &ApiError) -> Response {
    let mut response = (
        err.status,
        axum::Json(odata::error_body(err.code, &err.message)),
    )
        .into_response();
    if err.status == StatusCode::SERVICE_UNAVAILABLE {
        response
            .headers_mut()
            .insert(header::RETRY_AFTER, HeaderValue::from_static("1"));
    }
    response
}

/// The bearer token, compared in constant time.
fn authorized(app: &App, headers: &HeaderMap) -> bool {
    let Some(given) = headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "))
    else {
        return false;
    };
    let (a, b) = (given.trim().as_bytes(), app.token.as_bytes());
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

/// One resource path: `name` or `name(key)`.
fn split_key(segment: &str) -> (&str, Option<&str>) {
    match segment.split_once('(') {
        Some((name, rest)) => (name, Some(rest.strip_suffix(')').unwrap_or(rest))),
        None => (segment, None),
    }
}

pub(super) fn route(
    app: &App,
    method: &Method,
    uri: &Uri,
    headers: &HeaderMap,
    body: &[u8],
) -> Answer {
    let path = uri.path();
    let resource = if path == API_PATH.trim_end_matches('/') {
        ""
    } else {
        path.strip_prefix(API_PATH).ok_or_else(|| {
            ApiError::not_found(format!(
                "nothing is served at {}; the Web API is under {API_PATH}",
                excerpt(path)
            ))
        })?
    };
    let options = Options::parse(uri)?;
    // `organizations(<id>)/orgdborgsettings`: one column of a row.
    let (resource, property) = match resource.split_once(")/") {
        Some((entity, property)) if property != "$count" => {
            (&resource[..entity.len() + 1], Some(property))
        }
        _ => (resource, None),
    };
    // `<set>/$count`: the number of rows the query matches, as plain text.
    let (segment, count_only) = match resource.strip_suffix("/$count") {
        Some(segment) => (segment, true),
        None => (resource, false),
    };
    let (name, key) = split_key(segment);
    let key = key.filter(|k| !k.is_empty());
    if count_only && (key.is_some() || !COLLECTIONS.contains(&name)) {
        return Err(ApiError::bad_query(format!(
            "$count follows a collection ({}), not '{}'",
            COLLECTIONS.join(", "),
            excerpt(segment)
        )));
    }
    let ctx = Request {
        app,
        uri,
        headers,
        options,
        count_only,
    };
    if let Some(property) = property {
        return match (method, name, key, property) {
            (&Method::PUT, "organizations", Some(key), "orgdborgsettings") => {
                put_orgdborgsettings(&ctx, key, body)
            }
            _ => Err(ApiError::new(
                StatusCode::METHOD_NOT_ALLOWED,
                codes::BAD_QUERY,
                format!("{method} is not supported on {resource}/{property}"),
            )),
        };
    }
    match (method, name, key) {
        (&Method::GET, "", None) => Ok(metadata::service_document(&ctx.base())),
        (&Method::GET, "$metadata", None) => Ok(metadata::csdl()),
        (&Method::GET, "WhoAmI", None) => who_am_i(&ctx),
        (&Method::GET, "RetrieveVersion", None) => retrieve_version(&ctx),
        (&Method::GET, "organizations", None) => organizations(&ctx),
        (&Method::GET, "organizations", Some(key)) => organization(&ctx, key),
        (&Method::PATCH, "organizations", Some(key)) => patch_organization(&ctx, key, body),
        (&Method::GET, "mailboxes", key) => mailboxes(&ctx, key),
        (&Method::PATCH, "mailboxes", Some(key)) => patch_mailbox(&ctx, key, body),
        (&Method::GET, "tracelogs", key) => tracelogs(&ctx, key),
        (&Method::GET, "emailserverprofiles", key) => email_server_profiles(&ctx, key),
        (&Method::GET, "emails", key) => emails(&ctx, key),
        (&Method::POST, "$batch", None) => super::batch::answer(app, headers, body),
        (&Method::GET, set, key) if directory::find(set).is_some() => {
            directory::answer(&ctx, set, key)
        }
        (
            _,
            ""
            | "$metadata"
            | "WhoAmI"
            | "RetrieveVersion"
            | "organizations"
            | "mailboxes"
            | "tracelogs"
            | "emailserverprofiles"
            | "emails"
            | "$batch",
            _,
        ) => Err(ApiError::new(
            StatusCode::METHOD_NOT_ALLOWED,
            codes::BAD_QUERY,
            format!("{method} is not supported on {}", excerpt(resource)),
        )),
        (_, set, _) if directory::find(set).is_some() => Err(ApiError::new(
            StatusCode::METHOD_NOT_ALLOWED,
            codes::BAD_QUERY,
            format!("{method} is not supported on {}", excerpt(resource)),
        )),
        _ => Err(ApiError::not_found(format!(
            "Resource not found for the segment '{}'.",
            excerpt(name)
        ))),
    }
}

/// The entity sets served (each also as `<set>/$count`).
pub(super) const COLLECTIONS: &[&str] = &[
    "organizations",
    "mailboxes",
    "tracelogs",
    "emailserverprofiles",
    "emails",
    "systemusers",
    "usersettingscollection",
    "queues",
    "mailboxtrackingfolders",
    "accounts",
    "contacts",
    "leads",
];

pub(super) struct Request<'a> {
    app: &'a App,
    uri: &'a Uri,
    headers: &'a HeaderMap,
    pub(super) options: Options,
    /// The path ended in `/$count`.
    count_only: bool,
}

impl Request<'_> {
    /// `<scheme>://<host>/api/data/v9.2/` of the configured or listening address (never the
    /// client's `Host` header, which anyone can set).
    fn base(&self) -> String {
        format!("{}{API_PATH}", self.app.origin)
    }

    fn context(&self, fragment: &str) -> Value {
        Value::String(format!("{}$metadata#{fragment}", self.base()))
    }

    fn preference(&self, name: &str) -> Option<String> {
        preference(self.headers, name)
    }

    /// `Prefer: odata.maxpagesize=N`, if the client asked.
    fn preferred_page_size(&self) -> Option<usize> {
        self.preference("odata.maxpagesize")?
            .parse()
            .ok()
            .filter(|n| *n > 0)
    }

    /// `Prefer: return=representation`: a PATCH answers 200 with the row instead of 204.
    fn wants_representation(&self) -> bool {
        self.preference("return")
            .is_some_and(|v| v.eq_ignore_ascii_case("representation"))
    }

    /// The row as the client asked to see it: formatted values added for choice and yes/no
    /// columns, and only the annotations `Prefer: odata.include-annotations` names kept (none
    /// when it is not given, as Dataverse does). `@odata.*` control information always stays.
    pub(super) fn annotated(
        &self,
        row: Map<String, Value>,
        columns: &[Column],
    ) -> Map<String, Value> {
        let wanted = self
            .preference("odata.include-annotations")
            .unwrap_or_default();
        let patterns: Vec<&str> = wanted.split(',').map(str::trim).collect();
        let includes = |annotation: &str| {
            let mut verdict = false;
            for pattern in &patterns {
                let (exclude, pattern) = match pattern.strip_prefix('-') {
                    Some(rest) => (true, rest),
                    None => (false, *pattern),
                };
                let hit = pattern == "*"
                    || pattern == annotation
                    || pattern
                        .strip_suffix(".*")
                        .is_some_and(|ns| annotation.starts_with(&format!("{ns}.")));
                if hit {
                    verdict = !exclude;
                }
            }
            verdict
        };
        let formatted = &FORMATTED[1..];
        let mut out = Map::with_capacity(row.len());
        for (key, value) in row {
            let label = includes(formatted)
                .then(|| formatted_value(&key, &value, columns))
                .flatten();
            match key.split_once('@') {
                Some(("", _)) => {
                    out.insert(key, value);
                }
                Some((_, annotation)) if !includes(annotation) => {}
                _ => {
                    out.insert(key.clone(), value);
                    if let Some(label) = label {
                        out.insert(format!("{key}{FORMATTED}"), Value::String(label));
                    }
                }
            }
        }
        out
    }

    pub(super) fn reader(&self) -> Result<super::Reader<'_>, ApiError> {
        Ok(self.app.reader()?)
    }
}

/// The value of the `Prefer` preference `name` (RFC 7240), unquoted, if the client gave it.
pub(super) fn preference(headers: &HeaderMap, name: &str) -> Option<String> {
    headers
        .get_all("Prefer")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(split_preferences)
        .find_map(|p| {
            let (key, value) = p.split_once('=').unwrap_or((p.as_str(), ""));
            key.trim()
                .eq_ignore_ascii_case(name)
                .then(|| value.trim().trim_matches('"').to_string())
        })
}

/// `a=1, b="x,y"; p` as `a=1` and `b="x,y"` (commas in quotes stay; parameters after `;` go).
fn split_preferences(header: &str) -> Vec<String> {
    let mut parts = vec![String::new()];
    let mut quoted = false;
    for c in header.chars() {
        match c {
            '"' => {
                quoted = !quoted;
                parts.last_mut().expect("one part").push(c);
            }
            ',' if !quoted => parts.push(String::new()),
            c => parts.last_mut().expect("one part").push(c),
        }
    }
    parts
        .into_iter()
        .map(|p| p.split(';').next().unwrap_or("").trim().to_string())
        .filter(|p| !p.is_empty())
        .collect()
}

/// The display text of a column value: a choice's label, `Yes`/`No` for a yes/no column.
fn formatted_value(key: &str, value: &Value, columns: &[Column]) -> Option<String> {
    if let Value::Bool(flag) = value {
        return Some(if *flag { "Yes" } else { "No" }.to_string());
    }
    let number = value.as_i64()?;
    let column = columns.iter().find(|c| c.name == key)?;
    column
        .labels
        .iter()
        .find(|(n, _)| *n == number)
        .map(|(_, label)| label.to_string())
}

/// The query options of a request; anything else starting with `$` is refused.
#[derive(Default)]
pub(super) struct Options {
    select: Option<Vec<String>>,
    filter: Option<query::Expr>,
    orderby: Option<Vec<(String, bool)>>,
    top: Option<usize>,
    skip: usize,
    /// `$count=true`: the collection carries `@odata.count`.
    count: bool,
}

impl Options {
    fn parse(uri: &Uri) -> Result<Options, ApiError> {
        let pairs: Vec<(String, String)> = Query::try_from_uri(uri)
            .map(|Query(pairs)| pairs)
            .map_err(|e| ApiError::bad_query(format!("the query string is malformed: {e}")))?;
        let mut options = Options::default();
        for (key, value) in pairs {
            match key.as_str() {
                "$select" => {
                    options.select = Some(
                        value
                            .split(',')
                            .map(|c| c.trim().to_string())
                            .filter(|c| !c.is_empty())
                            .collect(),
                    )
                }
                "$filter" => {
                    options.filter = Some(query::parse_filter(&value).map_err(|why| {
                        ApiError::bad_query(format!("$filter '{}': {why}", excerpt(&value)))
                    })?)
                }
                "$orderby" => {
                    options.orderby = Some(query::parse_orderby(&value).map_err(|why| {
                        ApiError::bad_query(format!("$orderby '{}': {why}", excerpt(&value)))
                    })?)
                }
                "$top" => {
                    options.top = Some(value.parse().map_err(|_| {
                        ApiError::bad_query(format!(
                            "$top '{}' is not a whole number",
                            excerpt(&value)
                        ))
                    })?)
                }
                "$count" => {
                    options.count = match value.as_str() {
                        "true" => true,
                        "false" => false,
                        _ => {
                            return Err(ApiError::bad_query(format!(
                                "$count '{}' must be true or false",
                                excerpt(&value)
                            )));
                        }
                    }
                }
                "$skiptoken" => {
                    options.skip = value.parse().map_err(|_| {
                        ApiError::bad_query(format!(
                            "$skiptoken '{}' was not given by this server",
                            excerpt(&value)
                        ))
                    })?
                }
                other => {
                    return Err(ApiError::bad_query(format!(
                        "the query option '{}' is not supported",
                        excerpt(other)
                    )));
                }
            }
        }
        Ok(options)
    }

    /// Every column named by `$select`, `$filter` and `$orderby` must exist on the table.
    pub(super) fn check_columns(&self, table: &str, columns: &[&str]) -> Result<(), ApiError> {
        let mut named: Vec<&str> = Vec::new();
        named.extend(self.select.iter().flatten().map(String::as_str));
        named.extend(self.filter.iter().flat_map(|f| f.properties()));
        named.extend(self.orderby.iter().flatten().map(|(c, _)| c.as_str()));
        match named.into_iter().find(|c| !columns.contains(c)) {
            Some(unknown) => Err(ApiError::bad_query(format!(
                "Could not find a property named '{unknown}' on type 'Microsoft.Dynamics.CRM.{table}'."
            ))),
            None => Ok(()),
        }
    }

    /// Keeps the selected columns (with their annotations) and the row's id.
    fn project(&self, row: Map<String, Value>, id_column: &str) -> Map<String, Value> {
        let Some(select) = &self.select else {
            return row;
        };
        row.into_iter()
            .filter(|(key, _)| {
                let column = key.split('@').next().unwrap_or(key);
                key.starts_with('@') || column == id_column || select.iter().any(|s| s == column)
            })
            .collect()
    }
}

/// The start of a path or query option for an error message: a hostile request is not
/// echoed whole.
fn excerpt(value: &str) -> String {
    const SHOWN: usize = 80;
    match value.char_indices().nth(SHOWN) {
        Some((at, _)) => format!("{}...", &value[..at]),
        None => value.to_string(),
    }
}

fn json_response(status: StatusCode, body: Value, etag: Option<&str>) -> Response {
    let mut response = (status, axum::Json(body)).into_response();
    if let Some(etag) = etag.and_then(|e| HeaderValue::from_str(e).ok()) {
        response.headers_mut().insert(header::ETAG, etag);
    }
    response
}

fn who_am_i(ctx: &Request) -> Answer {
    let body = json!({
        "@odata.context": ctx.context("Microsoft.Dynamics.CRM.WhoAmIResponse"),
        "BusinessUnitId": Table::BusinessUnit.guid(1),
        // serve answers as one API user of its own, not one of the org's simulated users.
        "UserId": Table::SystemUser.guid(0),
        "OrganizationId": Table::Organization.guid(1),
    });
    Ok(json_response(StatusCode::OK, body, None))
}

fn retrieve_version(ctx: &Request) -> Answer {
    let version = org::load(ctx.reader()?.conn())?.version;
    let body = json!({
        "@odata.context": ctx.context("Microsoft.Dynamics.CRM.RetrieveVersionResponse"),
        "Version": version.to_string(),
    });
    Ok(json_response(StatusCode::OK, body, None))
}

fn etag_of(row_version: i64) -> String {
    format!("W/\"{row_version}\"")
}

/// The organization row as served, with its ETag.
fn org_entity(ctx: &Request) -> Result<(Map<String, Value>, String), ApiError> {
    let store = ctx.reader()?;
    let conn = store.conn();
    let name = org::load(conn)?.name;
    let snapshot = store::settings::snapshot(conn)?;
    let etag = etag_of(org::row_version(conn)?);
    let mut row = org_row(&name, &snapshot);
    row.insert("@odata.etag".into(), etag.clone().into());
    Ok((row, etag))
}

pub(super) fn org_columns() -> Vec<&'static str> {
    let mut columns = vec!["organizationid", "name", "orgdborgsettings"];
    columns.extend(
        Catalog::get()
            .definitions()
            .iter()
            .filter(|d| d.kind == Kind::Column)
            .map(|d| d.storage_name()),
    );
    columns
}

fn check_org_key(key: &str) -> Result<(), ApiError> {
    if Table::Organization.id_of(key) == Some(1) {
        Ok(())
    } else {
        Err(ApiError::not_found(format!(
            "organization With Id = {key} Does Not Exist"
        )))
    }
}

fn organizations(ctx: &Request) -> Answer {
    ctx.options.check_columns("organization", &org_columns())?;
    let (row, _) = org_entity(ctx)?;
    collection(
        ctx,
        "organizations",
        "organizationid",
        vec![ctx.annotated(row, &[])],
    )
}

fn organization(ctx: &Request, key: &str) -> Answer {
    check_org_key(key)?;
    ctx.options.check_columns("organization", &org_columns())?;
    org_answer(ctx, StatusCode::OK)
}

/// The organization row as an entity answer, with its ETag.
fn org_answer(ctx: &Request, status: StatusCode) -> Answer {
    let (row, etag) = org_entity(ctx)?;
    let mut row = ctx
        .options
        .project(ctx.annotated(row, &[]), "organizationid");
    row.insert(
        "@odata.context".into(),
        ctx.context("organizations/$entity"),
    );
    Ok(json_response(status, Value::Object(row), Some(&etag)))
}

/// PATCH merges an `<OrgSettings>` fragment and columns into the org's settings, validated as
/// the CLI validates them, in the CLI's own transaction; `If-Match` guards against a row changed
/// since the client read it.
fn patch_organization(ctx: &Request, key: &str, body: &[u8]) -> Answer {
    write_org(ctx, &[OrgWrite::patch(key, body)?])
}

/// PUT of `orgdborgsettings` replaces the blob whole: elements it leaves out are removed, in
/// one write guarded by `If-Match` like a PATCH.
fn put_orgdborgsettings(ctx: &Request, key: &str, body: &[u8]) -> Answer {
    write_org(ctx, &[OrgWrite::blob(key, body)?])
}

/// One write of the organization row: a PATCH of columns and an `<OrgSettings>` fragment, or a
/// PUT of the whole blob.
pub(super) enum OrgWrite {
    Patch(Map<String, Value>),
    Blob(String),
}

impl OrgWrite {
    fn patch(key: &str, body: &[u8]) -> Result<OrgWrite, ApiError> {
        check_org_key(key)?;
        match json_body(body)? {
            Value::Object(fields) => Ok(OrgWrite::Patch(fields)),
            _ => Err(ApiError::bad_query(
                "the request body must be a JSON object",
            )),
        }
    }

    fn blob(key: &str, body: &[u8]) -> Result<OrgWrite, ApiError> {
        check_org_key(key)?;
        match json_body(body)?.get("value").and_then(Value::as_str) {
            Some(blob) => Ok(OrgWrite::Blob(blob.to_string())),
            None => Err(invalid_value(
                "the request body must be {\"value\": \"<OrgSettings>...</OrgSettings>\"}",
            )),
        }
    }

    /// The write a request of a batch asks for, when it is one (`PATCH organizations(id)` or
    /// `PUT organizations(id)/orgdborgsettings`); `None` for any other request.
    pub(super) fn of(
        method: &Method,
        uri: &Uri,
        body: &[u8],
    ) -> Option<Result<OrgWrite, ApiError>> {
        let resource = uri.path().strip_prefix(API_PATH)?;
        let (segment, whole_blob) = match resource.strip_suffix("/orgdborgsettings") {
            Some(segment) => (segment, true),
            None => (resource, false),
        };
        let (name, key) = split_key(segment);
        let key = key.filter(|_| name == "organizations")?;
        match (method, whole_blob) {
            (&Method::PATCH, false) => Some(OrgWrite::patch(key, body)),
            (&Method::PUT, true) => Some(OrgWrite::blob(key, body)),
            _ => None,
        }
    }

    /// The changes this write makes to `snapshot`, every one checked before any is applied.
    fn changes(&self, snapshot: &Snapshot) -> Result<Vec<Change>, ApiError> {
        match self {
            OrgWrite::Patch(fields) => changes_of(snapshot, fields),
            OrgWrite::Blob(blob) => {
                let mut changes = checked(snapshot, blob_entries(blob)?)?;
                for def in Catalog::get().definitions() {
                    let named = changes.iter().any(|c| c.name == def.name);
                    if def.kind == Kind::Orgdb
                        && !named
                        && snapshot.explicit.contains_key(&def.name)
                    {
                        changes.push(Change::remove(snapshot, def));
                    }
                }
                Ok(changes)
            }
        }
    }
}

/// The writes of a `$batch` change set that all write the organization row, carried out in one
/// transaction guarded by the `If-Match` of `headers` (the first request's): either all are
/// written or none. `uri` is the first request's.
pub(super) fn org_change_set(
    app: &App,
    uri: &Uri,
    headers: &HeaderMap,
    writes: &[OrgWrite],
) -> Answer {
    let ctx = Request {
        app,
        uri,
        headers,
        options: Options::parse(uri)?,
        count_only: false,
    };
    write_org(&ctx, writes)
}

fn json_body(body: &[u8]) -> Result<Value, ApiError> {
    serde_json::from_slice(body)
        .map_err(|e| ApiError::bad_query(format!("the request body is not JSON: {e}")))
}

/// Writes the org's settings as the CLI does, in its own transaction, when the row still has
/// the version `If-Match` names. Each write is checked against the settings as the writes
/// before it left them; any failure leaves the row as it was.
fn write_org(ctx: &Request, writes: &[OrgWrite]) -> Answer {
    let if_match: Vec<&str> = ctx
        .headers
        .get_all(header::IF_MATCH)
        .iter()
        .map(|v| v.to_str().unwrap_or(""))
        .collect();
    let mut store = ctx.app.writer()?;
    let tx = store.write()?;
    let current = etag_of(org::row_version(&tx)?);
    if !if_match.is_empty() && !if_match_holds(&if_match, &current) {
        return Err(ApiError::new(
            StatusCode::PRECONDITION_FAILED,
            codes::STALE_VERSION,
            "The version of the existing record doesn't match the RowVersion property provided.",
        ));
    }
    for write in writes {
        let snapshot = store::settings::snapshot(&tx)?;
        // What is stored already is no change: the row, and so its ETag, stay as they are.
        let mut changes = Vec::new();
        for change in write.changes(&snapshot)? {
            if store::settings::explicit_value(&tx, &change.name)? != change.stored {
                changes.push(change);
            }
        }
        if !changes.is_empty() {
            store::settings::apply(&tx, &changes)?;
        }
    }
    let etag = etag_of(org::row_version(&tx)?);
    tx.commit().map_err(Error::from)?;
    drop(store);
    if ctx.wants_representation() {
        let mut response = org_answer(ctx, StatusCode::OK)?;
        response.headers_mut().insert(
            "Preference-Applied",
            HeaderValue::from_static("return=representation"),
        );
        return Ok(response);
    }
    let mut response = StatusCode::NO_CONTENT.into_response();
    if let Ok(value) = HeaderValue::from_str(&etag) {
        response.headers_mut().insert(header::ETAG, value);
    }
    Ok(response)
}

/// `If-Match` (RFC 9110 section 13.1.1): `*`, or a list of entity tags of which any one
/// matching the current tag is enough. Tags compare weakly (`W/"7"` matches `"7"`): the row's
/// tags are weak, as Dataverse's are, and Dataverse clients send them back as given.
fn if_match_holds(fields: &[&str], current: &str) -> bool {
    let opaque = |tag: &str| tag.trim().trim_start_matches("W/").to_string();
    let current = opaque(current);
    fields.iter().any(|field| {
        field.trim() == "*" || entity_tags(field).iter().any(|tag| opaque(tag) == current)
    })
}

/// The entity tags of one `If-Match` field value: `W/"a", "b,c"` gives `W/"a"` and `"b,c"`
/// (a comma inside quotes belongs to the tag). Malformed text gives no tag.
fn entity_tags(field: &str) -> Vec<&str> {
    let mut tags = Vec::new();
    let mut rest = field;
    loop {
        rest = rest.trim_start_matches([' ', '\t', ',']);
        if rest.is_empty() {
            return tags;
        }
        let start = rest;
        let body = rest.strip_prefix("W/").unwrap_or(rest);
        let Some(quoted) = body.strip_prefix('"') else {
            return tags;
        };
        let Some(end) = quoted.find('"') else {
            return tags;
        };
        let taken = start.len() - quoted.len() + end + 1;
        tags.push(&start[..taken]);
        rest = &start[taken..];
    }
}

/// The elements of an `<OrgSettings>` blob as entries to validate.
fn blob_entries(blob: &str) -> Result<Vec<Entry>, ApiError> {
    let elements =
        xml::parse(blob).map_err(|why| invalid_value(&format!("orgdborgsettings: {why}")))?;
    Ok(elements
        .into_iter()
        .map(|(name, text)| Entry {
            setting: Catalog::get()
                .find(&name)
                .filter(|d| d.kind == Kind::Orgdb)
                .ok_or_else(|| {
                    Error::new(
                        Code::UnknownSetting,
                        format!("'{name}' is not a known OrgDBOrgSetting"),
                    )
                }),
            name,
            given: Given::Text(text),
        })
        .collect())
}

/// The changes a PATCH body asks for, every one checked before any is applied, and every
/// problem reported in one answer. A setting that does not apply to the org's version is
/// type-checked against its newest row, as `--force` does: the service accepts what the client
/// chose to send.
fn changes_of(snapshot: &Snapshot, fields: &Map<String, Value>) -> Result<Vec<Change>, ApiError> {
    let mut entries = Vec::new();
    for (key, value) in fields {
        if key.starts_with('@') {
            continue;
        }
        if key == "orgdborgsettings" {
            let Some(blob) = value.as_str() else {
                return Err(invalid_value("orgdborgsettings must be a string"));
            };
            entries.extend(blob_entries(blob)?);
            continue;
        }
        entries.push(Entry {
            setting: Catalog::get()
                .find(key)
                .filter(|d| d.kind == Kind::Column && d.storage_name() == *key)
                .ok_or_else(|| {
                    Error::new(
                        Code::UnknownSetting,
                        format!(
                            "Invalid property '{key}' was found in entity 'Microsoft.Dynamics.CRM.organization'."
                        ),
                    )
                }),
            name: key.clone(),
            given: if value.is_null() {
                Given::Clear
            } else {
                Given::Json(value.clone())
            },
        });
    }
    checked(snapshot, entries)
}

/// Validates entries as the CLI does, every problem reported in one answer. A setting that
/// does not apply to the org's version is type-checked against its newest row, as `--force`
/// does: the service accepts what the client chose to send.
fn checked(snapshot: &Snapshot, entries: Vec<Entry>) -> Result<Vec<Change>, ApiError> {
    validate(snapshot, entries, true).map_err(|problems| {
        // An unknown column is a malformed request, as Dataverse answers it; anything else is
        // a bad value.
        let code = if problems
            .iter()
            .any(|p| p.code.exit_kind() == ExitKind::NotFound)
        {
            codes::BAD_QUERY
        } else {
            codes::INVALID_VALUE
        };
        let messages: Vec<&str> = problems.iter().map(|p| p.message.as_str()).collect();
        ApiError::new(StatusCode::BAD_REQUEST, code, messages.join("; "))
    })
}

fn invalid_value(message: &str) -> ApiError {
    ApiError::new(StatusCode::BAD_REQUEST, codes::INVALID_VALUE, message)
}

fn mailboxes(ctx: &Request, key: Option<&str>) -> Answer {
    ctx.options
        .check_columns("mailbox", &names(odata::MAILBOX_COLUMNS))?;
    // Read before the rows: a test carried out meanwhile is then already in them.
    let scheduled = ctx
        .app
        .scheduled_tests(key.and_then(|k| Table::Mailbox.id_of(k)));
    let rows: Vec<Map<String, Value>> = {
        let store = ctx.reader()?;
        let conn = store.conn();
        let chosen = match key {
            // One row by its key: read alone, so a batch of GETs costs a row each.
            Some(key) => match Table::Mailbox.id_of(key) {
                Some(id) if resolve::mailbox(conn, &id.to_string()).is_ok() => {
                    vec![mailboxes::get(conn, id)?]
                }
                _ => Vec::new(),
            },
            None => mailboxes::list(conn, None)?,
        };
        chosen
            .into_iter()
            .map(|m| {
                let syncs = crate::model::Direction::ALL.map(|d| m.syncs(d));
                let mut row = odata::mailbox_row(&m, syncs);
                row.insert(
                    "testemailconfigurationscheduled".into(),
                    (m.test_scheduled || scheduled.contains(&m.id)).into(),
                );
                ctx.annotated(row, odata::MAILBOX_COLUMNS)
            })
            .collect()
    };
    match key {
        Some(key) => single(ctx, "mailboxes", "mailbox", rows, key),
        None => collection(ctx, "mailboxes", "mailboxid", rows),
    }
}

/// What a PATCH of a mailbox asks for, every value checked before anything is written.
#[derive(Default)]
struct MailboxPatch {
    approval: Option<Approval>,
    incoming: Option<IncomingMethod>,
    outgoing: Option<OutgoingMethod>,
    act: Option<ActMethod>,
    enabled: Option<bool>,
    watermark: Option<chrono::DateTime<chrono::Utc>>,
    schedule_test: Option<bool>,
}

/// A choice column's value as the option it names; anything else is refused naming the
/// options the column has.
fn choice_of<T>(key: &str, value: &Value, from: impl Fn(i64) -> Option<T>) -> Result<T, ApiError> {
    if let Some(option) = value.as_i64().and_then(&from) {
        return Ok(option);
    }
    let labels = odata::MAILBOX_COLUMNS
        .iter()
        .find(|c| c.name == key)
        .map(|c| {
            c.labels
                .iter()
                .map(|(n, label)| format!("{n} ({label})"))
                .collect::<Vec<_>>()
                .join(", ")
        })
        .unwrap_or_default();
    Err(invalid_value(&format!(
        "{key}: {value} is not one of the column's options: {labels}"
    )))
}

impl MailboxPatch {
    /// The columns a client may write, as Dataverse accepts them; a column it does not have
    /// is a malformed request, a column it computes cannot be set.
    fn parse(fields: &Map<String, Value>) -> Result<MailboxPatch, ApiError> {
        let mut patch = MailboxPatch::default();
        let mut status_reason = None;
        for (key, value) in fields {
            match key.as_str() {
                k if k.starts_with('@') || k.contains("@odata.") => {}
                "emailrouteraccessapproval" => {
                    patch.approval = Some(choice_of(key, value, Approval::from_number)?)
                }
                "incomingemaildeliverymethod" => {
                    patch.incoming = Some(choice_of(key, value, IncomingMethod::from_number)?)
                }
                "outgoingemaildeliverymethod" => {
                    patch.outgoing = Some(choice_of(key, value, OutgoingMethod::from_number)?)
                }
                "actdeliverymethod" => {
                    patch.act = Some(choice_of(key, value, ActMethod::from_number)?)
                }
                "statecode" => {
                    patch.enabled = Some(choice_of(key, value, |n| match n {
                        0 => Some(true),
                        1 => Some(false),
                        _ => None,
                    })?)
                }
                "statuscode" => {
                    status_reason = Some(choice_of(key, value, |n| match n {
                        1 => Some(true),
                        2 => Some(false),
                        _ => None,
                    })?)
                }
                "processemailreceivedafter" => {
                    let at = value
                        .as_str()
                        .and_then(|t| chrono::DateTime::parse_from_rfc3339(t).ok())
                        .ok_or_else(|| {
                            invalid_value(&format!(
                                "processemailreceivedafter: {value} is not a date and time (ISO 8601)"
                            ))
                        })?;
                    patch.watermark = Some(at.with_timezone(&chrono::Utc));
                }
                "testemailconfigurationscheduled" => {
                    patch.schedule_test = Some(value.as_bool().ok_or_else(|| {
                        invalid_value(&format!(
                            "testemailconfigurationscheduled: {value} is not true or false"
                        ))
                    })?)
                }
                k if odata::MAILBOX_COLUMNS.iter().any(|c| c.name == k) => {
                    return Err(invalid_value(&format!(
                        "{k} is set by the service and cannot be written"
                    )));
                }
                k => {
                    return Err(ApiError::bad_query(format!(
                        "Invalid property '{}' was found in entity 'Microsoft.Dynamics.CRM.mailbox'.",
                        excerpt(k)
                    )));
                }
            }
        }
        // Active goes with status reason Active (1), Inactive with Inactive (2).
        match (patch.enabled, status_reason) {
            (Some(state), Some(reason)) if state != reason => {
                return Err(invalid_value(
                    "statuscode does not go with statecode: Active (0) takes 1, Inactive (1) takes 2",
                ));
            }
            (None, Some(reason)) => patch.enabled = Some(reason),
            _ => {}
        }
        Ok(patch)
    }
}

/// PATCH of a mailbox: approval, delivery methods (a changed direction goes back to Not Run,
/// as `mailbox set` does), state, watermark, and `testemailconfigurationscheduled`, which
/// schedules Test & Enable for serve to carry out. With `--refuse-approval` an approval is
/// accepted and left as it was.
fn patch_mailbox(ctx: &Request, key: &str, body: &[u8]) -> Answer {
    let id = Table::Mailbox
        .id_of(key)
        .ok_or_else(|| missing("mailbox", key))?;
    let Value::Object(fields) = json_body(body)? else {
        return Err(ApiError::bad_query(
            "the request body must be a JSON object",
        ));
    };
    let patch = MailboxPatch::parse(&fields)?;
    {
        let mut store = ctx.app.writer()?;
        let tx = store.write()?;
        resolve::mailbox(&tx, &id.to_string()).map_err(|_| missing("mailbox", key))?;
        let before = mailboxes::get(&tx, id)?;
        let methods = MailboxMethods {
            incoming: patch.incoming.unwrap_or(before.incoming_method),
            outgoing: patch.outgoing.unwrap_or(before.outgoing_method),
            act: patch.act.unwrap_or(before.act_method),
        };
        methods
            .check(before.owner_kind)
            .map_err(|why| invalid_value(&format!("mailbox {}: {why}", before.name)))?;
        if methods != before.methods() {
            mailboxes::change_methods(&tx, &before, &methods)?;
        }
        if let Some(approval) = patch.approval
            && !(ctx.app.refuse_approval && approval == Approval::Approved)
        {
            mailboxes::set_approval(&tx, id, approval)?;
        }
        if let Some(enabled) = patch.enabled {
            mailboxes::set_enabled(&tx, id, enabled)?;
        }
        if let Some(at) = patch.watermark {
            mailboxes::set_watermark(&tx, id, at)?;
        }
        tx.commit().map_err(Error::from)?;
    }
    if let Some(schedule) = patch.schedule_test {
        ctx.app.schedule_test(id, schedule);
    }
    if ctx.wants_representation() {
        let mut response = mailboxes(ctx, Some(key))?;
        response.headers_mut().insert(
            "Preference-Applied",
            HeaderValue::from_static("return=representation"),
        );
        return Ok(response);
    }
    Ok(StatusCode::NO_CONTENT.into_response())
}

fn tracelogs(ctx: &Request, key: Option<&str>) -> Answer {
    ctx.options
        .check_columns("tracelog", &names(odata::TRACELOG_COLUMNS))?;
    let rows: Vec<Map<String, Value>> = {
        let store = ctx.reader()?;
        let conn = store.conn();
        match key {
            Some(key) => {
                let id = Table::TraceLog
                    .id_of(key)
                    .ok_or_else(|| missing("tracelog", key))?;
                alerts::get(conn, id)?
                    .iter()
                    .map(|a| ctx.annotated(odata::tracelog_row(a), odata::TRACELOG_COLUMNS))
                    .collect()
            }
            None => alerts::list(conn, &alerts::Filter::default(), None)?
                .iter()
                .map(|a| ctx.annotated(odata::tracelog_row(a), odata::TRACELOG_COLUMNS))
                .collect(),
        }
    };
    match key {
        Some(key) => single(ctx, "tracelogs", "tracelog", rows, key),
        None => collection(ctx, "tracelogs", "tracelogid", rows),
    }
}

fn email_server_profiles(ctx: &Request, key: Option<&str>) -> Answer {
    ctx.options
        .check_columns("emailserverprofile", &names(super::profiles::COLUMNS))?;
    let rows: Vec<Map<String, Value>> = {
        let store = ctx.reader()?;
        super::profiles::rows(store.conn(), key)?
            .into_iter()
            .map(|row| ctx.annotated(row, super::profiles::COLUMNS))
            .collect()
    };
    match key {
        Some(key) => single(ctx, "emailserverprofiles", "emailserverprofile", rows, key),
        None => collection(ctx, "emailserverprofiles", "emailserverprofileid", rows),
    }
}

fn emails(ctx: &Request, key: Option<&str>) -> Answer {
    ctx.options
        .check_columns("email", &names(odata::EMAIL_COLUMNS))?;
    let rows: Vec<Map<String, Value>> = {
        let store = ctx.reader()?;
        super::emails::rows(store.conn(), key)?
            .into_iter()
            .map(|row| ctx.annotated(row, odata::EMAIL_COLUMNS))
            .collect()
    };
    match key {
        Some(key) => single(ctx, "emails", "email", rows, key),
        None => collection(ctx, "emails", "activityid", rows),
    }
}

pub(super) fn names(columns: &[Column]) -> Vec<&'static str> {
    columns.iter().map(|c| c.name).collect()
}

fn missing(table: &str, key: &str) -> ApiError {
    ApiError::not_found(format!("{table} With Id = {key} Does Not Exist"))
}

/// One row of `set` (a table whose id column is `<table>id`), or 404.
pub(super) fn single(
    ctx: &Request,
    set: &str,
    table: &str,
    rows: Vec<Map<String, Value>>,
    key: &str,
) -> Answer {
    let Some(row) = rows.into_iter().next() else {
        return Err(missing(table, key));
    };
    let mut row = ctx.options.project(row, &metadata::key_of(table));
    row.insert(
        "@odata.context".into(),
        ctx.context(&format!("{set}/$entity")),
    );
    Ok(json_response(StatusCode::OK, Value::Object(row), None))
}

/// Filters, orders, limits and pages rows; a page that is not the last carries
/// `@odata.nextLink` back to this server.
pub(super) fn collection(
    ctx: &Request,
    set: &str,
    id_column: &str,
    rows: Vec<Map<String, Value>>,
) -> Answer {
    let options = &ctx.options;
    let mut kept = Vec::with_capacity(rows.len());
    for row in rows {
        let keep = match &options.filter {
            Some(filter) => filter.matches(&row).map_err(ApiError::bad_query)?,
            None => true,
        };
        if keep {
            kept.push(row);
        }
    }
    let matched = kept.len();
    if ctx.count_only {
        let mut response = (StatusCode::OK, matched.to_string()).into_response();
        response.headers_mut().insert(
            header::CONTENT_TYPE,
            HeaderValue::from_static("text/plain; charset=utf-8"),
        );
        return Ok(response);
    }
    if let Some(order) = &options.orderby {
        query::sort(&mut kept, order);
    }
    if let Some(top) = options.top {
        kept.truncate(top);
    }
    let asked = ctx.preferred_page_size();
    let page_size = asked
        .unwrap_or(ctx.app.max_page_size)
        .min(ctx.app.max_page_size);
    let total = kept.len();
    let start = options.skip.min(total);
    let end = start.saturating_add(page_size).min(total);
    let value: Vec<Value> = kept
        .drain(start..end)
        .map(|row| Value::Object(options.project(row, id_column)))
        .collect();
    let more = end < total;
    let mut body = json!({
        "@odata.context": ctx.context(set),
        "value": value,
    });
    if options.count {
        body["@odata.count"] = json!(matched);
    }
    if more {
        body["@odata.nextLink"] = Value::String(next_link(ctx, end));
    }
    let mut response = json_response(StatusCode::OK, body, None);
    if let Some(n) = asked
        && let Ok(value) = HeaderValue::from_str(&format!("odata.maxpagesize={n}"))
    {
        response.headers_mut().insert("Preference-Applied", value);
    }
    Ok(response)
}

/// This request's URL with `$skiptoken` set to where the next page starts.
fn next_link(ctx: &Request, skip: usize) -> String {
    let kept: Vec<&str> = ctx
        .uri
        .query()
        .unwrap_or("")
        .split('&')
        .filter(|p| {
            !p.is_empty() && !p.starts_with("$skiptoken=") && !p.starts_with("%24skiptoken=")
        })
        .collect();
    let mut query = kept.join("&");
    if !query.is_empty() {
        query.push('&');
    }
    query.push_str(&format!("$skiptoken={skip}"));
    let resource = ctx.uri.path().strip_prefix(API_PATH).unwrap_or("");
    format!("{}{resource}?{query}", ctx.base())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn if_match_takes_any_tag_of_a_list() {
        let current = "W/\"7\"";
        for yes in [
            &["*"][..],
            &["W/\"7\""],
            &["\"7\""],
            &["W/\"1\", W/\"7\""],
            &["\"a,b\",W/\"7\""],
            &["W/\"1\"", "W/\"7\""],
        ] {
            assert!(if_match_holds(yes, current), "{yes:?}");
        }
        for no in [&["W/\"1\", W/\"2\""][..], &["7"], &["W/\"7"], &[""]] {
            assert!(!if_match_holds(no, current), "{no:?}");
        }
        assert_eq!(entity_tags("W/\"a\", \"b,c\""), ["W/\"a\"", "\"b,c\""]);
    }
}
