//! The one renderer every command uses. Commands hand over serializable values; this module
//! decides between a table, one JSON document or one JSON object per line, and keeps stdout for
//! data and stderr for talk.

mod table;

use std::io::{IsTerminal, Write};

use clap::ValueEnum;
use serde::Serialize;
use serde_json::Value;

use crate::error::{Code, Error, Result};

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    Table,
    Json,
    Ndjson,
    /// Comma-separated values (RFC 4180) with a header row of field names, for spreadsheets.
    Csv,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    Auto,
    Always,
    Never,
}

/// How tables are laid out: `--wide` and `--columns`.
#[derive(Debug, Clone, Default)]
pub struct TableOptions {
    /// Show every column at its natural width, whatever the terminal's width.
    pub wide: bool,
    /// The fields to show as table or CSV columns, in this order, instead of the command's own.
    pub columns: Option<Vec<String>>,
}

#[derive(Debug, Clone)]
pub struct Output {
    pub format: Format,
    pub quiet: bool,
    color: bool,
    /// The widest a table line may be; None for no limit.
    width: Option<usize>,
    columns: Option<Vec<String>>,
}

impl Output {
    pub fn new(format: Format, quiet: bool, color: ColorChoice) -> Self {
        Self::with_tables(format, quiet, color, TableOptions::default())
    }

    pub fn with_tables(
        format: Format,
        quiet: bool,
        color: ColorChoice,
        tables: TableOptions,
    ) -> Self {
        // `always` colours even when redirected; `auto` only a terminal, unless NO_COLOR.
        let color = match color {
            ColorChoice::Always => true,
            ColorChoice::Never => false,
            ColorChoice::Auto => {
                std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
                    && std::io::stderr().is_terminal()
            }
        };
        Output {
            format,
            quiet,
            color,
            width: if tables.wide {
                None
            } else {
                table::width_limit()
            },
            columns: tables.columns,
        }
    }

    pub fn is_json(&self) -> bool {
        matches!(self.format, Format::Json | Format::Ndjson)
    }

    /// A list of rows. `columns` names the fields shown in table mode (JSON always carries every
    /// field); a column may be written `field:HEADER` to show another header.
    pub fn list<T: Serialize>(&self, rows: &[T], columns: &[&str]) -> Result<()> {
        let mut writer = self.stream(columns);
        for row in rows {
            writer.row(row)?;
        }
        writer.finish()
    }

    /// A list written row by row as the rows are read, so that no list, however long, is held
    /// in memory: JSON and NDJSON rows go out at once; a table is drawn whole when it has at
    /// most `TABLE_ROWS` rows, else as plain aligned columns sized by its first rows.
    pub fn stream<'a>(&'a self, columns: &'a [&'a str]) -> ListWriter<'a> {
        let columns = match &self.columns {
            Some(chosen) => chosen.clone(),
            None => columns.iter().map(|c| c.to_string()).collect(),
        };
        ListWriter {
            out: self,
            columns,
            sink: std::io::BufWriter::with_capacity(1 << 16, std::io::stdout().lock()),
            rows: 0,
            held: Vec::new(),
            layout: None,
        }
    }

    /// One record: a two-column field/value table, or one JSON document (one line in ndjson).
    pub fn record<T: Serialize>(&self, item: &T) -> Result<()> {
        let value = to_value(item)?;
        match self.format {
            Format::Json => self.write_json(&value),
            Format::Ndjson => write_stdout(&format!(
                "{}\n",
                serde_json::to_string(&value).map_err(Error::json)?
            )),
            Format::Csv => {
                let mut writer = self.stream(&[]);
                if self.columns.is_none() {
                    writer.columns = object_keys(&value);
                }
                writer.row(&value)?;
                writer.finish()
            }
            Format::Table => {
                let mut rows = Vec::new();
                field_rows(&value, 0, &mut rows);
                let headers = vec!["FIELD".to_string(), "VALUE".to_string()];
                let (widths, _) = table::fit(&headers, &rows, self.width);
                let text: String = rows
                    .iter()
                    .map(|row| table::render_row(row, &widths, self.width))
                    .collect();
                write_stdout(&text)
            }
        }
    }

    /// Plain text for a person in table mode (control characters shown, see `visible`); JSON
    /// modes get `value`.
    pub fn text_or<T: Serialize>(&self, text: &str, value: &T) -> Result<()> {
        if self.is_json() {
            self.record(value)
        } else {
            write_stdout(&visible(text))
        }
    }

    /// Talk for a person: progress, confirmations, hints. Goes to stderr; silenced by `--quiet`.
    pub fn note(&self, message: &str) {
        if !self.quiet {
            eprintln!("{}", visible(message));
        }
    }

    pub fn warn(&self, message: &str) {
        let message = visible(message);
        if self.color_stderr() {
            eprintln!("\x1b[33mwarning:\x1b[0m {message}");
        } else {
            eprintln!("warning: {message}");
        }
    }

    /// Errors are printed once, here: JSON on stderr under `--json`, one line otherwise.
    pub fn error(&self, err: &Error) {
        if self.is_json() {
            let mut error = serde_json::json!({
                "code": err.code, "message": err.message, "exit_code": err.exit_code()
            });
            if !err.problems.is_empty() {
                error["problems"] = serde_json::json!(err.problems);
            }
            let doc = serde_json::json!({ "error": error });
            eprintln!("{doc}");
        } else if self.color_stderr() {
            eprintln!("\x1b[31merror:\x1b[0m {}", visible(&err.message));
        } else {
            eprintln!("error: {}", visible(&err.message));
        }
    }

    fn color_stderr(&self) -> bool {
        self.color
    }

    fn write_json(&self, value: &Value) -> Result<()> {
        let text = serde_json::to_string_pretty(value).map_err(Error::json)?;
        write_stdout(&format!("{text}\n"))
    }
}

