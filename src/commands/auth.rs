//! `orgtrack auth ...`: sign-in profiles for real environments (see `remote::signin`).

use std::io::BufRead;

use super::Context;
use crate::cli::auth::AuthCommand;
use crate::error::{Code, Error, Result};
use crate::remote::auth::Secret;
use crate::remote::cloud::Cloud;
use crate::remote::profiles::{self, Method, Store};
use crate::remote::{config, signin};

pub fn run(ctx: &Context, cmd: AuthCommand) -> Result<()> {
    match cmd {
        AuthCommand::Login {
            name,
            device_code: _,
            client_secret,
            certificate,
            azure_cli,
            managed_identity,
            cloud,
            tenant,
            client_id,
        } => {
            let method = if client_secret {
                Some(Method::ClientSecret)
            } else if certificate.is_some() {
                Some(Method::Certificate)
            } else if azure_cli {
                Some(Method::AzureCli)
            } else if managed_identity {
                Some(Method::ManagedIdentity)
            } else {
                None
            };
            let given = Given {
                method,
                certificate,
                cloud,
                tenant,
                client_id,
            };
            login(ctx, name, given)
        }
        AuthCommand::List => {
            let store = Store::load()?;
            let rows: Vec<profiles::Summary> = store
                .profiles
                .iter()
                .map(|(name, p)| p.summary(name, store.selected.as_deref() == Some(name)))
                .collect();
            ctx.out.list(
                &rows,
                &["name", "env", "method", "account", "expires_at", "selected"],
            )
        }
        AuthCommand::Select { name } => {
            let mut store = Store::load()?;
            let summary = store.get(&name)?.summary(&name, true);
            store.selected = Some(name.clone());
            store.save()?;
            ctx.out.note(&format!("profile {name} is selected"));
            ctx.out.record(&summary)
        }
        AuthCommand::Who => {
            let store = Store::load()?;
            let env = ctx.target().map(|t| t.env.as_str());
            let Some(name) = signin::profile_for(&store, env)? else {
                return Err(Error::new(
                    Code::NoProfile,
                    "no sign-in profile applies: sign in with `orgtrack auth login NAME --env URL`, or pick one with `orgtrack auth select NAME`",
                ));
            };
            let selected = store.selected.as_deref() == Some(name.as_str());
            ctx.out.record(&store.get(&name)?.summary(&name, selected))
        }
        AuthCommand::Logout { name, all } => {
            let mut store = Store::load()?;
            let gone: Vec<String> = if all {
                std::mem::take(&mut store.profiles).into_keys().collect()
            } else {
                let name = name.expect("clap requires a name or --all");
                store
                    .profiles
                    .remove(&name)
                    .ok_or_else(|| profiles::unknown(&store, &name))?;
                vec![name]
            };
            if store
                .selected
                .as_ref()
                .is_some_and(|s| !store.profiles.contains_key(s))
            {
                store.selected = None;
            }
            store.save()?;
            ctx.out
                .note(&format!("signed out: {} profile(s) forgotten", gone.len()));
            let rows: Vec<serde_json::Value> = gone
                .into_iter()
                .map(|name| serde_json::json!({ "name": name }))
                .collect();
            ctx.out.list(&rows, &["name"])
        }
    }
}

/// How `auth login` was asked to sign in.
struct Given {
    /// None: as the existing profile did, else with a device code.
    method: Option<Method>,
    certificate: Option<std::path::PathBuf>,
    cloud: Option<Cloud>,
    tenant: Option<String>,
    client_id: Option<String>,
}

