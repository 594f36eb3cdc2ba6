//! OData `$batch` in the multipart/mixed format Dataverse speaks ("Execute batch operations
//! using the Web API"): requests written one after the other, each in a part of its own, and
//! change sets (a nested multipart whose requests succeed or fail together). Both directions
//! live here, so the client and `orgtrack serve` stay in step: the client writes requests and
//! reads responses, serve reads requests and writes responses.

/// The most requests one batch may hold (Dataverse's limit).
pub const MAX_REQUESTS: usize = 1000;

/// One HTTP request inside a batch. `url` is absolute or relative to the API root.
#[derive(Debug, Clone, PartialEq)]
pub struct Request {
    pub method: String,
    pub url: String,
    pub headers: Vec<(String, String)>,
    pub body: String,
}

impl Request {
    pub fn new(method: &str, url: impl Into<String>) -> Request {
        Request {
            method: method.to_string(),
            url: url.into(),
            headers: Vec::new(),
            body: String::new(),
        }
    }

    /// A request with a JSON body.
    pub fn json(method: &str, url: impl Into<String>, body: &serde_json::Value) -> Request {
        let mut request = Request::new(method, url);
        request
            .headers
            .push(("Content-Type".into(), "application/json".into()));
        request.body = body.to_string();
        request
    }
}

/// A request on its own, or a change set.
#[derive(Debug, Clone, PartialEq)]
pub enum Item {
    Single(Request),
    ChangeSet(Vec<Request>),
}

impl Item {
    pub fn requests(&self) -> usize {
        match self {
            Item::Single(_) => 1,
            Item::ChangeSet(requests) => requests.len(),
        }
    }
}

/// One HTTP response inside a batch.
#[derive(Debug, Clone, PartialEq)]
pub struct Response {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: String,
}

impl Response {
    pub fn is_success(&self) -> bool {
        (200..300).contains(&self.status)
    }
}

/// The answer to one item: a response, or the responses of a change set's requests (a failed
/// change set is answered by the one failure).
#[derive(Debug, Clone, PartialEq)]
pub enum Answer {
    Single(Response),
    ChangeSet(Vec<Response>),
}

const CRLF: &str = "\r\n";

/// The body of a batch request and its Content-Type, with `boundary` as the batch boundary.
pub fn write_request(items: &[Item], boundary: &str) -> (String, String) {
    let mut out = String::new();
    let mut content_id = 0;
    for (n, item) in items.iter().enumerate() {
        out.push_str(&format!("--{boundary}{CRLF}"));
        match item {
            Item::Single(request) => write_http_request(&mut out, request, None),
            Item::ChangeSet(requests) => {
                let inner = format!("changeset_{boundary}_{n}");
                out.push_str(&format!(
                    "Content-Type: multipart/mixed; boundary={inner}{CRLF}{CRLF}"
                ));
                for request in requests {
                    content_id += 1;
                    out.push_str(&format!("--{inner}{CRLF}"));
                    write_http_request(&mut out, request, Some(content_id));
                }
                out.push_str(&format!("--{inner}--{CRLF}"));
            }
        }
    }
    out.push_str(&format!("--{boundary}--{CRLF}"));
    (out, format!("multipart/mixed; boundary={boundary}"))
}

fn write_http_request(out: &mut String, request: &Request, content_id: Option<usize>) {
    out.push_str(&format!(
        "Content-Type: application/http{CRLF}Content-Transfer-Encoding: binary{CRLF}"
    ));
    if let Some(id) = content_id {
        out.push_str(&format!("Content-ID: {id}{CRLF}"));
    }
    out.push_str(CRLF);
    out.push_str(&format!(
        "{} {} HTTP/1.1{CRLF}",
        request.method, request.url
    ));
    for (name, value) in &request.headers {
        out.push_str(&format!("{name}: {value}{CRLF}"));
    }
    out.push_str(CRLF);
    out.push_str(&request.body);
    out.push_str(CRLF);
}

/// The body of a batch response and its Content-Type.
pub fn write_response(answers: &[Answer], boundary: &str) -> (String, String) {
    let mut out = String::new();
    for (n, answer) in answers.iter().enumerate() {
        out.push_str(&format!("--{boundary}{CRLF}"));
        match answer {
            Answer::Single(response) => write_http_response(&mut out, response),
            Answer::ChangeSet(responses) => {
                let inner = format!("changesetresponse_{boundary}_{n}");
                out.push_str(&format!(
                    "Content-Type: multipart/mixed; boundary={inner}{CRLF}{CRLF}"
                ));
                for response in responses {
                    out.push_str(&format!("--{inner}{CRLF}"));
                    write_http_response(&mut out, response);
                }
                out.push_str(&format!("--{inner}--{CRLF}"));
            }
        }
    }
    out.push_str(&format!("--{boundary}--{CRLF}"));
    (out, format!("multipart/mixed; boundary={boundary}"))
}

