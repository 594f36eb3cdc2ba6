//! HTTP to one environment: bearer auth, timeouts, bounded retries on 429/503 honouring
//! `Retry-After`, `@odata.nextLink` paging, and every failure turned into an `Error` with the
//! right exit code. Nothing printed here or returned from here carries a token or a secret.

use std::collections::HashSet;
use std::io::Read;
use std::path::PathBuf;
use std::time::Duration;

use reqwest::blocking::{RequestBuilder, Response};
use reqwest::header::{self, HeaderMap, HeaderValue};
use reqwest::{Method, StatusCode, Url};
use serde_json::Value;

use super::auth::{self, Credentials, Secret};
use super::{batch, config, odata, profiles, signin};
use crate::error::{Code, Error, Result};
use crate::output::Output;

const CONNECT_TIMEOUT: Duration = Duration::from_secs(5);
const DEFAULT_TIMEOUT: Duration = Duration::from_secs(60);
/// Retries after a 429 or 503, each after the wait the service asks for (capped).
const MAX_RETRIES: u32 = 3;
const MAX_WAIT: Duration = Duration::from_secs(30);
/// Guards against a service that keeps handing out next links: pages followed (default;
/// `ORGTRACK_MAX_PAGES` changes it) and rows read in one listing.
const DEFAULT_MAX_PAGES: usize = 10_000;
const MAX_ROWS: usize = 10_000_000;
/// The largest response body read (a Dataverse page of 5000 rows is a few MB).
const MAX_BODY: u64 = 64 * 1024 * 1024;

fn etag_of(response: &Response) -> Option<String> {
    response
        .headers()
        .get(header::ETAG)
        .and_then(|v| v.to_str().ok())
        .map(str::to_string)
}

/// The body of a request: none, JSON, or a `$batch` (its Content-Type and text).
enum Body<'a> {
    None,
    Json(&'a Value),
    Batch(String, String),
}

/// What a remote command needs to reach an environment: `--env` and `--ca-cert`.
#[derive(Debug, Clone)]
pub struct Target {
    pub env: String,
    pub ca_cert: Option<PathBuf>,
}

/// A JSON body and the ETag it came with.
pub struct Fetched {
    pub body: Value,
    pub etag: Option<String>,
}

pub struct Client {
    http: reqwest::blocking::Client,
    root: Url,
    api: Url,
    token: Secret,
    secrets: Vec<String>,
    timeout: Duration,
    max_pages: usize,
    out: Output,
}

impl Client {
    /// Resolves the environment, reads the credentials and (for client credentials) gets a
    /// token. Nothing local is opened or created.
    pub fn connect(target: &Target, out: &Output) -> Result<Client> {
        let (root, credentials) = credentials_for(target)?;
        let timeout = timeout_from_env()?;
        let max_pages = max_pages_from_env()?;
        let http = build_http(target.ca_cert.as_deref(), timeout)?;
        let api = root.join(odata::API_PATH).expect("the API path joins");
        let mut client = Client {
            http,
            root,
            api,
            token: Secret::new(String::new()),
            secrets: credentials.secrets(),
            timeout,
            max_pages,
            out: out.clone(),
        };
        client.token = match &credentials {
            Credentials::Token(token) => token.clone(),
            Credentials::ClientSecret {
                tenant,
                client_id,
                secret,
                authority,
            } => client.acquire_token(authority, tenant, client_id, secret)?,
        };
        client.secrets.push(client.token.expose().to_string());
        Ok(client)
    }

    /// The environment as it appears in messages.
    pub fn host(&self) -> &str {
        self.root.as_str().trim_end_matches('/')
    }

    /// `<env>/api/data/v9.2/<path>?<query>`, each query value percent-encoded.
    pub fn url(&self, path: &str, query: &[(&str, String)]) -> Url {
        let mut url = self.api.join(path).expect("API paths join");
        if !query.is_empty() {
            let text: Vec<String> = query
                .iter()
                .map(|(k, v)| format!("{k}={}", odata::encode(v)))
                .collect();
            url.set_query(Some(&text.join("&")));
        }
        url
    }

    pub fn get(&self, url: &Url) -> Result<Fetched> {
        let response = self.send(Method::GET, url, Body::None, None)?;
        let etag = etag_of(&response);
        let body = self.json_of(response)?;
        Ok(Fetched { body, etag })
    }