/// Rows a table holds back to size its columns; later rows keep those widths (and wrap).
const TABLE_ROWS: usize = 1000;

/// See `Output::stream`. Call `finish` after the last row.
pub struct ListWriter<'a> {
    out: &'a Output,
    /// The fields shown as columns (`field` or `field:HEADER`).
    columns: Vec<String>,
    sink: std::io::BufWriter<std::io::StdoutLock<'static>>,
    rows: usize,
    /// Table mode: rows not drawn yet.
    held: Vec<Vec<String>>,
    /// Table mode, once drawn: the column widths, of the columns that fit.
    layout: Option<Vec<usize>>,
}

impl ListWriter<'_> {
    pub fn row<T: Serialize>(&mut self, row: &T) -> Result<()> {
        let value = to_value(row)?;
        let first = self.rows == 0;
        self.rows += 1;
        if first && self.out.columns.is_some() && !self.out.is_json() {
            check_columns(&self.columns, &value)?;
        }
        match self.out.format {
            Format::Json => {
                // The bytes `to_string_pretty` gives the whole array: each element one level in.
                let text = serde_json::to_string_pretty(&value).map_err(Error::json)?;
                self.put(if first { b"[\n" } else { b",\n" })?;
                for (n, line) in text.lines().enumerate() {
                    if n > 0 {
                        self.put(b"\n")?;
                    }
                    self.put(b"  ")?;
                    self.put(line.as_bytes())?;
                }
            }
            Format::Ndjson => {
                // Through a string, so that a closed pipe stays an I/O error (a quiet exit).
                let text = serde_json::to_string(&value).map_err(Error::json)?;
                self.put(text.as_bytes())?;
                self.put(b"\n")?;
            }
            Format::Csv => {
                if first {
                    let names = self.columns.iter().map(|c| csv_name(c));
                    self.put(csv_line(names).as_bytes())?;
                }
                let cells = self.columns.iter().map(|c| cell(column_value(&value, c)));
                self.put(csv_line(cells).as_bytes())?;
            }
            Format::Table => {
                let cells: Vec<String> =
                    self.columns.iter().map(|c| table_cell(&value, c)).collect();
                match &self.layout {
                    Some(widths) => {
                        let line = table::render_row(&cells, widths, self.out.width);
                        self.put(line.as_bytes())?;
                    }
                    None => {
                        self.held.push(cells);
                        if self.held.len() > TABLE_ROWS {
                            self.draw_held()?;
                        }
                    }
                }
            }
        }
        Ok(())
    }

    pub fn finish(mut self) -> Result<()> {
        match self.out.format {
            Format::Json if self.rows == 0 => self.put(b"[]\n")?,
            Format::Json => self.put(b"\n]\n")?,
            Format::Ndjson | Format::Csv => {}
            Format::Table if self.layout.is_some() => {}
            Format::Table if self.held.is_empty() => self.out.note("(none)"),
            Format::Table => self.draw_held()?,
        }
        self.sink.flush().map_err(Error::stdout)
    }

    fn put(&mut self, bytes: &[u8]) -> Result<()> {
        self.sink.write_all(bytes).map_err(Error::stdout)
    }

    /// Sizes the columns on the rows held, writes the header and those rows, and keeps the
    /// widths for the rows still to come. Columns that cannot fit are hidden, said once.
    fn draw_held(&mut self) -> Result<()> {
        let headers: Vec<String> = self.columns.iter().map(|c| header_of(c)).collect();
        let (widths, shown) = table::fit(&headers, &self.held, self.out.width);
        if shown < headers.len() {
            self.out.note(&format!(
                "hid {} to fit {} columns; --wide shows every column",
                headers[shown..].join(", "),
                self.out.width.unwrap_or_default()
            ));
        }
        let mut text = table::render_row(&headers[..shown], &widths, self.out.width);
        for cells in std::mem::take(&mut self.held) {
            text.push_str(&table::render_row(&cells[..shown], &widths, self.out.width));
        }
        self.put(text.as_bytes())?;
        self.layout = Some(widths);
        Ok(())
    }
}

