//! Readers behind `mail import` and `calendar import`: pure functions from bytes to messages and
//! events. They know nothing of the store; bad input is returned as a reason, never a panic.

pub mod eml;
pub mod ics;
pub mod mbox;

use std::fs;
use std::io::{BufRead, BufReader, Read};
use std::path::{Path, PathBuf};

/// Read-ahead of mbox files: large reads, one message parsed at a time.
const READ_BUFFER: usize = 256 * 1024;

/// One message to import, or the reason it could not be read.
#[derive(Debug)]
pub struct Input {
    pub path: PathBuf,
    /// For a message taken from an mbox file: where it is in the file.
    pub mbox: Option<MboxPlace>,
    pub content: Result<Vec<u8>, String>,
}

/// Where a message sits in its mbox file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MboxPlace {
    /// The line of its `From ` separator.
    pub line: usize,
    /// Its number in the file, from 1.
    pub message: usize,
}

impl Input {
    /// How reports name it: `path`, or `path:LINE` for a message of an mbox file.
    pub fn origin(&self) -> String {
        match self.mbox {
            Some(place) => format!("{}:{}", self.path.display(), place.line),
            None => self.path.display().to_string(),
        }
    }

    fn failed(path: &Path, reason: String) -> Input {
        Input {
            path: path.to_path_buf(),
            mbox: None,
            content: Err(reason),
        }
    }
}

/// Every path named on the command line must be there: a missing one (exit 3) or one that
/// cannot be looked at is refused before anything is imported. Unreadable files found inside a
/// named folder are counted as failures of the import instead.
pub fn check_named_paths<P: AsRef<Path>>(paths: &[P]) -> crate::error::Result<()> {
    for path in paths {
        let path = path.as_ref();
        fs::metadata(path).map_err(|e| crate::error::Error::io(path, e))?;
    }
    Ok(())
}

/// A file to read, found on the command line or in a directory, or a path that failed.
enum Source {
    File {
        path: PathBuf,
        named: bool,
        len: u64,
    },
    Failed(Input),
}

/// The messages named by the command line, in a stable order, read one at a time: an mbox file
/// is read message by message, so memory stays flat however large the files are.
///
/// - A file named on the command line is always read: an mbox when it starts with `From `
///   (unless it is a `.eml` file, which is one message whose envelope line is dropped), else one
///   message.
/// - A directory is walked recursively in byte order of names; hidden entries are skipped. Of its
///   files, `.eml` files are messages, and files that start with `From ` are mbox files; others
///   (notes, `.json` sidecars) are not mail and are passed over.
/// - A path that cannot be read gives one `Input` carrying the reason; the walk goes on.
pub fn collect_inputs<P: AsRef<Path>>(paths: &[P]) -> Inputs {
    let mut sources = Vec::new();
    for path in paths {
        let path = path.as_ref();
        match fs::metadata(path) {
            Err(err) => sources.push(Source::Failed(Input::failed(path, io_reason(&err)))),
            Ok(meta) if meta.is_dir() => walk(path, &mut sources),
            Ok(meta) if meta.is_file() => sources.push(Source::File {
                path: path.to_path_buf(),
                named: true,
                len: meta.len(),
            }),
            // A FIFO would block the read and a device such as /dev/zero never end.
            Ok(_) => sources.push(Source::Failed(Input::failed(
                path,
                "not a regular file or directory".into(),
            ))),
        }
    }
    let bytes = sources
        .iter()
        .map(|s| match s {
            Source::File { len, .. } => *len,
            Source::Failed(_) => 0,
        })
        .sum();
    Inputs {
        bytes,
        messages: Box::new(sources.into_iter().flat_map(read_source)),
    }
}

/// The messages of `collect_inputs`, one at a time.
pub struct Inputs {
    bytes: u64,
    messages: Box<dyn Iterator<Item = Input>>,
}

impl Inputs {
    /// The size of all the files to read, for a progress bar.
    pub fn bytes(&self) -> u64 {
        self.bytes
    }
}

impl Iterator for Inputs {
    type Item = Input;

    fn next(&mut self) -> Option<Input> {
        self.messages.next()
    }
}

