//! One RFC 5322 / MIME message read into the facts the tracking engine correlates on.
//!
//! Parsing is lenient, as mail clients are: malformed headers, bad encodings and broken MIME
//! structure still give a message. Input is refused only when it is not a message at all:
//! - it is empty (or only whitespace);
//! - no header line could be read from its start;
//! - none of its headers is a field of RFC 5322 or MIME (From, Subject, Date, Message-ID,
//!   Received, Content-Type, MIME-Version...): a text file, a calendar (`BEGIN:VCALENDAR` reads
//!   as a header but is no mail field) or an image handed to `mail import`.
//!
//! A bare MIME entity (only Content-Type and its parts, no sender or subject) is a message: mail
//! clients open it, and it can still be filed and tracked.

use chrono::{DateTime, Utc};
use mail_parser::decoders::html::html_to_text;
use mail_parser::{HeaderName, HeaderValue, MessageParser};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Address {
    /// Display name, decoded from RFC 2047.
    pub name: Option<String>,
    /// As written in the message.
    pub email: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Message {
    /// Without angle brackets. Derived from the content when the message has none.
    pub message_id: String,
    /// True when `message_id` was derived because the message had no Message-ID.
    pub derived_id: bool,
    pub in_reply_to: Option<String>,
    /// Oldest first, as in the header; without angle brackets.
    pub references: Vec<String>,
    /// Outlook's base64 Thread-Index, whitespace removed.
    pub thread_index: Option<String>,
    pub thread_topic: Option<String>,
    pub from: Vec<Address>,
    pub to: Vec<Address>,
    pub cc: Vec<Address>,
    pub bcc: Vec<Address>,
    /// Decoded from RFC 2047; empty when the message has no subject.
    pub subject: String,
    pub sent_at: Option<DateTime<Utc>>,
    /// Plain text: the text parts, or the HTML part rendered as text when there is none.
    pub body: String,
    /// Protected with Information Rights Management: `Content-Class: rpmsg.message`, the class
    /// of a rights-managed email ([MS-OXORMMS] Rights-Managed Email Object Protocol).
    pub irm_restricted: bool,
}

pub fn parse_message(raw: &[u8]) -> Result<Message, String> {
    if raw.iter().all(u8::is_ascii_whitespace) {
        return Err("empty file".into());
    }
    let parsed = MessageParser::default()
        .parse(raw)
        .ok_or("not a message: no header could be read")?;
    let headers = parsed.root_part().headers();
    if headers.is_empty() {
        return Err("not a message: no header could be read".into());
    }
    if headers
        .iter()
        .all(|h| matches!(h.name, HeaderName::Other(_)))
    {
        return Err("not a message: none of its headers is a mail header".into());
    }

    let (message_id, derived_id) = match parsed.message_id().and_then(clean_id) {
        Some(id) => (id, false),
        None => (derived_message_id(raw), true),
    };
    let references = ids(parsed.references());
    let in_reply_to = ids(parsed.in_reply_to()).into_iter().next();
    Ok(Message {
        message_id,
        derived_id,
        in_reply_to,
        references,
        thread_index: text_header(&parsed, "Thread-Index")
            .map(|v| v.split_whitespace().collect::<String>())
            .filter(|v| !v.is_empty()),
        thread_topic: text_header(&parsed, "Thread-Topic"),
        from: addresses(parsed.from()),
        to: addresses(parsed.to()),
        cc: addresses(parsed.cc()),
        bcc: addresses(parsed.bcc()),
        subject: parsed.subject().unwrap_or_default().trim().to_string(),
        sent_at: parsed
            .date()
            .filter(|d| d.is_valid())
            .and_then(|d| DateTime::from_timestamp(d.to_timestamp(), 0)),
        body: body_text(&parsed),
        irm_restricted: text_header(&parsed, "Content-Class")
            .is_some_and(|class| class.eq_ignore_ascii_case("rpmsg.message")),
    })
}

/// `derived.<16 hex>@orgtrack.invalid`: the same bytes always give the same id, on every
/// platform and release (FNV-1a, not std's unspecified hasher).
pub fn derived_message_id(raw: &[u8]) -> String {
    format!("derived.{:016x}@orgtrack.invalid", fnv1a64(raw))
}

pub fn fnv1a64(bytes: &[u8]) -> u64 {
    const OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
    const PRIME: u64 = 0x0000_0100_0000_01b3;
    bytes
        .iter()
        .fold(OFFSET, |hash, b| (hash ^ u64::from(*b)).wrapping_mul(PRIME))
}

/// A message id without brackets or surrounding space; None when nothing is left.
fn clean_id(id: &str) -> Option<String> {
    let id = id
        .trim()
        .trim_start_matches('<')
        .trim_end_matches('>')
        .trim();
    (!id.is_empty()).then(|| id.to_string())
}

fn ids(value: &HeaderValue) -> Vec<String> {
    match value {
        HeaderValue::Text(id) => clean_id(id).into_iter().collect(),
        HeaderValue::TextList(list) => list.iter().filter_map(|id| clean_id(id)).collect(),
        _ => Vec::new(),
    }
}

/// The last occurrence of a header the parser has no name for, matched in any case.
fn text_header(message: &mail_parser::Message, name: &str) -> Option<String> {
    let header = message
        .headers()
        .iter()
        .rev()
        .find(|h| h.name.as_str().eq_ignore_ascii_case(name))?;
    let value = match &header.value {
        HeaderValue::Text(text) => text.to_string(),
        HeaderValue::TextList(list) => list.join(" "),
        _ => String::new(),
    };
    let value = value.trim();
    (!value.is_empty()).then(|| value.to_string())
}

/// Groups are flattened; an entry without an address (a bare name, an empty group) cannot take
/// part in tracking and is left out.
fn addresses(address: Option<&mail_parser::Address>) -> Vec<Address> {
    let Some(address) = address else {
        return Vec::new();
    };
    address
        .iter()
        .filter_map(|addr| {
            let email = addr.address()?.trim();
            (!email.is_empty()).then(|| Address {
                name: addr
                    .name()
                    .map(str::trim)
                    .filter(|n| !n.is_empty())
                    .map(str::to_string),
                email: email.to_string(),
            })
        })
        .collect()
}

fn body_text(message: &mail_parser::Message) -> String {
    let texts: Vec<String> = (0..message.text_body_count())
        .filter_map(|i| message.body_text(i).map(|t| t.into_owned()))
        .collect();
    if !texts.is_empty() {
        return texts.join("\n");
    }
    // No text/plain anywhere: render the first HTML body the way a reader would see it.
    message
        .body_html(0)
        .map(|html| html_to_text(&html))
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_correlation_facts() {
        let raw = b"From: =?UTF-8?Q?Ren=C3=A9e?= <renee@Example.com>\r\n\
To: a@example.com, \"B, Person\" <b@example.com>\r\n\
Cc: Group: c@example.com, d@example.com;\r\n\
Subject: =?ISO-8859-1?Q?R=E9union?= budget\r\n\
Message-ID: <abc@example.com>\r\n\
In-Reply-To: <parent@example.com>\r\n\
References: <root@example.com> <parent@example.com>\r\n\
Thread-Index: AdQ2Q0Ij\r\n AAAA\r\n\
Thread-Topic: Reunion budget\r\n\
Date: Mon, 5 Jan 2026 10:00:00 +0100\r\n\
\r\n\
Hello\r\n";
        let m = parse_message(raw).unwrap();
        assert_eq!(m.message_id, "abc@example.com");
        assert!(!m.derived_id);
        assert_eq!(m.in_reply_to.as_deref(), Some("parent@example.com"));
        assert_eq!(m.references, ["root@example.com", "parent@example.com"]);
        assert_eq!(m.thread_index.as_deref(), Some("AdQ2Q0IjAAAA"));
        assert_eq!(m.thread_topic.as_deref(), Some("Reunion budget"));
        assert_eq!(m.subject, "Réunion budget");
        assert_eq!(m.from[0].name.as_deref(), Some("Renée"));
        assert_eq!(m.from[0].email, "renee@Example.com");
        assert_eq!(m.to.len(), 2);
        assert_eq!(m.to[1].name.as_deref(), Some("B, Person"));
        assert_eq!(m.cc.len(), 2);
        assert_eq!(
            crate::time::format(m.sent_at.unwrap()),
            "2026-01-05T09:00:00Z"
        );
        assert_eq!(m.body.trim(), "Hello");
    }

    #[test]
    fn derives_a_stable_id_when_missing() {
        let raw = b"From: a@example.com\r\nSubject: hi\r\n\r\nbody\r\n";
        let m = parse_message(raw).unwrap();
        assert!(m.derived_id);
        assert_eq!(m.message_id, derived_message_id(raw));
        assert_eq!(m.message_id, parse_message(raw).unwrap().message_id);
        assert!(
            m.message_id.starts_with("derived.") && m.message_id.ends_with("@orgtrack.invalid")
        );
        assert_ne!(
            m.message_id,
            parse_message(b"From: b@example.com\r\n\r\nx")
                .unwrap()
                .message_id
        );
    }

    #[test]
    fn fnv1a_matches_the_published_vectors() {
        assert_eq!(fnv1a64(b""), 0xcbf2_9ce4_8422_2325);
        assert_eq!(fnv1a64(b"a"), 0xaf63_dc4c_8601_ec8c);
        assert_eq!(fnv1a64(b"foobar"), 0x8594_4171_f739_67e8);
    }

    #[test]
    fn html_only_body_becomes_text() {
        let raw =
            b"From: a@example.com\r\nContent-Type: text/html\r\n\r\n<p>Hello <b>world</b></p>";
        let m = parse_message(raw).unwrap();
        assert!(m.body.contains("Hello world"), "{:?}", m.body);
    }

    #[test]
    fn refuses_what_is_not_a_message() {
        assert_eq!(parse_message(b"").unwrap_err(), "empty file");
        assert_eq!(parse_message(b"  \r\n ").unwrap_err(), "empty file");
        assert!(
            parse_message(b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n")
                .unwrap_err()
                .starts_with("not a message")
        );
        assert!(
            parse_message(b"just some words\nand more")
                .unwrap_err()
                .starts_with("not a message")
        );
    }

    proptest::proptest! {
        #[test]
        fn never_panics(raw in proptest::collection::vec(proptest::num::u8::ANY, 0..2048)) {
            let _ = parse_message(&raw);
        }

        #[test]
        fn never_panics_on_header_like_text(raw in "([A-Za-z-]{1,12}: [ -~]{0,40}\r?\n){0,12}(\r?\n[ -~\r\n]{0,200})?") {
            let _ = parse_message(raw.as_bytes());
        }
    }
}
