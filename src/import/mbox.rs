//! mbox files: messages separated by `From ` lines.
//!
//! A separator is a line starting with `From ` at the start of the file or right after an empty
//! line (writers always leave one), so a `From ` line inside a paragraph stays body text.
//! Quoted lines are unescaped the mboxrd way: `>From `, `>>From `... lose one `>`, which also
//! undoes the older mboxo escaping. CRLF and LF files are both read.

/// One message of an mbox file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MboxMessage {
    /// 1-based line number of its `From ` separator, to name it in reports.
    pub line: usize,
    pub bytes: Vec<u8>,
}

pub fn is_mbox(bytes: &[u8]) -> bool {
    bytes.starts_with(b"From ")
}

pub fn split(bytes: &[u8]) -> Vec<MboxMessage> {
    let mut messages = Vec::new();
    let mut current: Option<MboxMessage> = None;
    let mut previous_blank = true;
    for (index, line) in lines(bytes).enumerate() {
        let content = trim_eol(line);
        if previous_blank && content.starts_with(b"From ") {
            messages.extend(current.take().map(finish));
            current = Some(MboxMessage {
                line: index + 1,
                bytes: Vec::new(),
            });
            previous_blank = false;
            continue;
        }
        previous_blank = content.is_empty();
        // Text before the first separator is not a message of the file.
        let Some(message) = current.as_mut() else {
            continue;
        };
        if is_escaped_from(content) {
            message.bytes.extend_from_slice(&line[1..]);
        } else {
            message.bytes.extend_from_slice(line);
        }
    }
    messages.extend(current.map(finish));
    messages
}

/// The envelope line some `.eml` files start with; not part of the message.
pub fn strip_envelope(bytes: &[u8]) -> &[u8] {
    if !is_mbox(bytes) {
        return bytes;
    }
    match bytes.iter().position(|b| *b == b'\n') {
        Some(end) => &bytes[end + 1..],
        None => &[],
    }
}

/// Lines including their line ending.
fn lines(bytes: &[u8]) -> impl Iterator<Item = &[u8]> {
    bytes.split_inclusive(|b| *b == b'\n')
}

fn trim_eol(line: &[u8]) -> &[u8] {
    let line = line.strip_suffix(b"\n").unwrap_or(line);
    line.strip_suffix(b"\r").unwrap_or(line)
}

fn is_escaped_from(line: &[u8]) -> bool {
    let quotes = line.iter().take_while(|b| **b == b'>').count();
    quotes > 0 && line[quotes..].starts_with(b"From ")
}

/// Drops the empty line the writer put before the next separator.
fn finish(mut message: MboxMessage) -> MboxMessage {
    for ending in [&b"\r\n\r\n"[..], b"\n\n"] {
        if message.bytes.ends_with(ending) {
            let keep = message.bytes.len() - ending.len() / 2;
            message.bytes.truncate(keep);
            break;
        }
    }
    message
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_on_separators_after_blank_lines_only() {
        let mbox = b"From a@example.com Mon Jan  5 09:00:00 2026\n\
Subject: one\n\
\n\
Body\n\
From here on it is still body.\n\
>From the escaped line\n\
>>From twice\n\
\n\
From b@example.com Mon Jan  5 10:00:00 2026\n\
Subject: two\n\
\n\
Second\n";
        let messages = split(mbox);
        assert_eq!(messages.len(), 2);
        assert_eq!(messages[0].line, 1);
        assert_eq!(
            String::from_utf8_lossy(&messages[0].bytes),
            "Subject: one\n\nBody\nFrom here on it is still body.\nFrom the escaped line\n>From twice\n"
        );
        assert_eq!(messages[1].line, 9);
        assert_eq!(
            String::from_utf8_lossy(&messages[1].bytes),
            "Subject: two\n\nSecond\n"
        );
    }

    #[test]
    fn reads_crlf_files() {
        let mbox = b"From x\r\nSubject: a\r\n\r\nA\r\n\r\nFrom y\r\nSubject: b\r\n\r\nB\r\n";
        let messages = split(mbox);
        assert_eq!(messages.len(), 2);
        assert_eq!(messages[0].bytes, b"Subject: a\r\n\r\nA\r\n");
        assert_eq!(messages[1].line, 6);
    }

    #[test]
    fn text_before_the_first_separator_is_not_a_message() {
        assert!(split(b"Subject: no separator\n\nbody\n").is_empty());
        assert!(split(b"").is_empty());
    }

    #[test]
    fn strips_an_envelope_line() {
        assert_eq!(strip_envelope(b"From x y\nSubject: a\n"), b"Subject: a\n");
        assert_eq!(strip_envelope(b"Subject: a\n"), b"Subject: a\n");
        assert_eq!(strip_envelope(b"From x"), b"");
    }

    proptest::proptest! {
        #[test]
        fn never_panics_and_loses_no_separator(raw in "((From |>From |>>From )?[a-z ]{0,10}\r?\n){0,30}") {
            let messages = split(raw.as_bytes());
            for pair in messages.windows(2) {
                proptest::prop_assert!(pair[0].line < pair[1].line);
            }
        }

        #[test]
        fn never_panics_on_bytes(raw in proptest::collection::vec(proptest::num::u8::ANY, 0..1024)) {
            let _ = split(&raw);
            let _ = strip_envelope(&raw);
        }
    }
}
