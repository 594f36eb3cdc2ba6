//! Tokens from outside the OAuth endpoints: the Azure CLI (`az account get-access-token`,
//! reusing the user's `az login`) and a managed identity (the Azure Instance Metadata Service,
//! "How to use managed identities for Azure resources on an Azure VM to acquire an access
//! token": `GET http://169.254.169.254/metadata/identity/oauth2/token?api-version=2018-02-01
//! &resource=...` with `Metadata: true`). `ORGTRACK_IMDS_ENDPOINT` points the latter elsewhere
//! (a test's endpoint on loopback).

use std::process::Command;

use chrono::{DateTime, Utc};
use reqwest::Url;
use serde::Deserialize;

use super::auth::Secret;
use super::oauth::Tokens;
use crate::error::{Code, Error, Result};

const IMDS: &str = "http://169.254.169.254/metadata/identity/oauth2/token";

/// The resource a token is asked for: the environment's root URL.
fn resource(env: &Url) -> String {
    env.as_str().trim_end_matches('/').to_string()
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct CliToken {
    access_token: String,
    /// Seconds since the epoch (Azure CLI 2.54 and later).
    #[serde(default, rename = "expires_on")]
    expires_on: Option<i64>,
    /// Local time without a zone (every version); used when `expires_on` is absent.
    #[serde(default)]
    expires_on_local: Option<String>,
}

/// `az account get-access-token --resource <env> -o json`.
pub fn azure_cli(env: &Url) -> Result<Tokens> {
    let failed = |why: String| Error::new(Code::AzureCliFailed, why);
    let output = Command::new("az")
        .args(["account", "get-access-token", "--resource"])
        .arg(resource(env))
        .args(["-o", "json"])
        .output()
        .map_err(|e| {
            failed(format!(
                "cannot run the Azure CLI (az): {e}; install it and run `az login`, or sign in another way"
            ))
        })?;
    if !output.status.success() {
        let stderr = String::from_utf8_lossy(&output.stderr);
        let why = stderr
            .lines()
            .map(str::trim)
            .find(|l| !l.is_empty())
            .unwrap_or("no message");
        return Err(failed(format!(
            "the Azure CLI gave no token (exit {}): {}",
            output.status.code().unwrap_or(-1),
            crate::output::visible(why)
        )));
    }
    let mut parsed: serde_json::Value = serde_json::from_slice(&output.stdout)
        .map_err(|_| failed("the Azure CLI answered with something other than JSON".into()))?;
    // `expiresOn` is local time without a zone; only `expires_on` is exact.
    if let Some(local) = parsed.get("expiresOn").cloned() {
        parsed["expiresOnLocal"] = local;
    }
    let token: CliToken = serde_json::from_value(parsed)
        .map_err(|_| failed("the Azure CLI answered without an accessToken".into()))?;
    let expires_at = match (token.expires_on, &token.expires_on_local) {
        (Some(epoch), _) => DateTime::from_timestamp(epoch, 0),
        (None, Some(local)) => chrono::NaiveDateTime::parse_from_str(local, "%Y-%m-%d %H:%M:%S%.f")
            .ok()
            .and_then(|t| t.and_local_timezone(chrono::Local).single())
            .map(|t| t.with_timezone(&Utc)),
        (None, None) => None,
    }
    .ok_or_else(|| failed("the Azure CLI answered without the token's expiry".into()))?;
    Ok(Tokens {
        access_token: Secret::new(token.access_token),
        expires_at,
        refresh_token: None,
    })
}

#[derive(Deserialize)]
struct ImdsToken {
    access_token: String,
    /// Seconds since the epoch, as a string.
    expires_on: String,
}

/// A token of the machine's managed identity (`client_id`: a user-assigned one).
pub fn managed_identity(
    http: &reqwest::blocking::Client,
    env: &Url,
    client_id: Option<&str>,
) -> Result<Tokens> {
    let endpoint = std::env::var("ORGTRACK_IMDS_ENDPOINT").unwrap_or_else(|_| IMDS.to_string());
    let mut url = Url::parse(&endpoint).map_err(|e| {
        Error::new(
            Code::InvalidAuthority,
            format!("ORGTRACK_IMDS_ENDPOINT '{endpoint}' is not a URL: {e}"),
        )
    })?;
    {
        let mut query = url.query_pairs_mut();
        query
            .append_pair("api-version", "2018-02-01")
            .append_pair("resource", &resource(env));
        if let Some(id) = client_id {
            query.append_pair("client_id", id);
        }
    }
    let shown = format!("{}://{}", url.scheme(), url.authority());
    let response = http
        .get(url)
        .header("Metadata", "true")
        .send()
        .map_err(|e| {
            Error::new(
                Code::IdentityUnreachable,
                format!(
                    "cannot reach the managed identity endpoint {shown} (is this an Azure machine with a managed identity?): {}",
                    std::error::Error::source(&e).map_or_else(|| e.to_string(), |s| s.to_string())
                ),
            )
        })?;
    let status = response.status();
    let text = response.text().unwrap_or_default();
    if !status.is_success() {
        let why = super::auth::describe_token_error(&text)
            .unwrap_or_else(|| format!("HTTP {}", status.as_u16()));
        return Err(Error::new(
            Code::TokenRefused,
            format!("the managed identity endpoint {shown} gave no token: {why}"),
        ));
    }
    let token: ImdsToken = serde_json::from_str(&text).map_err(|_| {
        Error::new(
            Code::RemoteProtocol,
            format!("{shown} answered without an access_token and expires_on"),
        )
    })?;
    let expires_at = token
        .expires_on
        .trim()
        .parse::<i64>()
        .ok()
        .and_then(|s| DateTime::from_timestamp(s, 0))
        .ok_or_else(|| {
            Error::new(
                Code::RemoteProtocol,
                format!("{shown} answered with an expires_on that is not a time"),
            )
        })?;
    Ok(Tokens {
        access_token: Secret::new(token.access_token),
        expires_at,
        refresh_token: None,
    })
}