    /// Every row of a collection, handed to `each` page by page as it arrives, following
    /// `@odata.nextLink` (only ever to the same host). Only one page is held at a time. A link
    /// already followed (a loop of any length), more than `max_pages` pages or `MAX_ROWS` rows
    /// stop it with exit 6.
    pub fn for_each_row(&self, url: Url, mut each: impl FnMut(Value) -> Result<()>) -> Result<()> {
        let mut seen = HashSet::new();
        let mut next = Some(url);
        let (mut pages, mut rows) = (0usize, 0usize);
        while let Some(url) = next.take() {
            pages += 1;
            if pages > self.max_pages {
                return Err(self.protocol(&format!(
                    "more than {} pages of results (ORGTRACK_MAX_PAGES sets the bound); narrow the query",
                    self.max_pages
                )));
            }
            let mut page = self.get(&url)?.body;
            let Some(Value::Array(items)) = page.get_mut("value").map(Value::take) else {
                return Err(self.protocol("a collection without a value array"));
            };
            for item in items {
                rows += 1;
                if rows > MAX_ROWS {
                    return Err(
                        self.protocol(&format!("more than {MAX_ROWS} rows; narrow the query"))
                    );
                }
                each(item)?;
            }
            if let Some(link) = page.get("@odata.nextLink").and_then(Value::as_str) {
                next = Some(self.next_link(link, &url, &mut seen)?);
            }
        }
        Ok(())
    }

    /// A next link, checked: on this environment's host, and not one already followed.
    fn next_link(&self, link: &str, current: &Url, seen: &mut HashSet<String>) -> Result<Url> {
        let parsed = Url::parse(link).map_err(|_| self.protocol("an invalid next link"))?;
        if parsed.origin() != self.root.origin() {
            return Err(self.protocol("a next link to another host; it was not followed"));
        }
        seen.insert(current.as_str().to_string());
        if !seen.insert(parsed.as_str().to_string()) {
            return Err(self.protocol(&format!(
                "a next link to a page it had already given (a paging loop, after {} pages)",
                seen.len()
            )));
        }
        Ok(parsed)
    }

    /// PATCH guarded by `If-Match`: a row changed since it was read answers 412 (exit 5).
    /// Returns the row's new ETag when the service gives one.
    pub fn patch(&self, url: &Url, body: &Value, if_match: Option<&str>) -> Result<Option<String>> {
        let response = self.send(Method::PATCH, url, Body::Json(body), if_match)?;
        Ok(etag_of(&response))
    }

    /// PUT of one column's value (`<row>/<column>` with `{"value": ...}`), which replaces it
    /// whole, guarded by `If-Match` as `patch` is.
    pub fn put(&self, url: &Url, body: &Value, if_match: Option<&str>) -> Result<Option<String>> {
        let response = self.send(Method::PUT, url, Body::Json(body), if_match)?;
        Ok(etag_of(&response))
    }

    /// Sends `items` as one OData `$batch` asking the service to go on past a failed item
    /// (`Prefer: odata.continue-on-error`), and returns one response per item. The batch as a
    /// whole is retried on 429 and 503 as any request is.
    pub fn batch(&self, items: &[batch::Item]) -> Result<Vec<batch::Response>> {
        let nanos = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_nanos());
        let boundary = format!("batch_orgtrack_{}_{nanos}", std::process::id());
        let (body, content_type) = batch::write_request(items, &boundary);
        let url = self.url("$batch", &[]);
        let response = self.send(Method::POST, &url, Body::Batch(content_type, body), None)?;
        let content_type = response
            .headers()
            .get(header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .unwrap_or("")
            .to_string();
        let text = response
            .text()
            .map_err(|e| self.transport(self.host(), &e))?;
        let responses = batch::read_response(&content_type, &text)
            .map_err(|why| self.protocol(&format!("a batch response it cannot read: {why}")))?;
        if responses.len() != items.len() {
            return Err(self.protocol(&format!(
                "{} answers to a batch of {} requests",
                responses.len(),
                items.len()
            )));
        }
        Ok(responses)
    }

    /// The service's message for a failed request inside a batch: its OData error, or the
    /// status alone; scrubbed of secrets as every message is.
    pub fn batch_failure(&self, response: &batch::Response) -> String {
        let detail = match odata::parse_error(&response.body) {
            Some((code, message)) if !code.is_empty() => format!(": {message} ({code})"),
            Some((_, message)) if !message.is_empty() => format!(": {message}"),
            _ => String::new(),
        };
        let error = Error::new(
            Code::RemoteError,
            format!("{} answered HTTP {}{detail}", self.host(), response.status),
        );
        self.scrubbed(error).message
    }

