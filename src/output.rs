//! The one renderer every command uses. Commands hand over serializable values; this module
//! decides between a table, one JSON document or one JSON object per line, and keeps stdout for
//! data and stderr for talk.

use std::io::{IsTerminal, Write};

use clap::ValueEnum;
use comfy_table::{ContentArrangement, Table, presets};
use serde::Serialize;
use serde_json::Value;

use crate::error::{Error, Result};

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    Table,
    Json,
    Ndjson,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    Auto,
    Always,
    Never,
}

#[derive(Debug, Clone)]
pub struct Output {
    pub format: Format,
    pub quiet: bool,
    color: bool,
}

impl Output {
    pub fn new(format: Format, quiet: bool, color: ColorChoice) -> Self {
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
        }
    }

    pub fn is_json(&self) -> bool {
        self.format != Format::Table
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
        ListWriter {
            out: self,
            columns,
            sink: std::io::BufWriter::with_capacity(1 << 16, std::io::stdout().lock()),
            rows: 0,
            held: Vec::new(),
            widths: None,
        }
    }

    /// One record: a two-column field/value table, or one JSON document (one line in ndjson).
    pub fn record<T: Serialize>(&self, item: &T) -> Result<()> {
        let value = to_value(item)?;
        match self.format {
            Format::Json => self.write_json(&value),
            Format::Ndjson => write_stdout(&format!(
                "{}\n",
                serde_json::to_string(&value).map_err(json_error)?
            )),
            Format::Table => {
                let mut table = self.table();
                if let Value::Object(map) = &value {
                    for (key, field) in map {
                        table.add_row(vec![key.clone(), cell(Some(field))]);
                    }
                }
                write_stdout(&format!("{table}\n"))
            }
        }
    }

    /// Plain text data for table mode (an export, a generated script); JSON modes get `value`.
    pub fn text_or<T: Serialize>(&self, text: &str, value: &T) -> Result<()> {
        if self.is_json() {
            self.record(value)
        } else {
            write_stdout(text)
        }
    }

    /// Talk for a person: progress, confirmations, hints. Goes to stderr; silenced by `--quiet`.
    pub fn note(&self, message: &str) {
        if !self.quiet {
            eprintln!("{message}");
        }
    }

    pub fn warn(&self, message: &str) {
        if self.color_stderr() {
            eprintln!("\x1b[33mwarning:\x1b[0m {message}");
        } else {
            eprintln!("warning: {message}");
        }
    }

    /// Errors are printed once, here: JSON on stderr under `--json`, one line otherwise.
    pub fn error(&self, err: &Error) {
        if self.is_json() {
            let doc = serde_json::json!({
                "error": {"code": err.code, "message": err.message, "exit_code": err.exit_code()}
            });
            eprintln!("{doc}");
        } else if self.color_stderr() {
            eprintln!("\x1b[31merror:\x1b[0m {}", err.message);
        } else {
            eprintln!("error: {}", err.message);
        }
    }

    fn color_stderr(&self) -> bool {
        self.color
    }

    fn table(&self) -> Table {
        let mut table = Table::new();
        table.load_style(presets::UTF8_FULL_CONDENSED);
        table.set_content_arrangement(ContentArrangement::Dynamic);
        if !self.color {
            table.force_no_tty();
        }
        table
    }

    fn write_json(&self, value: &Value) -> Result<()> {
        let text = serde_json::to_string_pretty(value).map_err(json_error)?;
        write_stdout(&format!("{text}\n"))
    }
}

/// Rows a table holds back to draw it with borders and fitted widths; a longer list streams.
const TABLE_ROWS: usize = 1000;

/// See `Output::stream`. Call `finish` after the last row.
pub struct ListWriter<'a> {
    out: &'a Output,
    columns: &'a [&'a str],
    sink: std::io::BufWriter<std::io::StdoutLock<'static>>,
    rows: usize,
    /// Table mode: rows not drawn yet.
    held: Vec<Value>,
    /// Table mode past `TABLE_ROWS`: the column widths of the plain layout.
    widths: Option<Vec<usize>>,
}