fn walk(dir: &Path, sources: &mut Vec<Source>) {
    let failed =
        |path: &Path, err: &std::io::Error| Source::Failed(Input::failed(path, io_reason(err)));
    let entries = match fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(err) => return sources.push(failed(dir, &err)),
    };
    let mut children = Vec::new();
    for entry in entries {
        match entry {
            Ok(entry) => children.push(entry.path()),
            Err(err) => sources.push(failed(dir, &err)),
        }
    }
    children.sort();
    for child in children {
        let hidden = child
            .file_name()
            .is_some_and(|n| n.to_string_lossy().starts_with('.'));
        if hidden {
            continue;
        }
        match fs::metadata(&child) {
            Err(err) => sources.push(failed(&child, &err)),
            Ok(meta) if meta.is_dir() => walk(&child, sources),
            Ok(meta) if meta.is_file() => sources.push(Source::File {
                path: child,
                named: false,
                len: meta.len(),
            }),
            Ok(_) => {}
        }
    }
}

fn read_source(source: Source) -> Box<dyn Iterator<Item = Input>> {
    let (path, named) = match source {
        Source::Failed(input) => return Box::new(std::iter::once(input)),
        Source::File { path, named, .. } => (path, named),
    };
    let eml = is_eml(&path);
    let opened = fs::File::open(&path).and_then(|file| {
        let mut reader = BufReader::with_capacity(READ_BUFFER, file);
        let starts_mbox = mbox::is_mbox(reader.fill_buf()?);
        Ok((reader, starts_mbox))
    });
    let (mut reader, starts_mbox) = match opened {
        Ok(opened) => opened,
        Err(err) if named || eml => {
            return Box::new(std::iter::once(Input::failed(&path, io_reason(&err))));
        }
        // An unreadable file in a directory that does not look like mail is not reported.
        Err(_) => return Box::new(std::iter::empty()),
    };
    if eml || (!starts_mbox && named) {
        let mut bytes = Vec::new();
        let content = match reader.read_to_end(&mut bytes) {
            Ok(_) => Ok(mbox::strip_envelope(&bytes).to_vec()),
            Err(err) => Err(io_reason(&err)),
        };
        return Box::new(std::iter::once(Input {
            path,
            mbox: None,
            content,
        }));
    }
    if !starts_mbox {
        return Box::new(std::iter::empty());
    }
    Box::new(
        mbox::messages(reader)
            .enumerate()
            .map(move |(index, message)| match message {
                Ok(message) => Input {
                    path: path.clone(),
                    mbox: Some(MboxPlace {
                        line: message.line,
                        message: index + 1,
                    }),
                    content: Ok(message.bytes),
                },
                Err(err) => Input::failed(&path, io_reason(&err)),
            }),
    )
}

fn is_eml(path: &Path) -> bool {
    path.extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("eml"))
}