fn login(ctx: &Context, name: Option<String>, given: Given) -> Result<()> {
    let Given {
        method,
        certificate,
        cloud,
        tenant,
        client_id,
    } = given;
    let mut store = Store::load()?;
    let existing = name.as_ref().and_then(|n| store.profiles.get(n)).cloned();
    let env = match (ctx.target(), &existing) {
        // `--env` may name a profile too: its environment.
        (Some(target), _) if store.profiles.contains_key(&target.env) => {
            config::normalize(&store.get(&target.env)?.env)?
        }
        (Some(target), _) => config::resolve(&target.env)?,
        (None, Some(profile)) => config::normalize(&profile.env)?,
        (None, None) => {
            return Err(Error::new(
                Code::NoEnv,
                "auth login needs the environment: orgtrack auth login NAME --env URL",
            ));
        }
    };
    let name = match name {
        Some(name) => name,
        None => env
            .host_str()
            .and_then(|h| h.split('.').next())
            .unwrap_or("default")
            .to_string(),
    };
    config::check_name(&name)?;
    let method =
        method.unwrap_or_else(|| existing.as_ref().map_or(Method::DeviceCode, |p| p.method));
    // Kept in the profile and read again for each token: a path that still holds from any
    // directory.
    let certificate = certificate
        .map(|p| std::path::absolute(&p).unwrap_or(p))
        .or_else(|| {
            existing
                .as_ref()
                .and_then(|p| p.certificate.as_ref().map(std::path::PathBuf::from))
        });
    let option = match method {
        Method::ClientSecret => "--client-secret",
        _ => "--certificate",
    };
    let secret = (method == Method::ClientSecret)
        .then(read_secret)
        .transpose()?;
    let tenant = tenant
        .or_else(|| existing.as_ref().map(|p| p.tenant.clone()))
        .or_else(|| match method {
            Method::DeviceCode => Some(signin::ORGANIZATIONS.to_string()),
            // The token names its tenant; until then, none is known.
            Method::AzureCli | Method::ManagedIdentity => Some(String::new()),
            Method::ClientSecret | Method::Certificate => None,
        })
        .ok_or_else(|| {
            Error::new(
                Code::NoTenant,
                format!(
                    "{option} needs --tenant (the directory id or domain of the app registration)"
                ),
            )
        })?;
    let client_id = client_id
        .or_else(|| existing.as_ref().map(|p| p.client_id.clone()))
        .or_else(|| match method {
            Method::DeviceCode => Some(signin::PUBLIC_CLIENT_ID.to_string()),
            Method::AzureCli | Method::ManagedIdentity => Some(String::new()),
            Method::ClientSecret | Method::Certificate => None,
        })
        .ok_or_else(|| {
            Error::new(
                Code::NoClientId,
                format!("{option} needs --client-id (the application id of the app registration)"),
            )
        })?;
    let request = signin::Login {
        env,
        method,
        tenant,
        client_id,
        secret,
        certificate,
        cloud,
        ca_cert: ctx.target().and_then(|t| t.ca_cert.as_deref()),
    };
    // The code and where to enter it go to stderr even under --quiet: without them nobody can
    // sign in.
    let profile = signin::login(&request, |text| eprintln!("{text}"))?;
    let summary = profile.summary(&name, true);
    store.profiles.insert(name.clone(), profile);
    store.selected = Some(name.clone());
    store.save()?;
    ctx.out.note(&format!(
        "signed in to {} as {}; profile {name} is selected (tokens in {})",
        summary.env,
        summary.account.as_deref().unwrap_or("an unnamed account"),
        profiles::path().display()
    ));
    ctx.out.record(&summary)
}

/// The client secret: `ORGTRACK_CLIENT_SECRET`, else the first line of standard input.
fn read_secret() -> Result<Secret> {
    if let Ok(secret) = std::env::var("ORGTRACK_CLIENT_SECRET")
        && !secret.trim().is_empty()
    {
        return Ok(Secret::new(secret.trim()));
    }
    let mut line = String::new();
    std::io::stdin()
        .lock()
        .read_line(&mut line)
        .map_err(|e| Error::io(std::path::Path::new("standard input"), e))?;
    let line = line.trim();
    if line.is_empty() {
        return Err(Error::new(
            Code::NoClientSecret,
            "--client-secret reads the secret from ORGTRACK_CLIENT_SECRET or standard input, and both are empty",
        ));
    }
    Ok(Secret::new(line))
}