    fn request(&self, method: Method, url: &Url) -> RequestBuilder {
        let mut headers = HeaderMap::new();
        headers.insert(header::ACCEPT, HeaderValue::from_static("application/json"));
        headers.insert("OData-MaxVersion", HeaderValue::from_static("4.0"));
        headers.insert("OData-Version", HeaderValue::from_static("4.0"));
        headers.insert(
            "Prefer",
            HeaderValue::from_static("odata.include-annotations=\"*\""),
        );
        self.http
            .request(method, url.clone())
            .headers(headers)
            .bearer_auth(self.token.expose())
    }

    /// Sends a request, retrying 429 and 503 a bounded number of times, and maps every failure.
    fn send(
        &self,
        method: Method,
        url: &Url,
        body: Body,
        if_match: Option<&str>,
    ) -> Result<Response> {
        let mut attempt = 0;
        loop {
            let mut request = self.request(method.clone(), url);
            match &body {
                Body::None => {}
                Body::Json(body) => request = request.json(body),
                Body::Batch(content_type, text) => {
                    request = request
                        .header(header::CONTENT_TYPE, content_type)
                        .header("Prefer", "odata.continue-on-error")
                        .body(text.clone());
                }
            }
            if let Some(etag) = if_match {
                request = request.header(header::IF_MATCH, etag);
            }
            let response = request
                .send()
                .map_err(|e| self.transport(self.host(), &e))?;
            let status = response.status();
            if status.is_success() {
                return Ok(response);
            }
            let busy = matches!(
                status,
                StatusCode::TOO_MANY_REQUESTS | StatusCode::SERVICE_UNAVAILABLE
            );
            if busy && attempt < MAX_RETRIES {
                attempt += 1;
                let wait = retry_after(&response).unwrap_or(Duration::from_secs(attempt.into()));
                self.out.note(&format!(
                    "{} is busy (HTTP {}); retry {attempt} of {MAX_RETRIES} in {}s",
                    self.host(),
                    status.as_u16(),
                    wait.as_secs_f32()
                ));
                std::thread::sleep(wait);
                continue;
            }
            return Err(self.status_error(status, response, busy));
        }
    }

    fn status_error(&self, status: StatusCode, response: Response, retried: bool) -> Error {
        let code = status.as_u16();
        let text = response.text().unwrap_or_default();
        let service = odata::parse_error(&text);
        let detail = match &service {
            Some((code, message)) if !code.is_empty() => format!(": {message} ({code})"),
            Some((_, message)) if !message.is_empty() => format!(": {message}"),
            _ => String::new(),
        };
        let host = self.host();
        let error = match status {
            StatusCode::UNAUTHORIZED | StatusCode::FORBIDDEN => Error::new(
                Code::TokenRefused,
                format!("{host} refused the token (HTTP {code}){detail}"),
            ),
            StatusCode::PRECONDITION_FAILED => Error::new(
                Code::RowChanged,
                format!(
                    "the row changed on {host} since it was read (HTTP 412); nothing was written, run the command again"
                ),
            ),
            StatusCode::NOT_FOUND if service.is_some() => Error::new(
                Code::RemoteNotFound,
                format!("{host} has no such row (HTTP 404){detail}"),
            ),
            _ if retried => Error::new(
                Code::RemoteBusy,
                format!("{host} is still busy after {MAX_RETRIES} retries (HTTP {code}){detail}"),
            ),
            _ if service.is_some() => Error::new(
                Code::RemoteError,
                format!("{host} answered HTTP {code}{detail}"),
            ),
            _ => {
                let snippet: String = text.trim().chars().take(200).collect();
                let shown = if snippet.is_empty() {
                    String::new()
                } else {
                    format!(": {snippet}")
                };
                Error::new(
                    Code::RemoteError,
                    format!("{host} answered HTTP {code}{shown}"),
                )
            }
        };
        self.scrubbed(error)
    }

    fn transport(&self, host: &str, err: &reqwest::Error) -> Error {
        let message = if err.is_timeout() {
            format!(
                "{host} did not answer within {}s (timeout; ORGTRACK_TIMEOUT sets it)",
                self.timeout.as_secs()
            )
        } else if err.is_connect() {
            format!("cannot connect to {host}: {}", root_cause(err))
        } else {
            format!("the request to {host} failed: {}", root_cause(err))
        };
        self.scrubbed(Error::new(Code::RemoteUnavailable, message))
    }

    fn protocol(&self, what: &str) -> Error {
        Error::new(
            Code::RemoteProtocol,
            format!("{} answered with {what}", self.host()),
        )
    }