fn io_reason(err: &std::io::Error) -> String {
    match err.kind() {
        std::io::ErrorKind::NotFound => "no such file or directory".into(),
        std::io::ErrorKind::PermissionDenied => "permission denied".into(),
        _ => err.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn walks_directories_in_order_and_reports_missing_paths() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        fs::create_dir_all(root.join("b/nested")).unwrap();
        fs::write(root.join("b/nested/z.eml"), "Subject: z\n\nz").unwrap();
        fs::write(root.join("a.EML"), "From env\nSubject: a\n\na").unwrap();
        fs::write(root.join("notes.txt"), "not mail").unwrap();
        fs::write(root.join(".hidden.eml"), "Subject: h\n\nh").unwrap();
        fs::write(
            root.join("box"),
            "From x\nSubject: 1\n\n1\n\nFrom y\nSubject: 2\n\n2\n",
        )
        .unwrap();
        let missing = root.join("missing.eml");

        let inputs: Vec<Input> = collect_inputs(&[root.to_path_buf(), missing.clone()]).collect();
        let origins: Vec<String> = inputs
            .iter()
            .map(|i| {
                i.origin()
                    .strip_prefix(&root.display().to_string())
                    .unwrap()
                    .to_string()
            })
            .collect();
        assert_eq!(
            origins,
            [
                "/a.EML",
                "/b/nested/z.eml",
                "/box:1",
                "/box:6",
                "/missing.eml"
            ]
        );
        assert_eq!(inputs[0].content.as_ref().unwrap(), b"Subject: a\n\na");
        assert_eq!(
            inputs[4].content.as_ref().unwrap_err(),
            "no such file or directory"
        );
    }

    #[test]
    fn a_named_file_is_read_whatever_its_name() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("message.txt");
        fs::write(&path, "Subject: x\n\nx").unwrap();
        let inputs: Vec<Input> = collect_inputs(&[&path]).collect();
        assert_eq!(inputs.len(), 1);
        assert_eq!(inputs[0].origin(), path.display().to_string());
    }

    /// Text shaped like a message: headers a reader acts on (some folded or encoded), a body.
    fn mail_like() -> impl proptest::strategy::Strategy<Value = String> {
        use proptest::prelude::*;
        let header = prop_oneof![
            "(Subject|From|To|Cc|Date|Message-ID|In-Reply-To|References|Thread-Index): [ -~]{0,60}",
            "Content-Type: (text/plain|multipart/(mixed|alternative); boundary=\"?[a-z]{1,8}\"?|text/html; charset=[a-z0-9-]{1,10})",
            "Content-Transfer-Encoding: (base64|quoted-printable|7bit|8bit)",
            "Subject: =\\?(utf-8|iso-8859-1)\\?[QqBb]\\?[ -~]{0,30}\\?=",
            "[ \t][ -~]{0,30}",
            "[A-Za-z-]{1,12}:[^\r\n]{0,40}",
        ];
        (
            proptest::collection::vec(header, 0..12),
            prop_oneof!["\n", "\r\n"],
            "([ -~]{0,60}\r?\n){0,8}(--[a-z]{1,8}(--)?\r?\n)?([ -~]{0,60}\r?\n){0,4}",
        )
            .prop_map(|(headers, eol, body)| {
                let mut text = headers.join(&eol);
                text.push_str(&eol);
                text.push_str(&eol);
                text.push_str(&body);
                text
            })
    }

    fn calendar_like() -> impl proptest::strategy::Strategy<Value = String> {
        use proptest::prelude::*;
        let line = prop_oneof![
            proptest::sample::select(vec![
                "BEGIN:VCALENDAR",
                "END:VCALENDAR",
                "BEGIN:VEVENT",
                "END:VEVENT",
                "BEGIN:VTIMEZONE",
                "END:VTIMEZONE",
                "TZID:Europe/Paris",
                "DTSTART;TZID=W. Europe Standard Time:20260105T090000",
                "DTSTART:20260105T090000Z",
                "DTSTART;VALUE=DATE:20260105",
                "DTEND:20260105T100000Z",
                "DURATION:PT1H",
                "RRULE:FREQ=WEEKLY;BYDAY=MO,WE;COUNT=10",
                "RRULE:FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29",
                "EXDATE:20260107T090000Z",
                "RECURRENCE-ID:20260112T090000Z",
                "RDATE:20260301T090000Z",
                "ORGANIZER:mailto:a@contoso.com",
                "ATTENDEE;CN=B:mailto:b@fabrikam.example",
                "SUMMARY:Planning",
                "UID:1@x",
                " folded continuation",
            ])
            .prop_map(str::to_string),
            "(DTSTART|DTEND|RRULE|EXDATE|RDATE|DURATION|UID|SUMMARY|RECURRENCE-ID)[;:][ -~]{0,40}",
        ];
        (
            proptest::collection::vec(line, 0..30),
            prop_oneof!["\n", "\r\n"],
        )
            .prop_map(|(lines, eol)| lines.join(&eol))
    }

    proptest::proptest! {
        /// The whole import path, from files on disk through the library entry points: files
        /// are found and split, every message is read, every calendar parsed and expanded.
        /// Whatever they hold, nothing panics. (`PROPTEST_CASES=100000` runs it longer.)
        #[test]
        fn the_import_path_never_panics(
            mail in mail_like(),
            calendar in calendar_like(),
            noise in proptest::collection::vec(proptest::num::u8::ANY, 0..512),
        ) {
            let dir = tempfile::tempdir().unwrap();
            let root = dir.path();
            fs::write(root.join("one.eml"), &mail).unwrap();
            fs::write(root.join("noise.eml"), &noise).unwrap();
            let mut mbox = format!("From a@b Mon Jan  5 09:00:00 2026\n{mail}\nFrom x\n").into_bytes();
            mbox.extend_from_slice(&noise);
            fs::write(root.join("box"), &mbox).unwrap();
            fs::write(root.join("cal.ics"), &calendar).unwrap();
            for input in collect_inputs(&[root]) {
                if let Ok(bytes) = &input.content {
                    let _ = eml::parse_message(bytes);
                    let _ = eml::derived_message_id(bytes);
                }
            }
            for bytes in [calendar.as_bytes(), &noise] {
                if let Ok(parsed) = ics::parse_calendar(bytes) {
                    for event in &parsed.events {
                        for rule in &event.rrules {
                            let _ = ics::rule_occurrences(rule, event.start);
                        }
                    }
                }
            }
        }
    }
}
