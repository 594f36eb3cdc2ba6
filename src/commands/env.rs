//! `orgtrack env ...`: names for real environments, kept in the configuration file.

use serde::Serialize;

use super::Context;
use crate::cli::env::EnvCommand;
use crate::error::{Code, Error, Result};
use crate::remote::config::{self, ConfigFile, EnvEntry};

#[derive(Serialize)]
struct Named {
    name: String,
    url: String,
}

pub fn run(ctx: &Context, cmd: EnvCommand) -> Result<()> {
    match cmd {
        EnvCommand::Add { name, url, force } => {
            config::check_name(&name)?;
            let url = config::normalize(&url)?
                .as_str()
                .trim_end_matches('/')
                .to_string();
            let mut file = ConfigFile::load()?;
            if let Some(existing) = file.env.get(&name).filter(|_| !force) {
                return Err(Error::new(
                    Code::EnvExists,
                    format!(
                        "environment {name} is already {}; use --force to replace it",
                        existing.url
                    ),
                ));
            }
            file.env.insert(name.clone(), EnvEntry { url: url.clone() });
            file.save()?;
            ctx.out.note(&format!(
                "environment {name} is {url} (in {})",
                config::path().display()
            ));
            ctx.out.record(&Named { name, url })
        }
        EnvCommand::List => {
            let rows: Vec<Named> = ConfigFile::load()?
                .env
                .into_iter()
                // A hand-edited entry may hold credentials, refused when used: never shown.
                .map(|(name, entry)| Named {
                    name,
                    url: config::redact(&entry.url),
                })
                .collect();
            ctx.out.list(&rows, &["name", "url"])
        }
        EnvCommand::Remove { name } => {
            let mut file = ConfigFile::load()?;
            let Some(entry) = file.env.remove(&name) else {
                let near =
                    crate::model::names::did_you_mean(&name, file.env.keys().map(String::as_str));
                return Err(Error::new(
                    Code::UnknownEnv,
                    format!("no environment named {name}{near} (`orgtrack env list` shows them)"),
                ));
            };
            file.save()?;
            ctx.out.note(&format!("removed environment {name}"));
            ctx.out.record(&Named {
                name,
                url: entry.url,
            })
        }
    }
}