    /// The body as JSON, read up to `MAX_BODY` bytes: a server cannot run the client out of
    /// memory with one endless answer.
    fn json_of(&self, response: Response) -> Result<Value> {
        let mut bytes = Vec::new();
        response
            .take(MAX_BODY + 1)
            .read_to_end(&mut bytes)
            .map_err(|e| {
                self.scrubbed(Error::new(
                    Code::RemoteUnavailable,
                    format!(
                        "reading the answer of {} failed: {}",
                        self.host(),
                        root_cause(&e)
                    ),
                ))
            })?;
        if bytes.len() as u64 > MAX_BODY {
            return Err(self.protocol(&format!(
                "a body larger than {} MB",
                MAX_BODY / (1024 * 1024)
            )));
        }
        serde_json::from_slice(&bytes).map_err(|_| self.protocol("a body that is not JSON"))
    }

    /// Tokens and secrets never leave in a message, whatever a server echoed back.
    fn scrubbed(&self, mut error: Error) -> Error {
        for secret in &self.secrets {
            if secret.len() >= 4 {
                error.message = error.message.replace(secret.as_str(), "<redacted>");
            }
        }
        error
    }

    fn acquire_token(
        &self,
        authority: &Url,
        tenant: &str,
        client_id: &str,
        secret: &Secret,
    ) -> Result<Secret> {
        let url = auth::token_url(authority, tenant);
        let form = [
            ("grant_type", "client_credentials"),
            ("client_id", client_id),
            ("client_secret", secret.expose()),
            ("scope", &auth::scope(&self.root)),
        ];
        let issuer = authority.as_str().trim_end_matches('/');
        let response = self.http.post(url).form(&form).send().map_err(|e| {
            let mut error = self.transport(issuer, &e);
            error.message = format!("getting a token: {}", error.message);
            error
        })?;
        let status = response.status();
        let text = response.text().unwrap_or_default();
        if !status.is_success() {
            let why = auth::describe_token_error(&text)
                .map_or_else(String::new, |why| format!(": {why}"));
            return Err(self.scrubbed(Error::new(
                Code::TokenRefused,
                format!(
                    "{issuer} refused the client credentials (HTTP {}){why}",
                    status.as_u16()
                ),
            )));
        }
        let parsed: auth::TokenResponse = serde_json::from_str(&text).map_err(|_| {
            Error::new(
                Code::RemoteProtocol,
                format!("{issuer} answered the token request without an access_token"),
            )
        })?;
        Ok(Secret::new(parsed.access_token))
    }
}

/// The environment and credentials for `--env`: `ORGTRACK_TOKEN` wins; then a sign-in profile
/// (the one `--env` names, or the selected one for that environment); then an app registration
/// in the environment variables.
fn credentials_for(target: &Target) -> Result<(Url, Credentials)> {
    if std::env::var("ORGTRACK_TOKEN").is_ok_and(|t| !t.trim().is_empty()) {
        let root = config::resolve(&target.env)?;
        let credentials = Credentials::from_env(&root)?;
        return Ok((root, credentials));
    }
    let mut store = profiles::Store::load()?;
    if let Some(name) = signin::profile_for(&store, Some(&target.env))? {
        let (root, token) = signin::token(&mut store, &name, target.ca_cert.as_deref())?;
        return Ok((root, Credentials::Token(token)));
    }
    let root = config::resolve(&target.env)?;
    let credentials = Credentials::from_env(&root)?;
    Ok((root, credentials))
}

/// An HTTP client for the identity platform and environments: the timeouts, CA certificates and
/// redirect policy every request of orgtrack uses.
pub fn http(ca_cert: Option<&std::path::Path>) -> Result<reqwest::blocking::Client> {
    build_http(ca_cert, timeout_from_env()?)
}

fn build_http(
    ca_cert: Option<&std::path::Path>,
    timeout: Duration,
) -> Result<reqwest::blocking::Client> {
    super::install_crypto();
    let mut builder = reqwest::blocking::Client::builder()
        .connect_timeout(CONNECT_TIMEOUT)
        .timeout(timeout)
        // A redirect could carry the bearer token elsewhere; Dataverse does not redirect API calls.
        .redirect(reqwest::redirect::Policy::none())
        .user_agent(concat!("orgtrack/", env!("CARGO_PKG_VERSION")));
    if let Some(path) = ca_cert {
        let pem = std::fs::read(path).map_err(|e| {
            Error::new(
                Code::CaCertUnreadable,
                format!("cannot read the CA certificate {}: {e}", path.display()),
            )
            .because(e)
        })?;
        let certs = reqwest::Certificate::from_pem_bundle(&pem).map_err(|_| bad_ca(path))?;
        if certs.is_empty() {
            return Err(bad_ca(path));
        }
        builder = builder.tls_certs_merge(certs);
    }
    builder.build().map_err(|e| {
        Error::new(
            Code::HttpClient,
            format!("cannot set up HTTPS: {}", root_cause(&e)),
        )
        .because(e)
    })
}

