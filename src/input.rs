//! Files users hand to orgtrack to read (settings files, calendars): regular files only, since a
//! FIFO blocks the reader and a device such as `/dev/zero` never ends, and read up to a limit
//! so that no input can grow memory without bound while the state's write lock is held.

use std::io::Read;
use std::path::Path;

use crate::error::{Code, Error, Result};

/// Reads the whole file at `path`, refusing what is not a regular file or is longer than `limit`
/// bytes (`what` names the kind of file in messages: "settings file").
pub fn read(path: &Path, limit: u64, what: &str) -> Result<Vec<u8>> {
    let shown = path.display();
    let meta = std::fs::metadata(path).map_err(|e| match e.kind() {
        std::io::ErrorKind::NotFound => Error::new(
            Code::FileNotFound,
            format!("cannot read {shown}: no such file"),
        ),
        _ => Error::new(Code::Io, format!("cannot read {shown}: {e}")),
    })?;
    if !meta.is_file() {
        return Err(Error::new(
            Code::NotARegularInput,
            format!("{shown} is not a regular file; give a {what} on disk"),
        ));
    }
    if meta.len() > limit {
        return Err(too_large(path, limit, what));
    }
    let file = std::fs::File::open(path)
        .map_err(|e| Error::new(Code::Io, format!("cannot read {shown}: {e}")))?;
    let mut bytes = Vec::with_capacity(meta.len() as usize);
    // The file may grow after the size was checked: never read past the limit.
    file.take(limit + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| Error::new(Code::Io, format!("cannot read {shown}: {e}")))?;
    if bytes.len() as u64 > limit {
        return Err(too_large(path, limit, what));
    }
    Ok(bytes)
}

/// `read`, as UTF-8 text.
pub fn read_text(path: &Path, limit: u64, what: &str) -> Result<String> {
    String::from_utf8(read(path, limit, what)?).map_err(|e| {
        Error::new(
            Code::InvalidFile,
            format!(
                "{} is not UTF-8 text (invalid byte at offset {}); save it as UTF-8",
                path.display(),
                e.utf8_error().valid_up_to()
            ),
        )
    })
}

fn too_large(path: &Path, limit: u64, what: &str) -> Error {
    Error::new(
        Code::FileTooLarge,
        format!(
            "{} is larger than {} MB, the most a {what} may hold",
            path.display(),
            limit >> 20
        ),
    )
}