fn write_http_response(out: &mut String, response: &Response) {
    out.push_str(&format!(
        "Content-Type: application/http{CRLF}Content-Transfer-Encoding: binary{CRLF}{CRLF}"
    ));
    out.push_str(&format!(
        "HTTP/1.1 {} {}{CRLF}",
        response.status,
        reason(response.status)
    ));
    for (name, value) in &response.headers {
        out.push_str(&format!("{name}: {value}{CRLF}"));
    }
    out.push_str(CRLF);
    out.push_str(&response.body);
    out.push_str(CRLF);
}

fn reason(status: u16) -> &'static str {
    match status {
        200 => "OK",
        204 => "No Content",
        400 => "Bad Request",
        401 => "Unauthorized",
        403 => "Forbidden",
        404 => "Not Found",
        405 => "Method Not Allowed",
        412 => "Precondition Failed",
        429 => "Too Many Requests",
        503 => "Service Unavailable",
        _ => "",
    }
}

/// The `boundary` parameter of a multipart Content-Type.
pub fn boundary_of(content_type: &str) -> Option<String> {
    let mut params = content_type.split(';');
    let kind = params.next()?.trim();
    if !kind.eq_ignore_ascii_case("multipart/mixed") {
        return None;
    }
    params.find_map(|p| {
        let (key, value) = p.split_once('=')?;
        key.trim()
            .eq_ignore_ascii_case("boundary")
            .then(|| value.trim().trim_matches('"').to_string())
            .filter(|b| !b.is_empty())
    })
}

/// The parts of a multipart body, each without its delimiter line.
fn parts<'a>(body: &'a str, boundary: &str) -> Result<Vec<&'a str>, String> {
    let delimiter = format!("--{boundary}");
    let mut chunks = body.split(delimiter.as_str());
    // Text before the first delimiter is a preamble.
    chunks.next();
    let mut found = Vec::new();
    for chunk in chunks {
        if chunk.starts_with("--") {
            return Ok(found);
        }
        let chunk = chunk
            .strip_prefix(CRLF)
            .or_else(|| chunk.strip_prefix('\n'))
            .ok_or("a part delimiter is not followed by a line break")?;
        found.push(chunk);
    }
    Err(format!(
        "the multipart body does not end with --{boundary}--"
    ))
}

/// Headers and body of a part or an HTTP message: split at the first empty line.
fn head_and_body(text: &str) -> (Vec<&str>, &str) {
    let (head, body) = match (text.find("\r\n\r\n"), text.find("\n\n")) {
        (Some(a), Some(b)) if b + 1 < a => (&text[..b], &text[b + 2..]),
        (Some(a), _) => (&text[..a], &text[a + 4..]),
        (None, Some(b)) => (&text[..b], &text[b + 2..]),
        (None, None) => (text, ""),
    };
    let lines = head
        .lines()
        .map(|l| l.trim_end_matches('\r'))
        .filter(|l| !l.is_empty())
        .collect();
    (lines, body)
}

fn header_pairs(lines: &[&str]) -> Vec<(String, String)> {
    lines
        .iter()
        .filter_map(|l| l.split_once(':'))
        .map(|(k, v)| (k.trim().to_string(), v.trim().to_string()))
        .collect()
}

fn header<'a>(headers: &'a [(String, String)], name: &str) -> Option<&'a str> {
    headers
        .iter()
        .find(|(k, _)| k.eq_ignore_ascii_case(name))
        .map(|(_, v)| v.as_str())
}

/// A part's body without the line break that precedes the next delimiter.
fn content(body: &str) -> &str {
    body.strip_suffix(CRLF)
        .or_else(|| body.strip_suffix('\n'))
        .unwrap_or(body)
}

/// An HTTP message: its first line (request or status line), headers and body.
type Message = (String, Vec<(String, String)>, String);

/// The HTTP message of an `application/http` part.
fn http_message(part: &str) -> Result<Message, String> {
    let (part_head, message) = head_and_body(part);
    let part_headers = header_pairs(&part_head);
    let kind = header(&part_headers, "Content-Type").unwrap_or("");
    if !kind.to_ascii_lowercase().starts_with("application/http") {
        return Err(format!(
            "a part is '{kind}', not application/http or a change set"
        ));
    }
    let (mut lines, body) = head_and_body(message);
    if lines.is_empty() {
        return Err("a part holds no request or status line".into());
    }
    let first = lines.remove(0).to_string();
    Ok((first, header_pairs(&lines), content(body).to_string()))
}

