//! The OAuth 2.0 grants of the Microsoft identity platform that `auth login` and `--env` use:
//! client credentials, the device authorization grant (RFC 8628; "Microsoft identity platform
//! and the OAuth 2.0 device authorization grant flow") and refresh tokens. Endpoints are
//! `<authority>/<tenant>/oauth2/v2.0/{devicecode,token}`. No token, secret or code other than
//! the user code shown for sign-in ever reaches a message.

use std::time::Duration;

use base64::Engine;
use chrono::{DateTime, Utc};
use reqwest::Url;
use serde::Deserialize;

use super::auth::{self, Secret};
use crate::error::{Code, Error, Result};

/// RFC 8628 section 3.5: `slow_down` adds five seconds to the polling interval.
const SLOW_DOWN: Duration = Duration::from_secs(5);
/// Used when the device authorization response gives no interval (RFC 8628 section 3.2).
const DEFAULT_INTERVAL: u64 = 5;

/// What a successful token request gives.
pub struct Tokens {
    pub access_token: Secret,
    pub expires_at: DateTime<Utc>,
    pub refresh_token: Option<Secret>,
}

#[derive(Deserialize)]
struct TokenBody {
    access_token: String,
    #[serde(default)]
    expires_in: Option<i64>,
    #[serde(default)]
    refresh_token: Option<String>,
}

#[derive(Deserialize)]
struct ErrorBody {
    error: String,
}

/// A token endpoint's answer: tokens, or the OAuth `error` code with its description.
enum Answer {
    Tokens(Tokens),
    Refused { error: String, why: String },
}

fn post(http: &reqwest::blocking::Client, url: Url, form: &[(&str, &str)]) -> Result<Answer> {
    let issuer = format!("{}://{}", url.scheme(), url.authority());
    let response = http.post(url).form(form).send().map_err(|e| {
        Error::new(
            Code::IdentityUnreachable,
            format!("cannot reach the identity platform {issuer}: {e}"),
        )
    })?;
    let status = response.status();
    let text = response.text().unwrap_or_default();
    if status.is_success() {
        let body: TokenBody = serde_json::from_str(&text).map_err(|_| {
            Error::new(
                Code::RemoteProtocol,
                format!("{issuer} answered the token request without an access_token"),
            )
        })?;
        let lifetime = body.expires_in.unwrap_or(3600).clamp(0, 366 * 86_400);
        return Ok(Answer::Tokens(Tokens {
            access_token: Secret::new(body.access_token),
            expires_at: Utc::now() + chrono::Duration::seconds(lifetime),
            refresh_token: body.refresh_token.map(Secret::new),
        }));
    }
    let error = serde_json::from_str::<ErrorBody>(&text)
        .map(|b| b.error)
        .unwrap_or_else(|_| format!("HTTP {}", status.as_u16()));
    let why = auth::describe_token_error(&text).unwrap_or_else(|| error.clone());
    Ok(Answer::Refused { error, why })
}

fn token_or_error(answer: Answer, what: &str) -> Result<Tokens> {
    match answer {
        Answer::Tokens(tokens) => Ok(tokens),
        Answer::Refused { why, .. } => Err(Error::new(
            Code::TokenRefused,
            format!("the identity platform refused {what}: {why}"),
        )),
    }
}

/// The client credentials grant with a client secret.
pub fn client_secret(
    http: &reqwest::blocking::Client,
    authority: &Url,
    tenant: &str,
    client_id: &str,
    secret: &Secret,
    scope: &str,
) -> Result<Tokens> {
    let form = [
        ("grant_type", "client_credentials"),
        ("client_id", client_id),
        ("client_secret", secret.expose()),
        ("scope", scope),
    ];
    token_or_error(
        post(http, auth::token_url(authority, tenant), &form)?,
        "the client credentials",
    )
}

/// The client credentials grant with a certificate: a signed client assertion instead of a
/// secret ("Microsoft identity platform application authentication certificate credentials").
pub fn client_assertion(
    http: &reqwest::blocking::Client,
    authority: &Url,
    tenant: &str,
    client_id: &str,
    certificate: &super::assertion::Certificate,
    scope: &str,
) -> Result<Tokens> {
    let url = auth::token_url(authority, tenant);
    let assertion = certificate.assertion(client_id, url.as_str())?;
    let form = [
        ("grant_type", "client_credentials"),
        ("client_id", client_id),
        (
            "client_assertion_type",
            "urn:ietf:params:oauth:client-assertion-type:jwt-bearer",
        ),
        ("client_assertion", assertion.expose()),
        ("scope", scope),
    ];
    token_or_error(post(http, url, &form)?, "the certificate credentials")
}

/// A new access token from a refresh token; an expired or revoked one asks to sign in again.
pub fn refresh(
    http: &reqwest::blocking::Client,
    authority: &Url,
    tenant: &str,
    client_id: &str,
    refresh_token: &str,
    scope: &str,
    profile: &str,
) -> Result<Tokens> {
    let form = [
        ("grant_type", "refresh_token"),
        ("client_id", client_id),
        ("refresh_token", refresh_token),
        ("scope", scope),
    ];
    match post(http, auth::token_url(authority, tenant), &form)? {
        Answer::Tokens(tokens) => Ok(tokens),
        Answer::Refused { why, .. } => Err(sign_in_again(profile, &why)),
    }
}

