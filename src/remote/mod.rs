//! Real environments: the Dataverse Web API client behind `--env`, and the vocabulary it shares
//! with `orgtrack serve`. The same validation as in local mode runs before any request; this
//! module only moves rows between the service and the crate's own types.

pub mod assertion;
pub mod auth;
pub mod azure;
pub mod batch;
pub mod client;
pub mod cloud;
pub mod config;
pub mod directory;
pub mod emails;
pub mod journal;
pub mod mailboxes;
pub mod oauth;
pub mod odata;
pub mod org;
pub mod profiles;
pub mod signin;
pub mod snapshot;

pub use client::{Client, Target};

/// TLS for the client and for `serve` uses rustls with the ring provider (a small C build,
/// unlike aws-lc). Installing it twice is harmless.
pub fn install_crypto() {
    let _ = rustls::crypto::ring::default_provider().install_default();
}
