//! Credentials for a real environment, from the environment only (never from an argument, so
//! they stay out of shell history and process listings): a bearer token in `ORGTRACK_TOKEN`,
//! or an app registration's client credentials exchanged at the Microsoft identity platform.

use std::fmt;

use reqwest::Url;
use serde::Deserialize;

use super::cloud::Cloud;
use super::config;
use crate::error::{Code, Error, Result};

/// A token or a client secret. It has no `Display`, and its `Debug` hides it, so it cannot end
/// up in a message by accident.
#[derive(Clone)]
pub struct Secret(String);

impl Secret {
    pub fn new(text: impl Into<String>) -> Secret {
        Secret(text.into())
    }

    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Secret(<redacted>)")
    }
}

#[derive(Debug)]
pub enum Credentials {
    Token(Secret),
    ClientSecret {
        tenant: String,
        client_id: String,
        secret: Secret,
        /// Where tokens are issued: `ORGTRACK_AUTHORITY`, else the public cloud's.
        authority: Url,
    },
}

fn var(name: &str) -> Option<String> {
    std::env::var(name)
        .ok()
        .map(|v| v.trim().to_string())
        .filter(|v| !v.is_empty())
}

impl Credentials {
    /// The credentials in the environment variables for the environment `env`.
    pub fn from_env(env: &Url) -> Result<Credentials> {
        if let Some(token) = var("ORGTRACK_TOKEN") {
            return Ok(Credentials::Token(Secret::new(token)));
        }
        let names = [
            "ORGTRACK_TENANT_ID",
            "ORGTRACK_CLIENT_ID",
            "ORGTRACK_CLIENT_SECRET",
        ];
        let values: Vec<Option<String>> = names.iter().map(|n| var(n)).collect();
        match values.as_slice() {
            [Some(tenant), Some(client_id), Some(secret)] => {
                check_tenant(tenant)?;
                Ok(Credentials::ClientSecret {
                    tenant: tenant.clone(),
                    client_id: client_id.clone(),
                    secret: Secret::new(secret.clone()),
                    authority: authority_for(env, None)?,
                })
            }
            [None, None, None] => Err(Error::new(
                Code::NoCredentials,
                "no credentials for the environment: sign in with `orgtrack auth login NAME --env URL`, \
                 set ORGTRACK_TOKEN to a bearer token, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID \
                 and ORGTRACK_CLIENT_SECRET for an app registration",
            )),
            _ => {
                let missing: Vec<&str> = names
                    .iter()
                    .zip(&values)
                    .filter(|(_, v)| v.is_none())
                    .map(|(n, _)| *n)
                    .collect();
                Err(Error::new(
                    Code::NoCredentials,
                    format!(
                        "incomplete client credentials: {} not set (ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET go together)",
                        missing.join(" and ")
                    ),
                ))
            }
        }
    }

    /// The secrets in these credentials, to scrub from anything printed.
    pub fn secrets(&self) -> Vec<String> {
        match self {
            Credentials::Token(token) => vec![token.expose().to_string()],
            Credentials::ClientSecret { secret, .. } => vec![secret.expose().to_string()],
        }
    }
}

/// Where tokens for `env` are issued: `ORGTRACK_AUTHORITY` (a test's identity provider on
/// loopback), else the authority of `cloud` (checked against the environment's host), else of
/// the environment's own cloud.
pub fn authority_for(env: &Url, cloud: Option<Cloud>) -> Result<Url> {
    let cloud = Cloud::for_env(cloud, env)?;
    match var("ORGTRACK_AUTHORITY") {
        Some(text) => config::normalize(&text).map_err(|e| {
            Error::new(
                Code::InvalidAuthority,
                format!("ORGTRACK_AUTHORITY: {}", e.message),
            )
            .because(e)
        }),
        None => Ok(Url::parse(cloud.authority()).expect("a valid URL")),
    }
}

/// A tenant is a GUID or a domain name: it becomes a path segment of the token URL.
pub fn check_tenant(tenant: &str) -> Result<()> {
    if tenant
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '.')
    {
        Ok(())
    } else {
        Err(Error::new(
            Code::InvalidTenant,
            format!("tenant '{tenant}' is neither a GUID nor a domain name"),
        ))
    }
}

/// The token endpoint of the identity platform for a tenant.
pub fn token_url(authority: &Url, tenant: &str) -> Url {
    let mut url = authority.clone();
    url.set_path(&format!("/{tenant}/oauth2/v2.0/token"));
    url
}

/// `<env>/.default`: every permission the app was granted on that environment.
pub fn scope(env: &Url) -> String {
    format!("{}/.default", env.as_str().trim_end_matches('/'))
}

#[derive(Deserialize)]
pub struct TokenResponse {
    pub access_token: String,
}

/// The error document of the identity platform: `error` and `error_description`.
pub fn describe_token_error(body: &str) -> Option<String> {
    #[derive(Deserialize)]
    struct TokenError {
        error: String,
        #[serde(default)]
        error_description: String,
    }
    let parsed: TokenError = serde_json::from_str(body).ok()?;
    // The description carries a trace and correlation id on further lines; the first says why.
    let why = parsed.error_description.lines().next().unwrap_or("").trim();
    Some(if why.is_empty() {
        parsed.error
    } else {
        format!("{}: {why}", parsed.error)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn secrets_do_not_print() {
        let secret = Secret::new("s3cr3t");
        assert!(!format!("{secret:?}").contains("s3cr3t"));
        let creds = Credentials::Token(secret);
        assert!(!format!("{creds:?}").contains("s3cr3t"));
    }

    #[test]
    fn token_endpoint_and_scope() {
        let authority = Url::parse("https://login.microsoftonline.com").unwrap();
        assert_eq!(
            token_url(&authority, "contoso.onmicrosoft.com").as_str(),
            "https://login.microsoftonline.com/contoso.onmicrosoft.com/oauth2/v2.0/token"
        );
        let env = Url::parse("https://contoso.crm.dynamics.com/").unwrap();
        assert_eq!(scope(&env), "https://contoso.crm.dynamics.com/.default");
        assert!(check_tenant("../x").is_err());
    }

    #[test]
    fn token_errors_keep_the_first_line() {
        let body = r#"{"error":"invalid_client","error_description":"AADSTS7000215: Invalid client secret provided.\r\nTrace ID: 1"}"#;
        assert_eq!(
            describe_token_error(body).unwrap(),
            "invalid_client: AADSTS7000215: Invalid client secret provided."
        );
        assert!(describe_token_error("<html>").is_none());
    }
}