fn request_of(part: &str) -> Result<Request, String> {
    let (line, headers, body) = http_message(part)?;
    let mut words = line.split_whitespace();
    let (Some(method), Some(url)) = (words.next(), words.next()) else {
        return Err(format!("'{line}' is not a request line"));
    };
    Ok(Request {
        method: method.to_string(),
        url: url.to_string(),
        headers,
        body,
    })
}

fn response_of(part: &str) -> Result<Response, String> {
    let (line, headers, body) = http_message(part)?;
    let status = line
        .split_whitespace()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .ok_or_else(|| format!("'{line}' is not a status line"))?;
    Ok(Response {
        status,
        headers,
        body,
    })
}

/// A nested multipart part (a change set): its boundary and the rest of the part.
fn nested(part: &str) -> Option<(String, &str)> {
    let (head, body) = head_and_body(part);
    let boundary = boundary_of(header(&header_pairs(&head), "Content-Type")?)?;
    Some((boundary, body))
}

/// The items of a batch request.
pub fn read_request(content_type: &str, body: &str) -> Result<Vec<Item>, String> {
    let boundary = boundary_of(content_type)
        .ok_or("the Content-Type must be multipart/mixed with a boundary")?;
    let mut items = Vec::new();
    for part in parts(body, &boundary)? {
        match nested(part) {
            Some((inner, rest)) => {
                let requests = parts(rest, &inner)?
                    .into_iter()
                    .map(request_of)
                    .collect::<Result<_, _>>()?;
                items.push(Item::ChangeSet(requests));
            }
            None => items.push(Item::Single(request_of(part)?)),
        }
    }
    Ok(items)
}

/// One response per item of a batch response: a change set's first failure, or its last
/// response when all succeeded.
pub fn read_response(content_type: &str, body: &str) -> Result<Vec<Response>, String> {
    let boundary = boundary_of(content_type)
        .ok_or("the Content-Type is not multipart/mixed with a boundary")?;
    let mut responses = Vec::new();
    for part in parts(body, &boundary)? {
        match nested(part) {
            Some((inner, rest)) => {
                let all: Vec<Response> = parts(rest, &inner)?
                    .into_iter()
                    .map(response_of)
                    .collect::<Result<_, _>>()?;
                let chosen = all
                    .iter()
                    .find(|r| !r.is_success())
                    .or(all.last())
                    .cloned()
                    .ok_or("an empty change set response")?;
                responses.push(chosen);
            }
            None => responses.push(response_of(part)?),
        }
    }
    Ok(responses)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn requests_and_responses_round_trip() {
        let patch = Request::json(
            "PATCH",
            "mailboxes(1)",
            &serde_json::json!({"emailrouteraccessapproval": 1}),
        );
        let get = Request::new("GET", "mailboxes(1)?$select=name");
        let items = vec![
            Item::ChangeSet(vec![patch.clone()]),
            Item::Single(get.clone()),
        ];
        let (body, content_type) = write_request(&items, "batch_x");
        assert_eq!(read_request(&content_type, &body).unwrap(), items);

        let ok = Response {
            status: 204,
            headers: vec![("OData-Version".into(), "4.0".into())],
            body: String::new(),
        };
        let row = Response {
            status: 200,
            headers: vec![("Content-Type".into(), "application/json".into())],
            body: "{\"name\":\"a\"}".into(),
        };
        let answers = vec![
            Answer::ChangeSet(vec![ok.clone()]),
            Answer::Single(row.clone()),
        ];
        let (body, content_type) = write_response(&answers, "batchresponse_y");
        assert_eq!(read_response(&content_type, &body).unwrap(), vec![ok, row]);
    }

    #[test]
    fn line_feeds_alone_are_read_too_and_bad_bodies_refused() {
        let body = "--b\nContent-Type: application/http\n\nGET WhoAmI HTTP/1.1\n\n\n--b--\n";
        let items = read_request("multipart/mixed;boundary=b", body).unwrap();
        assert_eq!(items, vec![Item::Single(Request::new("GET", "WhoAmI"))]);
        assert!(read_request("application/json", body).is_err());
        assert!(
            read_request(
                "multipart/mixed;boundary=b",
                "--b\nContent-Type: application/http\n\nGET x HTTP/1.1\n\n"
            )
            .is_err()
        );
        assert_eq!(
            boundary_of("multipart/mixed; boundary=\"q\""),
            Some("q".into())
        );
    }
}