fn bad_ca(path: &std::path::Path) -> Error {
    Error::new(
        Code::InvalidCaCert,
        format!(
            "{} holds no PEM certificate (expected -----BEGIN CERTIFICATE-----)",
            path.display()
        ),
    )
}

/// `ORGTRACK_TIMEOUT`: seconds to wait for an answer (1 to 600).
fn timeout_from_env() -> Result<Duration> {
    match std::env::var("ORGTRACK_TIMEOUT") {
        Err(_) => Ok(DEFAULT_TIMEOUT),
        Ok(text) => match text.trim().parse::<u64>() {
            Ok(secs @ 1..=600) => Ok(Duration::from_secs(secs)),
            _ => Err(Error::new(
                Code::InvalidTimeout,
                format!("ORGTRACK_TIMEOUT '{text}' must be a number of seconds from 1 to 600"),
            )),
        },
    }
}

/// `ORGTRACK_MAX_PAGES`: the most `@odata.nextLink` pages one listing follows (1 to 1000000).
fn max_pages_from_env() -> Result<usize> {
    match std::env::var("ORGTRACK_MAX_PAGES") {
        Err(_) => Ok(DEFAULT_MAX_PAGES),
        Ok(text) => match text.trim().parse::<usize>() {
            Ok(pages @ 1..=1_000_000) => Ok(pages),
            _ => Err(Error::new(
                Code::InvalidMaxPages,
                format!("ORGTRACK_MAX_PAGES '{text}' must be a number of pages from 1 to 1000000"),
            )),
        },
    }
}

/// `Retry-After` as a wait: delay-seconds (the form Dataverse uses) or an HTTP date (RFC 9110
/// section 10.2.3), never more than `MAX_WAIT`. Anything else (`1e20`, `-5`, a fraction, text)
/// is no answer, and the caller's own back-off applies.
fn retry_after(response: &Response) -> Option<Duration> {
    let text = response.headers().get(header::RETRY_AFTER)?.to_str().ok()?;
    parse_retry_after(text, chrono::Utc::now())
}

fn parse_retry_after(text: &str, now: chrono::DateTime<chrono::Utc>) -> Option<Duration> {
    let text = text.trim();
    if !text.is_empty() && text.bytes().all(|b| b.is_ascii_digit()) {
        // Too many digits for a u64 is still "a very long time": the cap.
        let secs = text.parse::<u64>().unwrap_or(u64::MAX);
        return Some(Duration::from_secs(secs).min(MAX_WAIT));
    }
    let at = chrono::DateTime::parse_from_rfc2822(text).ok()?;
    let wait = (at.with_timezone(&chrono::Utc) - now)
        .to_std()
        .unwrap_or(Duration::ZERO);
    Some(wait.min(MAX_WAIT))
}

/// The innermost cause ("Connection refused (os error 111)"), without the URL reqwest adds.
fn root_cause(err: &(dyn std::error::Error + 'static)) -> String {
    let mut cause = err;
    while let Some(next) = cause.source() {
        cause = next;
    }
    cause.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn retry_after_is_read_defensively_and_capped() {
        let now = chrono::DateTime::parse_from_rfc3339("2026-01-05T09:00:00Z")
            .unwrap()
            .with_timezone(&chrono::Utc);
        let wait = |text: &str| parse_retry_after(text, now);
        assert_eq!(wait("2"), Some(Duration::from_secs(2)));
        assert_eq!(wait(" 0 "), Some(Duration::ZERO));
        assert_eq!(wait("120"), Some(MAX_WAIT));
        assert_eq!(wait("99999999999999999999999999"), Some(MAX_WAIT));
        assert_eq!(
            wait("Mon, 05 Jan 2026 09:00:05 GMT"),
            Some(Duration::from_secs(5))
        );
        assert_eq!(wait("Mon, 05 Jan 2026 08:00:00 GMT"), Some(Duration::ZERO));
        assert_eq!(wait("Fri, 31 Dec 9999 23:59:59 GMT"), Some(MAX_WAIT));
        for odd in ["1e20", "-5", "1.5", "NaN", "inf", "", "soon"] {
            assert_eq!(wait(odd), None, "{odd}");
        }
    }
}
