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
        let color = match color {
            ColorChoice::Always => true,
            ColorChoice::Never => false,
            ColorChoice::Auto => {
                std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
                    && std::io::stdout().is_terminal()
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
        let values: Vec<Value> = rows.iter().map(to_value).collect::<Result<_>>()?;
        match self.format {
            Format::Json => self.write_json(&Value::Array(values)),
            Format::Ndjson => {
                let mut text = String::new();
                for value in &values {
                    text.push_str(&serde_json::to_string(value).map_err(json_error)?);
                    text.push('\n');
                }
                write_stdout(&text)
            }
            Format::Table => {
                if values.is_empty() {
                    self.note("(none)");
                    return Ok(());
                }
                let mut table = self.table();
                table.set_header(columns.iter().map(|c| header_of(c)));
                for value in &values {
                    table.add_row(columns.iter().map(|c| cell(value.get(field_of(c)))));
                }
                write_stdout(&format!("{table}\n"))
            }
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
        self.color && std::io::stderr().is_terminal()
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