/// `--columns` names fields of the rows: refuse a name no row has, listing those it has.
fn check_columns(columns: &[String], value: &Value) -> Result<()> {
    let fields = object_keys(value);
    match columns
        .iter()
        .find(|c| !fields.contains(&field_of(c).to_string()))
    {
        Some(unknown) => Err(Error::new(
            Code::UnknownColumn,
            format!(
                "no column '{unknown}' here; choose from: {}",
                fields.join(", ")
            ),
        )),
        None => Ok(()),
    }
}

fn object_keys(value: &Value) -> Vec<String> {
    match value {
        Value::Object(map) => map.keys().cloned().collect(),
        _ => Vec::new(),
    }
}

/// One CSV record (RFC 4180): fields with a comma, quote or line break are quoted.
fn csv_line(cells: impl Iterator<Item = String>) -> String {
    let quoted: Vec<String> = cells
        .map(|text| {
            if text.contains([',', '"', '\n', '\r']) {
                format!("\"{}\"", text.replace('"', "\"\""))
            } else {
                text
            }
        })
        .collect();
    format!("{}\r\n", quoted.join(","))
}

/// The rows of a key-value table: `id` and `name` first, then the fields in the entity's own
/// order; a nested object's fields (and each object of a list) as indented rows below it.
fn field_rows(value: &Value, depth: usize, rows: &mut Vec<Vec<String>>) {
    let Value::Object(map) = value else {
        rows.push(vec![
            String::new(),
            visible(&cell(Some(value))).into_owned(),
        ]);
        return;
    };
    let indent = "  ".repeat(depth);
    let first = ["id", "name"].into_iter().filter(|k| map.contains_key(*k));
    let rest = map
        .keys()
        .map(String::as_str)
        .filter(|k| *k != "id" && *k != "name");
    for key in first.chain(rest) {
        let field = &map[key];
        match field {
            Value::Object(_) => {
                rows.push(vec![format!("{indent}{key}"), String::new()]);
                field_rows(field, depth + 1, rows);
            }
            Value::Array(items) if items.iter().any(Value::is_object) => {
                rows.push(vec![format!("{indent}{key}"), String::new()]);
                for (n, item) in items.iter().enumerate() {
                    rows.push(vec![format!("{indent}  {}.", n + 1), String::new()]);
                    field_rows(item, depth + 2, rows);
                }
            }
            _ => rows.push(vec![
                format!("{indent}{key}"),
                visible(&cell(Some(field))).into_owned(),
            ]),
        }
    }
}

/// A table cell on one line: line breaks and tabs read as spaces, so a row stays one row
/// until it wraps; other control characters shown (`visible`).
fn table_cell(value: &Value, column: &str) -> String {
    visible(&cell(column_value(value, column)))
        .chars()
        .map(|c| if c == '\n' || c == '\t' { ' ' } else { c })
        .collect()
}

/// The value a column shows: its field, or with `a|b` the first of those fields that is set.
fn column_value<'v>(value: &'v Value, column: &str) -> Option<&'v Value> {
    field_of(column)
        .split('|')
        .filter_map(|field| value.get(field))
        .find(|v| !v.is_null())
}

/// A CSV header names the field; a composed column (`a|b:WHEN`) its header in lower case.
fn csv_name(column: &str) -> String {
    match column.split_once(':') {
        Some((_, header)) => header.to_lowercase(),
        None => column.to_string(),
    }
}

/// Text as a terminal shows it harmlessly: control characters that could move the cursor,
/// clear the screen or set the window title (ESC, BEL, CR, C1 controls such as CSI) are written
/// as `\x1b`, `\x07`, ...; line feeds and tabs stay. Tables, plain text and messages go through
/// here; JSON and CSV never (they carry the exact text, quoted as their formats quote it).
pub fn visible(text: &str) -> std::borrow::Cow<'_, str> {
    let hidden = |c: char| c.is_control() && c != '\n' && c != '\t';
    if !text.contains(hidden) {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut shown = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        if hidden(c) {
            shown.push_str(&format!("\\x{:02x}", u32::from(c)));
        } else {
            shown.push(c);
        }
    }
    std::borrow::Cow::Owned(shown)
}

fn field_of(column: &str) -> &str {
    column.split(':').next().unwrap_or(column)
}

fn header_of(column: &str) -> String {
    match column.split_once(':') {
        Some((_, header)) => header.to_string(),
        None => column.replace(['_', '|'], " ").to_uppercase(),
    }
}

/// How a JSON value reads in a table cell.
pub fn cell(value: Option<&Value>) -> String {
    match value {
        None | Some(Value::Null) => String::new(),
        Some(Value::String(s)) => s.clone(),
        Some(Value::Array(items)) => items
            .iter()
            .map(|v| cell(Some(v)))
            .collect::<Vec<_>>()
            .join(", "),
        Some(other) => other.to_string(),
    }
}

fn to_value<T: Serialize>(item: &T) -> Result<Value> {
    serde_json::to_value(item).map_err(Error::json)
}

/// Every byte of data goes through here so that a closed pipe ends the command quietly.
pub fn write_stdout(text: &str) -> Result<()> {
    let mut stdout = std::io::stdout().lock();
    stdout.write_all(text.as_bytes()).map_err(Error::stdout)?;
    stdout.flush().map_err(Error::stdout)
}
