//! Certificate credentials: a client assertion, a JWT signed RS256 with the app registration's
//! certificate key, as "Microsoft identity platform application authentication certificate
//! credentials" describes it: header `alg`, `typ`, `x5t` (SHA-1 thumbprint of the certificate's
//! DER, base64url) and `x5t#S256` (its SHA-256 thumbprint); claims `aud` (the token endpoint),
//! `iss` and `sub` (the client id), `jti` (unique), `nbf`, `iat` and `exp` (ten minutes on).
//! The certificate and key come from one PEM file, or from a PFX (PKCS#12) file, which the
//! `openssl` command opens (its password from `ORGTRACK_CERTIFICATE_PASSWORD`, never an
//! argument): PKCS#12 key bags are encrypted with ciphers no crate in the tree provides, and the
//! key stays in memory only.

use std::path::Path;

use base64::Engine;
use ring::rand::{SecureRandom, SystemRandom};
use ring::signature::{RSA_PKCS1_SHA256, RsaKeyPair};
use rustls::pki_types::pem::PemObject;
use rustls::pki_types::{CertificateDer, PrivateKeyDer};
use serde_json::json;

use super::auth::Secret;
use crate::error::{Code, Error, Result};

/// How long an assertion is good for.
const LIFETIME_SECONDS: i64 = 600;
/// The largest certificate file read.
const MAX_FILE: u64 = 1024 * 1024;

/// Where the password of a PFX file comes from.
const PFX_PASSWORD: &str = "ORGTRACK_CERTIFICATE_PASSWORD";

pub struct Certificate {
    key: RsaKeyPair,
    sha1: String,
    sha256: String,
}

fn b64(bytes: &[u8]) -> String {
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes)
}

fn invalid(path: &Path, why: &str) -> Error {
    Error::new(
        Code::InvalidCertificate,
        format!("--certificate {}: {why}", path.display()),
    )
}

impl Certificate {
    /// The first certificate of the PEM or PFX file and its RSA private key (PKCS#8 or PKCS#1).
    pub fn load(path: &Path) -> Result<Certificate> {
        let mut bytes = crate::input::read(path, MAX_FILE, "certificate")?;
        let text_start = bytes.iter().position(|b| !b.is_ascii_whitespace());
        if !bytes[text_start.unwrap_or(0)..].starts_with(b"-----BEGIN") {
            bytes = pfx_as_pem(path)?;
        }
        let cert = CertificateDer::pem_slice_iter(&bytes)
            .next()
            .and_then(|c| c.ok())
            .ok_or_else(|| invalid(path, "no -----BEGIN CERTIFICATE----- block"))?;
        let key = match PrivateKeyDer::from_pem_slice(&bytes) {
            Ok(PrivateKeyDer::Pkcs8(key)) => RsaKeyPair::from_pkcs8(key.secret_pkcs8_der()),
            Ok(PrivateKeyDer::Pkcs1(key)) => RsaKeyPair::from_der(key.secret_pkcs1_der()),
            Ok(_) => {
                return Err(invalid(
                    path,
                    "the private key is not an RSA key (certificate credentials are signed RS256)",
                ));
            }
            Err(_) => {
                return Err(invalid(
                    path,
                    "no private key block (-----BEGIN PRIVATE KEY----- or RSA PRIVATE KEY) beside the certificate",
                ));
            }
        }
        .map_err(|e| invalid(path, &format!("the private key is not a usable RSA key ({e})")))?;
        let digest = |algorithm| b64(ring::digest::digest(algorithm, cert.as_ref()).as_ref());
        Ok(Certificate {
            key,
            sha1: digest(&ring::digest::SHA1_FOR_LEGACY_USE_ONLY),
            sha256: digest(&ring::digest::SHA256),
        })
    }

    /// A signed assertion for `client_id` at the token endpoint `audience`.
    pub fn assertion(&self, client_id: &str, audience: &str) -> Result<Secret> {
        let rng = SystemRandom::new();
        let mut id = [0u8; 16];
        rng.fill(&mut id).map_err(|_| no_randomness())?;
        // A version 4 UUID.
        id[6] = (id[6] & 0x0f) | 0x40;
        id[8] = (id[8] & 0x3f) | 0x80;
        let hex: String = id.iter().map(|b| format!("{b:02x}")).collect();
        let jti = format!(
            "{}-{}-{}-{}-{}",
            &hex[..8],
            &hex[8..12],
            &hex[12..16],
            &hex[16..20],
            &hex[20..]
        );
        let now = chrono::Utc::now().timestamp();
        let header = json!({
            "alg": "RS256",
            "typ": "JWT",
            "x5t": self.sha1,
            "x5t#S256": self.sha256,
        });
        let claims = json!({
            "aud": audience,
            "iss": client_id,
            "sub": client_id,
            "jti": jti,
            "nbf": now,
            "iat": now,
            "exp": now + LIFETIME_SECONDS,
        });
        let signed = format!(
            "{}.{}",
            b64(header.to_string().as_bytes()),
            b64(claims.to_string().as_bytes())
        );
        let mut signature = vec![0u8; self.key.public().modulus_len()];
        self.key
            .sign(&RSA_PKCS1_SHA256, &rng, signed.as_bytes(), &mut signature)
            .map_err(|_| no_randomness())?;
        Ok(Secret::new(format!("{signed}.{}", b64(&signature))))
    }
}

fn no_randomness() -> Error {
    Error::new(
        Code::NoRandomness,
        "the system gave no random bytes to sign the client assertion",
    )
}

/// The certificate and key of a PFX file as PEM, through `openssl pkcs12` (the password in its
/// environment, so no process listing shows it).
fn pfx_as_pem(path: &Path) -> Result<Vec<u8>> {
    let password = std::env::var(PFX_PASSWORD).unwrap_or_default();
    let output = std::process::Command::new("openssl")
        .args(["pkcs12", "-nodes", "-passin", &format!("env:{PFX_PASSWORD}"), "-in"])
        .arg(path)
        .env(PFX_PASSWORD, password)
        .stdin(std::process::Stdio::null())
        .output()
        .map_err(|e| {
            invalid(
                path,
                &format!(
                    "not a PEM file; a PFX (PKCS#12) file is opened with the openssl command, which \
                     could not be run ({e}): install openssl, or convert the file with \
                     `openssl pkcs12 -in FILE.pfx -out FILE.pem -nodes` and give the PEM"
                ),
            )
        })?;
    if !output.status.success() {
        let said = String::from_utf8_lossy(&output.stderr);
        let first = said.lines().next().unwrap_or("").trim();
        return Err(invalid(
            path,
            &format!(
                "neither a PEM file nor a PFX (PKCS#12) file openssl can open with the password in \
                 {PFX_PASSWORD} (openssl: {first})"
            ),
        ));
    }
    Ok(output.stdout)
}
