//! Signing in to an environment and keeping the result as a profile ([`super::profiles`]), and
//! the token a profile gives `--env`: its access token while valid, else one obtained silently
//! with its refresh token.

use std::path::{Path, PathBuf};

use chrono::Utc;
use reqwest::Url;

use super::assertion::Certificate;
use super::auth::{self, Secret};
use super::azure;
use super::cloud::Cloud;
use super::oauth::{self, Tokens};
use super::profiles::{Method, Profile, Store};
use super::{client, config};
use crate::error::{Code, Error, Result};

/// The public client Microsoft's Dataverse connection-string samples use (XRM tooling
/// `AppId=51f81489-...`), for signing in as a user without an app registration of one's own.
pub const PUBLIC_CLIENT_ID: &str = "51f81489-12ee-4a9e-aaae-a2591f45987d";
/// Users of any work or school tenant (the identity platform's `organizations` endpoint).
pub const ORGANIZATIONS: &str = "organizations";
/// A token this close to its expiry is renewed before use.
const MARGIN_SECONDS: i64 = 120;

pub struct Login<'a> {
    pub env: Url,
    pub method: Method,
    pub tenant: String,
    /// Empty for the Azure CLI, and for a managed identity that is not user-assigned.
    pub client_id: String,
    /// For [`Method::ClientSecret`].
    pub secret: Option<Secret>,
    /// For [`Method::Certificate`]: the PEM file.
    pub certificate: Option<PathBuf>,
    pub cloud: Option<Cloud>,
    pub ca_cert: Option<&'a Path>,
}

/// Signs in (telling the user what to do through `tell` for a device code) and returns the
/// profile to keep.
pub fn login(request: &Login<'_>, tell: impl Fn(&str)) -> Result<Profile> {
    auth::check_tenant(&request.tenant)?;
    let authority = auth::authority_for(&request.env, request.cloud)?;
    let http = client::http(request.ca_cert)?;
    let tokens = match request.method {
        Method::Certificate | Method::AzureCli | Method::ManagedIdentity => obtain(
            &http,
            request.method,
            &request.env,
            &authority,
            &request.tenant,
            &request.client_id,
            request.certificate.as_deref(),
        )?,
        Method::DeviceCode => {
            // offline_access: a refresh token, so later commands need no new sign-in.
            let scope = format!("{} offline_access", auth::scope(&request.env));
            oauth::device_code(
                &http,
                &authority,
                &request.tenant,
                &request.client_id,
                &scope,
                tell,
            )?
        }
        Method::ClientSecret => {
            let secret = request
                .secret
                .as_ref()
                .ok_or_else(|| Error::new(Code::NoClientSecret, "no client secret was given"))?;
            oauth::client_secret(
                &http,
                &authority,
                &request.tenant,
                &request.client_id,
                secret,
                &auth::scope(&request.env),
            )?
        }
    };
    Ok(profile(request, &authority, tokens))
}

/// A token obtained with what a profile keeps, for the methods that need no refresh token.
fn obtain(
    http: &reqwest::blocking::Client,
    method: Method,
    env: &Url,
    authority: &Url,
    tenant: &str,
    client_id: &str,
    certificate: Option<&Path>,
) -> Result<Tokens> {
    match (method, certificate) {
        (Method::Certificate, Some(path)) => oauth::client_assertion(
            http,
            authority,
            tenant,
            client_id,
            &Certificate::load(path)?,
            &auth::scope(env),
        ),
        (Method::AzureCli, _) => azure::azure_cli(env),
        (Method::ManagedIdentity, _) => {
            azure::managed_identity(http, env, Some(client_id).filter(|id| !id.is_empty()))
        }
        _ => Err(Error::new(
            Code::Internal,
            "a sign-in method that renews itself without what it needs",
        )),
    }
}

fn profile(request: &Login<'_>, authority: &Url, tokens: Tokens) -> Profile {
    let (account, tenant) = oauth::account_of(&tokens.access_token);
    Profile {
        env: request.env.as_str().trim_end_matches('/').to_string(),
        authority: authority.as_str().trim_end_matches('/').to_string(),
        tenant: tenant.unwrap_or_else(|| request.tenant.clone()),
        client_id: request.client_id.clone(),
        method: request.method,
        certificate: request
            .certificate
            .as_ref()
            .map(|p| p.to_string_lossy().into_owned()),
        account: account.or_else(|| {
            matches!(request.method, Method::ClientSecret | Method::Certificate)
                .then(|| request.client_id.clone())
        }),
        access_token: tokens.access_token.expose().to_string(),
        expires_at: tokens.expires_at,
        refresh_token: tokens.refresh_token.map(|t| t.expose().to_string()),
    }
}

/// The profile `--env` means: the one it names, else the selected one when it is for the
/// environment `--env` resolves to (or `--env` is absent). None when no profile applies.
pub fn profile_for(store: &Store, env: Option<&str>) -> Result<Option<String>> {
    if let Some(env) = env {
        if store.profiles.contains_key(env) {
            return Ok(Some(env.to_string()));
        }
        let Some(selected) = &store.selected else {
            return Ok(None);
        };
        let url = config::resolve(env)?;
        let matches = store
            .profiles
            .get(selected)
            .is_some_and(|p| p.env == url.as_str().trim_end_matches('/'));
        return Ok(matches.then(|| selected.clone()));
    }
    Ok(store.selected.clone())
}

/// A valid access token for the named profile, refreshed (and the profile saved) when it has
/// expired or is about to.
pub fn token(store: &mut Store, name: &str, ca_cert: Option<&Path>) -> Result<(Url, Secret)> {
    let profile = store.get(name)?.clone();
    let env = config::normalize(&profile.env)?;
    if profile.expires_at > Utc::now() + chrono::Duration::seconds(MARGIN_SECONDS) {
        return Ok((env, profile.access_token()));
    }
    let authority = config::normalize(&profile.authority)?;
    let http = client::http(ca_cert)?;
    let tokens = if profile.method.renews_itself() {
        obtain(
            &http,
            profile.method,
            &env,
            &authority,
            &profile.tenant,
            &profile.client_id,
            profile.certificate.as_deref().map(Path::new),
        )?
    } else {
        let Some(refresh_token) = &profile.refresh_token else {
            return Err(oauth::sign_in_again(name, "its access token has expired"));
        };
        let scope = format!("{} offline_access", auth::scope(&env));
        oauth::refresh(
            &http,
            &authority,
            &profile.tenant,
            &profile.client_id,
            refresh_token,
            &scope,
            name,
        )?
    };
    let renewed = Profile {
        access_token: tokens.access_token.expose().to_string(),
        expires_at: tokens.expires_at,
        // The identity platform may hand out a new refresh token; the old one stays otherwise.
        refresh_token: tokens
            .refresh_token
            .map(|t| t.expose().to_string())
            .or(profile.refresh_token.clone()),
        ..profile
    };
    let token = renewed.access_token();
    store.profiles.insert(name.to_string(), renewed);
    store.save()?;
    Ok((env, token))
}
