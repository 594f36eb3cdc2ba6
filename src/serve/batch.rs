//! `POST $batch`: each request of a multipart/mixed batch is answered by the same routes as on
//! its own, in order ("Execute batch operations using the Web API"). A change set of one
//! request is that request. A change set of several is carried out when every request in it
//! writes the organization row (PATCH of the row, PUT of its `orgdborgsettings`): their changes
//! go into one transaction guarded by the first request's `If-Match`, so all are written or
//! none; serve refuses other change sets of several requests, whose requests it cannot write
//! together. Without `Prefer: odata.continue-on-error` the batch stops at the first failure, as
//! Dataverse's does.

use std::sync::atomic::{AtomicU64, Ordering};

use axum::http::{HeaderMap, HeaderName, HeaderValue, Method, StatusCode, Uri, header};
use axum::response::{IntoResponse, Response};

use super::App;
use super::api::{self, Answer, ApiError};
use crate::remote::batch::{self, Item, MAX_REQUESTS};
use crate::remote::odata::API_PATH;

/// Numbers the response boundaries.
static RESPONSES: AtomicU64 = AtomicU64::new(0);

pub(super) fn answer(app: &App, headers: &HeaderMap, body: &[u8]) -> Answer {
    let content_type = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("");
    let text = std::str::from_utf8(body)
        .map_err(|_| ApiError::bad_query("the batch body is not UTF-8 text"))?;
    let items = batch::read_request(content_type, text)
        .map_err(|why| ApiError::bad_query(format!("the batch cannot be read: {why}")))?;
    let total: usize = items.iter().map(Item::requests).sum();
    if total > MAX_REQUESTS {
        return Err(ApiError::bad_query(format!(
            "a batch holds at most {MAX_REQUESTS} requests; this one holds {total}"
        )));
    }
    let go_on = api::preference(headers, "odata.continue-on-error").is_some();
    let mut answers = Vec::with_capacity(items.len());
    for item in &items {
        let answer = match item {
            Item::Single(request) => batch::Answer::Single(one(app, request)),
            Item::ChangeSet(requests) if requests.len() == 1 => {
                let response = one(app, &requests[0]);
                // A failed change set is answered by its failure alone.
                if response.is_success() {
                    batch::Answer::ChangeSet(vec![response])
                } else {
                    batch::Answer::Single(response)
                }
            }
            Item::ChangeSet(requests) => org_change_set(app, requests),
        };
        let failed = match &answer {
            batch::Answer::Single(r) => !r.is_success(),
            batch::Answer::ChangeSet(_) => false,
        };
        answers.push(answer);
        if failed && !go_on {
            break;
        }
    }
    let boundary = format!(
        "batchresponse_orgtrack_{}",
        RESPONSES.fetch_add(1, Ordering::Relaxed)
    );
    let (text, content_type) = batch::write_response(&answers, &boundary);
    let mut response = (StatusCode::OK, text).into_response();
    if let Ok(value) = HeaderValue::from_str(&content_type) {
        response.headers_mut().insert(header::CONTENT_TYPE, value);
    }
    Ok(response)
}

/// A change set of several requests that all write the organization row, in one write; the
/// answer is a response per request, or the one failure.
fn org_change_set(app: &App, requests: &[batch::Request]) -> batch::Answer {
    let mut writes = Vec::with_capacity(requests.len());
    let mut first = None;
    for request in requests {
        let (method, uri, headers) = match parsed(request) {
            Ok(parsed) => parsed,
            Err(response) => return batch::Answer::Single(response),
        };
        match api::OrgWrite::of(&method, &uri, request.body.as_bytes()) {
            Some(Ok(write)) => writes.push(write),
            Some(Err(err)) => return batch::Answer::Single(failure(&err)),
            None => {
                return batch::Answer::Single(failure(&ApiError::bad_query(format!(
                    "orgtrack serve carries out a change set of several requests only when each writes the organization row; '{method} {}' does not",
                    uri.path().chars().take(80).collect::<String>()
                ))));
            }
        }
        first.get_or_insert((uri, headers));
    }
    let (uri, headers) = first.expect("a change set of several requests");
    match api::org_change_set(app, &uri, &headers, &writes) {
        Ok(response) => {
            let part = into_part(response);
            batch::Answer::ChangeSet(vec![part; requests.len()])
        }
        Err(err) => batch::Answer::Single(failure(&err)),
    }
}

/// One request of a batch, answered by the routes.
fn one(app: &App, request: &batch::Request) -> batch::Response {
    let (method, uri, headers) = match parsed(request) {
        Ok(parsed) => parsed,
        Err(response) => return response,
    };
    let response = api::route(app, &method, &uri, &headers, request.body.as_bytes())
        .unwrap_or_else(|err| api::error_response(&err));
    into_part(response)
}

/// The method, path and headers of a request of a batch; its URL is absolute (this server,
/// whatever host it names: only the path and query are used) or relative to the API root. A
/// request that cannot be read, or a nested batch, is answered by its failure.
fn parsed(request: &batch::Request) -> Result<(Method, Uri, HeaderMap), batch::Response> {
    let target = match request.url.split_once("://") {
        Some((_, rest)) => rest.find('/').map_or("/", |at| &rest[at..]).to_string(),
        None if request.url.starts_with('/') => request.url.clone(),
        None => format!("{API_PATH}{}", request.url),
    };
    let parsed = (target.parse::<Uri>(), request.method.parse::<Method>());
    let (Ok(uri), Ok(method)) = parsed else {
        return Err(failure(&ApiError::bad_query(format!(
            "'{} {}' is not a request serve can read",
            request.method,
            request.url.chars().take(80).collect::<String>()
        ))));
    };
    if uri.path().ends_with("$batch") {
        return Err(failure(&ApiError::bad_query(
            "a batch cannot hold another batch",
        )));
    }
    let mut headers = HeaderMap::new();
    for (name, value) in &request.headers {
        if let (Ok(name), Ok(value)) = (
            HeaderName::from_bytes(name.as_bytes()),
            HeaderValue::from_str(value),
        ) {
            headers.append(name, value);
        }
    }
    Ok((method, uri, headers))
}

fn failure(err: &ApiError) -> batch::Response {
    into_part(api::error_response(err))
}

/// A route's response as a part of the batch response.
fn into_part(response: Response) -> batch::Response {
    let (parts, body) = response.into_parts();
    // Routes answer from memory; the body is complete, so this does not wait on the network.
    let bytes = tokio::runtime::Handle::current()
        .block_on(axum::body::to_bytes(body, usize::MAX))
        .unwrap_or_default();
    let mut headers: Vec<(String, String)> = parts
        .headers
        .iter()
        .filter_map(|(k, v)| Some((k.to_string(), v.to_str().ok()?.to_string())))
        .collect();
    headers.push(("OData-Version".into(), "4.0".into()));
    batch::Response {
        status: parts.status.as_u16(),
        headers,
        body: String::from_utf8_lossy(&bytes).into_owned(),
    }
}