pub fn sign_in_again(profile: &str, why: &str) -> Error {
    Error::new(
        Code::SignInAgain,
        format!(
            "the sign-in of profile {profile} can no longer be used ({why}); sign in again: orgtrack auth login {profile}"
        ),
    )
}

#[derive(Deserialize)]
struct DeviceAuthorization {
    device_code: String,
    user_code: String,
    verification_uri: String,
    expires_in: u64,
    #[serde(default)]
    interval: Option<u64>,
}

/// The device authorization grant: asks for a code, tells the user (through `tell`) where to
/// enter it, then polls the token endpoint at the interval given, slower when told to, until
/// the user signs in, declines, or the code expires.
pub fn device_code(
    http: &reqwest::blocking::Client,
    authority: &Url,
    tenant: &str,
    client_id: &str,
    scope: &str,
    tell: impl Fn(&str),
) -> Result<Tokens> {
    let mut url = authority.clone();
    url.set_path(&format!("/{tenant}/oauth2/v2.0/devicecode"));
    let issuer = format!("{}://{}", url.scheme(), url.authority());
    let response = http
        .post(url)
        .form(&[("client_id", client_id), ("scope", scope)])
        .send()
        .map_err(|e| {
            Error::new(
                Code::IdentityUnreachable,
                format!("cannot reach the identity platform {issuer}: {e}"),
            )
        })?;
    let status = response.status();
    let text = response.text().unwrap_or_default();
    if !status.is_success() {
        let why = auth::describe_token_error(&text)
            .unwrap_or_else(|| format!("HTTP {}", status.as_u16()));
        return Err(Error::new(
            Code::TokenRefused,
            format!("{issuer} refused to start a device sign-in: {why}"),
        ));
    }
    let grant: DeviceAuthorization = serde_json::from_str(&text).map_err(|_| {
        Error::new(
            Code::RemoteProtocol,
            format!("{issuer} answered the device code request without a device code"),
        )
    })?;
    tell(&format!(
        "To sign in, open {} and enter the code {} (it expires in {} minutes).",
        grant.verification_uri,
        grant.user_code,
        grant.expires_in.div_ceil(60)
    ));
    let mut interval = Duration::from_secs(grant.interval.unwrap_or(DEFAULT_INTERVAL));
    let deadline = std::time::Instant::now() + Duration::from_secs(grant.expires_in);
    let form = [
        ("grant_type", "urn:ietf:params:oauth:grant-type:device_code"),
        ("client_id", client_id),
        ("device_code", grant.device_code.as_str()),
    ];
    loop {
        std::thread::sleep(interval);
        match post(http, auth::token_url(authority, tenant), &form)? {
            Answer::Tokens(tokens) => return Ok(tokens),
            Answer::Refused { error, .. } if error == "authorization_pending" => {}
            Answer::Refused { error, .. } if error == "slow_down" => interval += SLOW_DOWN,
            Answer::Refused { error, .. } if error == "expired_token" => {
                return Err(expired());
            }
            Answer::Refused { why, .. } => {
                return Err(Error::new(
                    Code::SignInFailed,
                    format!("the sign-in did not complete: {why}"),
                ));
            }
        }
        if std::time::Instant::now() >= deadline {
            return Err(expired());
        }
    }
}

fn expired() -> Error {
    Error::new(
        Code::DeviceCodeExpired,
        "the device code expired before the sign-in was completed; run `orgtrack auth login` again and enter the new code sooner",
    )
}

/// Who a token speaks for, read from its claims (not verified: only shown to the user):
/// the user's name, else the application id; and the tenant.
pub fn account_of(token: &Secret) -> (Option<String>, Option<String>) {
    let claims = token
        .expose()
        .split('.')
        .nth(1)
        .and_then(|part| {
            base64::engine::general_purpose::URL_SAFE_NO_PAD
                .decode(part.trim_end_matches('='))
                .ok()
        })
        .and_then(|bytes| serde_json::from_slice::<serde_json::Value>(&bytes).ok());
    let Some(claims) = claims else {
        return (None, None);
    };
    let text = |name: &str| claims[name].as_str().map(str::to_string);
    let account = text("preferred_username")
        .or_else(|| text("upn"))
        .or_else(|| text("unique_name"))
        .or_else(|| text("appid"))
        .or_else(|| text("azp"));
    (account, text("tid"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_account_comes_from_the_claims() {
        let claims = base64::engine::general_purpose::URL_SAFE_NO_PAD
            .encode(r#"{"upn":"ann@contoso.com","tid":"t-1"}"#);
        let token = Secret::new(format!("eyJhbGciOiJub25lIn0.{claims}.sig"));
        assert_eq!(
            account_of(&token),
            (Some("ann@contoso.com".into()), Some("t-1".into()))
        );
        assert_eq!(account_of(&Secret::new("opaque")), (None, None));
    }
}
