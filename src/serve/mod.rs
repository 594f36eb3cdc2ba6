//! `orgtrack serve`: the local state behind the Dataverse Web API (`/api/data/v9.2/`), so any
//! Dataverse client (orgtrack `--env` among them) can talk to a simulated org. Requests are
//! handled one at a time on a single-threaded runtime; every write is the store's own
//! transaction, the one the CLI makes.

mod api;
pub mod query;

use std::net::{SocketAddr, TcpListener};
use std::path::PathBuf;
use std::sync::{Arc, Mutex};

use axum_server::tls_rustls::RustlsConfig;

use crate::error::{Error, Result};
use crate::output::Output;
use crate::store::Store;

pub struct Config {
    pub listen: SocketAddr,
    /// The bearer token clients must present; None: a random one, printed on stderr.
    pub token: Option<String>,
    /// PEM certificate chain and key: serve HTTPS.
    pub tls: Option<(PathBuf, PathBuf)>,
    pub max_page_size: usize,
}

/// What every request sees.
struct App {
    store: Mutex<Store>,
    token: String,
    scheme: &'static str,
    max_page_size: usize,
}

/// Binds, says where (on stderr), and serves until the process is stopped.
pub fn run(store: Store, config: Config, out: &Output) -> Result<()> {
    crate::remote::install_crypto();
    let tls = config
        .tls
        .as_ref()
        .map(|(cert, key)| tls_config(cert, key))
        .transpose()?;
    let listener = TcpListener::bind(config.listen).map_err(|e| {
        Error::failure(
            "cannot_listen",
            format!("cannot listen on {}: {e}", config.listen),
        )
    })?;
    listener.set_nonblocking(true)?;
    let local = listener.local_addr()?;
    let scheme = if tls.is_some() { "https" } else { "http" };
    let token = match config.token {
        Some(token) => token,
        None => {
            let token = random_token()?;
            // The one place a token is printed: whoever started serve needs it, and nobody
            // else reads this process's stderr.
            eprintln!("orgtrack serve: token for clients (ORGTRACK_TOKEN): {token}");
            token
        }
    };
    out.note(&format!(
        "orgtrack serve: {} on {scheme}://{local}{} (Ctrl-C stops)",
        store.path().display(),
        crate::remote::odata::API_PATH
    ));
    let app = Arc::new(App {
        store: Mutex::new(store),
        token,
        scheme,
        max_page_size: config.max_page_size,
    });
    let router = api::router(app);
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|e| Error::failure("runtime", format!("cannot start the server: {e}")))?;
    runtime.block_on(async move {
        let service = router.into_make_service();
        match tls {
            Some(tls) => {
                axum_server::from_tcp_rustls(listener, tls)?
                    .serve(service)
                    .await
            }
            None => axum_server::from_tcp(listener)?.serve(service).await,
        }
    })?;
    Ok(())
}

fn tls_config(cert: &std::path::Path, key: &std::path::Path) -> Result<RustlsConfig> {
    use rustls::pki_types::pem::PemObject;
    use rustls::pki_types::{CertificateDer, PrivateKeyDer};
    let unreadable = |path: &std::path::Path, what: &str, e: &dyn std::fmt::Display| {
        Error::invalid(
            "invalid_tls_file",
            format!("{}: not a usable PEM {what}: {e}", path.display()),
        )
    };
    let chain: Vec<CertificateDer<'static>> = CertificateDer::pem_file_iter(cert)
        .map_err(|e| unreadable(cert, "certificate", &e))?
        .collect::<Result<_, _>>()
        .map_err(|e| unreadable(cert, "certificate", &e))?;
    if chain.is_empty() {
        return Err(unreadable(cert, "certificate", &"no CERTIFICATE block"));
    }
    let key_der =
        PrivateKeyDer::from_pem_file(key).map_err(|e| unreadable(key, "private key", &e))?;
    let mut server = rustls::ServerConfig::builder()
        .with_no_client_auth()
        .with_single_cert(chain, key_der)
        .map_err(|e| {
            Error::invalid(
                "invalid_tls_file",
                format!(
                    "{} and {} do not make a TLS identity: {e}",
                    cert.display(),
                    key.display()
                ),
            )
        })?;
    server.alpn_protocols = vec![b"http/1.1".to_vec()];
    Ok(RustlsConfig::from_config(Arc::new(server)))
}

/// 32 random bytes from the system's generator (through rustls' crypto provider), as hex.
fn random_token() -> Result<String> {
    let mut bytes = [0u8; 32];
    rustls::crypto::ring::default_provider()
        .secure_random
        .fill(&mut bytes)
        .map_err(|_| {
            Error::failure(
                "no_randomness",
                "the system gave no random bytes for a token",
            )
        })?;
    Ok(bytes.iter().map(|b| format!("{b:02x}")).collect())
}