impl ListWriter<'_> {
    pub fn row<T: Serialize>(&mut self, row: &T) -> Result<()> {
        let value = to_value(row)?;
        let first = self.rows == 0;
        self.rows += 1;
        match self.out.format {
            Format::Json => {
                // The bytes `to_string_pretty` gives the whole array: each element one level in.
                let text = serde_json::to_string_pretty(&value).map_err(json_error)?;
                self.sink.write_all(if first { b"[\n" } else { b",\n" })?;
                for (n, line) in text.lines().enumerate() {
                    if n > 0 {
                        self.sink.write_all(b"\n")?;
                    }
                    self.sink.write_all(b"  ")?;
                    self.sink.write_all(line.as_bytes())?;
                }
            }
            Format::Ndjson => {
                // Through a string, so that a closed pipe stays an I/O error (a quiet exit).
                let text = serde_json::to_string(&value).map_err(json_error)?;
                self.sink.write_all(text.as_bytes())?;
                self.sink.write_all(b"\n")?;
            }
            Format::Table => match &self.widths {
                Some(widths) => {
                    let line =
                        plain_line(widths, self.columns.iter().map(|c| plain_cell(&value, c)));
                    self.sink.write_all(line.as_bytes())?;
                }
                None => {
                    self.held.push(value);
                    if self.held.len() > TABLE_ROWS {
                        self.start_plain()?;
                    }
                }
            },
        }
        Ok(())
    }

    pub fn finish(mut self) -> Result<()> {
        match self.out.format {
            Format::Json if self.rows == 0 => self.sink.write_all(b"[]\n")?,
            Format::Json => self.sink.write_all(b"\n]\n")?,
            Format::Ndjson => {}
            Format::Table if self.widths.is_some() => {}
            Format::Table if self.held.is_empty() => self.out.note("(none)"),
            Format::Table => {
                let mut table = self.out.table();
                table.set_header(self.columns.iter().map(|c| header_of(c)));
                for value in &self.held {
                    table.add_row(self.columns.iter().map(|c| cell(value.get(field_of(c)))));
                }
                writeln!(self.sink, "{table}")?;
            }
        }
        self.sink.flush()?;
        Ok(())
    }

    /// Too many rows for a drawn table: plain columns as wide as the widest of the rows held,
    /// then every later row on its own line as it comes.
    fn start_plain(&mut self) -> Result<()> {
        let headers: Vec<String> = self.columns.iter().map(|c| header_of(c)).collect();
        let mut widths: Vec<usize> = headers.iter().map(|h| h.chars().count()).collect();
        for value in &self.held {
            for (width, column) in widths.iter_mut().zip(self.columns) {
                *width = (*width).max(plain_cell(value, column).chars().count());
            }
        }
        let mut text = plain_line(&widths, headers.into_iter());
        for value in std::mem::take(&mut self.held) {
            text.push_str(&plain_line(
                &widths,
                self.columns.iter().map(|c| plain_cell(&value, c)),
            ));
        }
        self.sink.write_all(text.as_bytes())?;
        self.widths = Some(widths);
        Ok(())
    }
}

/// A table cell on one line.
fn plain_cell(value: &Value, column: &str) -> String {
    cell(value.get(field_of(column)))
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect()
}

fn plain_line(widths: &[usize], cells: impl Iterator<Item = String>) -> String {
    let mut line = String::new();
    for (n, (text, width)) in cells.zip(widths).enumerate() {
        if n > 0 {
            line.push_str("  ");
        }
        line.push_str(&text);
        if n + 1 < widths.len() {
            let pad = width.saturating_sub(text.chars().count());
            line.extend(std::iter::repeat_n(' ', pad));
        }
    }
    line.truncate(line.trim_end().len());
    line.push('\n');
    line
}

fn field_of(column: &str) -> &str {
    column.split(':').next().unwrap_or(column)
}

fn header_of(column: &str) -> String {
    match column.split_once(':') {
        Some((_, header)) => header.to_string(),
        None => column.replace('_', " ").to_uppercase(),
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
    serde_json::to_value(item).map_err(json_error)
}

fn json_error(err: serde_json::Error) -> Error {
    Error::failure("json", format!("could not render JSON: {err}"))
}

/// Every byte of data goes through here so that a closed pipe ends the command quietly.
pub fn write_stdout(text: &str) -> Result<()> {
    let mut stdout = std::io::stdout().lock();
    stdout.write_all(text.as_bytes())?;
    stdout.flush()?;
    Ok(())
}
