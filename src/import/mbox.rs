//! mbox files: messages separated by `From ` lines.
//!
//! A separator is a line starting with `From ` at the start of the file or right after an empty
//! line (writers always leave one), so a `From ` line inside a paragraph stays body text.
//! Quoted lines are unescaped the mboxrd way: `>From `, `>>From `... lose one `>`, which also
//! undoes the older mboxo escaping. CRLF and LF files are both read.

use std::io::BufRead;

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

/// The messages of an mbox, read one at a time: only the message being read is held in memory,
/// however large the file. A read error ends the sequence with that error.
pub fn messages<R: BufRead>(reader: R) -> Messages<R> {
    Messages {
        reader,
        line: Vec::new(),
        number: 0,
        previous_blank: true,
        current: None,
        done: false,
    }
}

pub struct Messages<R> {
    reader: R,
    /// The line being read, with its line ending.
    line: Vec<u8>,
    /// 1-based number of the last line read.
    number: usize,
    previous_blank: bool,
    current: Option<MboxMessage>,
    done: bool,
}

impl<R: BufRead> Iterator for Messages<R> {
    type Item = std::io::Result<MboxMessage>;

    fn next(&mut self) -> Option<Self::Item> {
        while !self.done {
            self.line.clear();
            match self.reader.read_until(b'\n', &mut self.line) {
                Err(err) => {
                    self.done = true;
                    return Some(Err(err));
                }
                Ok(0) => {
                    self.done = true;
                    return self.current.take().map(|m| Ok(finish(m)));
                }
                Ok(_) => {}
            }
            self.number += 1;
            let content = trim_eol(&self.line);
            if self.previous_blank && content.starts_with(b"From ") {
                self.previous_blank = false;
                let next = MboxMessage {
                    line: self.number,
                    bytes: Vec::new(),
                };
                if let Some(done) = self.current.replace(next) {
                    return Some(Ok(finish(done)));
                }
                continue;
            }
            self.previous_blank = content.is_empty();
            // Text before the first separator is not a message of the file.
            let Some(message) = self.current.as_mut() else {
                continue;
            };
            if is_escaped_from(content) {
                message.bytes.extend_from_slice(&self.line[1..]);
            } else {
                message.bytes.extend_from_slice(&self.line);
            }
        }
        None
    }
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

    fn split(bytes: &[u8]) -> Vec<MboxMessage> {
        messages(bytes)
            .map(|m| m.expect("reading memory"))
            .collect()
    }

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
