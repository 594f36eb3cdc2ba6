//! `orgtrack serve`: the local state behind the Dataverse Web API (`/api/data/v9.2/`), so any
//! Dataverse client (orgtrack `--env` among them) can talk to a simulated org.
//!
//! Each request runs on a blocking thread of its own. Reads use read connections of their own
//! (WAL readers never wait for a writer), so they keep being answered while another orgtrack
//! or a PATCH holds the write lock; writes share one connection that waits `WRITE_WAIT` for
//! the lock and then answers 503 with `Retry-After`. Every write is the store's own
//! transaction, the one the CLI makes.

mod api;
mod batch;
mod directory;
mod emails;
mod metadata;
mod profiles;
pub mod query;

use std::collections::{HashMap, HashSet};
use std::net::{SocketAddr, TcpListener};
use std::path::PathBuf;
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::{Duration, Instant};

use axum_server::tls_rustls::RustlsConfig;
use hyper_util::rt::{TokioExecutor, TokioTimer};
use reqwest::Url;

use crate::error::{Code, Error, Result};
use crate::output::Output;
use crate::store::Store;

/// How long a write waits for the state's write lock before answering 503.
const WRITE_WAIT: Duration = Duration::from_secs(2);
/// How long a client may take to send a request's headers (a slow trickle is cut off).
const HEADER_READ_TIMEOUT: Duration = Duration::from_secs(10);
/// Read connections kept open between requests.
const IDLE_READERS: usize = 4;
/// How often scheduled tests are looked for.
const TEST_TICK: Duration = Duration::from_millis(100);

/// `--throttle N/s`: a bucket of N requests refilled at N a second; an empty bucket answers
/// 429 with the wait until the next request is allowed.
struct Throttle {
    per_second: u32,
    bucket: Mutex<(f64, Instant)>,
}

impl Throttle {
    fn new(per_second: u32) -> Throttle {
        Throttle {
            per_second,
            bucket: Mutex::new((f64::from(per_second), Instant::now())),
        }
    }

    /// Takes one request from the bucket, or says how long until one is there.
    fn take(&self) -> std::result::Result<(), Duration> {
        let rate = f64::from(self.per_second);
        let mut bucket = lock(&self.bucket);
        let now = Instant::now();
        let (tokens, since) = *bucket;
        let tokens = (tokens + now.duration_since(since).as_secs_f64() * rate).min(rate);
        if tokens >= 1.0 {
            *bucket = (tokens - 1.0, now);
            Ok(())
        } else {
            *bucket = (tokens, now);
            Err(Duration::from_secs_f64((1.0 - tokens) / rate))
        }
    }
}

pub struct Config {
    pub listen: SocketAddr,
    /// The bearer token clients must present; None: a random one, printed on stderr.
    pub token: Option<String>,
    /// PEM certificate chain and key: serve HTTPS.
    pub tls: Option<(PathBuf, PathBuf)>,
    pub max_page_size: usize,
    /// `--public-url`, checked: where clients reach this server.
    pub public_url: Option<String>,
    /// How long after it is scheduled a Test & Enable is carried out.
    pub test_delay: Duration,
    /// `--throttle`: the most requests a second before 429.
    pub throttle: Option<u32>,
    /// `--refuse-approval`: approvals are accepted and left as they were.
    pub refuse_approval: bool,
}

/// What every request sees.
struct App {
    path: PathBuf,
    readers: Mutex<Vec<Store>>,
    writer: Mutex<Store>,
    token: String,
    /// `<scheme>://<host>[:port]`: the configured or listening address, never a client's
    /// `Host` header, in every link the server gives.
    origin: String,
    max_page_size: usize,
    /// Mailboxes whose Test & Enable is scheduled, and when it is due.
    scheduled: Mutex<HashMap<i64, Instant>>,
    test_delay: Duration,
    throttle: Option<Throttle>,
    refuse_approval: bool,
}

impl App {
    /// The mailboxes whose Test & Enable waits to be carried out (of `only`, when given).
    fn scheduled_tests(&self, only: Option<i64>) -> HashSet<i64> {
        let pending = lock(&self.scheduled);
        match only {
            Some(id) => pending
                .get_key_value(&id)
                .map(|(id, _)| *id)
                .into_iter()
                .collect(),
            None => pending.keys().copied().collect(),
        }
    }

    /// Schedules (or, with false, cancels) a mailbox's Test & Enable.
    fn schedule_test(&self, mailbox: i64, scheduled: bool) {
        let mut pending = lock(&self.scheduled);
        if scheduled {
            pending.insert(mailbox, Instant::now() + self.test_delay);
        } else {
            pending.remove(&mailbox);
        }
    }

    /// Carries out the Test & Enable of every mailbox that is due, with the engine's own test
    /// in one transaction; they stay scheduled (and are tried again) if it fails. A mailbox
    /// leaves the schedule only once its results are written, so a client never sees it
    /// unscheduled with its old statuses.
    fn run_due_tests(&self, out: &Output) {
        let now = Instant::now();
        let due: Vec<(i64, Instant)> = lock(&self.scheduled)
            .iter()
            .filter(|(_, at)| **at <= now)
            .map(|(id, at)| (*id, *at))
            .collect();
        if due.is_empty() {
            return;
        }
        let tested = (|| -> Result<()> {
            let mut store = lock(&self.writer);
            let tx = store.write()?;
            for (id, _) in &due {
                // A mailbox deleted meanwhile has nothing to test.
                if crate::store::resolve::mailbox(&tx, &id.to_string()).is_ok() {
                    let mailbox = crate::store::mailboxes::get(&tx, *id)?;
                    crate::engine::test_enable::test(&tx, &mailbox)?;
                }
            }
            tx.commit()?;
            Ok(())
        })();
        if let Err(err) = tested {
            out.warn(&format!(
                "orgtrack serve: scheduled Test & Enable failed (tried again shortly): {}",
                err.message
            ));
            return;
        }
        let mut pending = lock(&self.scheduled);
        for (id, at) in due {
            // Scheduled again meanwhile: that later test is still to come.
            if pending.get(&id) == Some(&at) {
                pending.remove(&id);
            }
        }
    }

    /// A read connection: an idle one, or a new one.
    fn reader(&self) -> Result<Reader<'_>> {
        let idle = lock(&self.readers).pop();
        let store = match idle {
            Some(store) => store,
            None => Store::open(&self.path)?,
        };
        Ok(Reader {
            app: self,
            store: Some(store),
        })
    }

    /// The write connection, waiting at most `WRITE_WAIT` for another request's write.
    fn writer(&self) -> Result<MutexGuard<'_, Store>> {
        let deadline = Instant::now() + WRITE_WAIT;
        loop {
            match self.writer.try_lock() {
                Ok(store) => return Ok(store),
                Err(std::sync::TryLockError::Poisoned(poisoned)) => {
                    return Ok(poisoned.into_inner());
                }
                Err(std::sync::TryLockError::WouldBlock) if Instant::now() < deadline => {
                    std::thread::sleep(Duration::from_millis(10));
                }
                Err(std::sync::TryLockError::WouldBlock) => return Err(busy()),
            }
        }
    }
}

/// The answer to a write that could not get the lock in time (503 with `Retry-After`).
fn busy() -> Error {
    Error::new(
        Code::StateBusy,
        "the state is being written by another request or program; try again shortly",
    )
}

/// A handler that panicked left no transaction open (rusqlite rolls back on drop), so a
/// poisoned lock is still usable.
fn lock<T>(mutex: &Mutex<T>) -> MutexGuard<'_, T> {
    mutex
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
}

/// A read connection, back to the idle ones when dropped.
struct Reader<'a> {
    app: &'a App,
    store: Option<Store>,
}

impl std::ops::Deref for Reader<'_> {
    type Target = Store;

    fn deref(&self) -> &Store {
        self.store.as_ref().expect("held until dropped")
    }
}

impl Drop for Reader<'_> {
    fn drop(&mut self) {
        let mut idle = lock(&self.app.readers);
        if idle.len() < IDLE_READERS
            && let Some(store) = self.store.take()
        {
            idle.push(store);
        }
    }
}

/// Checks `--public-url`: an http(s) root URL without credentials, query or path.
pub fn public_url(text: &str) -> Result<String> {
    let bad = |why: &str| {
        Error::new(
            Code::InvalidPublicUrl,
            format!(
                "--public-url '{}': {why} (for example https://orgtrack.example.com:8443)",
                crate::remote::config::redact(text)
            ),
        )
    };
    let url = Url::parse(text.trim()).map_err(|e| bad(&e.to_string()))?;
    if !matches!(url.scheme(), "http" | "https") {
        return Err(bad("the scheme must be http or https"));
    }
    if url.host_str().is_none_or(str::is_empty) {
        return Err(bad("it has no host"));
    }
    if !url.username().is_empty()
        || url.password().is_some()
        || url.query().is_some()
        || url.fragment().is_some()
        || !matches!(url.path(), "" | "/")
    {
        return Err(bad("give only the scheme, host and port"));
    }
    Ok(url.as_str().trim_end_matches('/').to_string())
}

/// Binds, says where (on stderr), and serves until the process is stopped.
pub fn run(store: Store, config: Config, out: &Output) -> Result<()> {
    crate::remote::install_crypto();
    let tls = config
        .tls
        .as_ref()
        .map(|(cert, key)| tls_config(cert, key))
        .transpose()?;
    let cannot_listen = |e: std::io::Error| {
        Error::new(
            Code::CannotListen,
            format!("cannot listen on {}: {e}", config.listen),
        )
        .because(e)
    };
    let listener = TcpListener::bind(config.listen).map_err(cannot_listen)?;
    listener.set_nonblocking(true).map_err(cannot_listen)?;
    let local = listener.local_addr().map_err(cannot_listen)?;
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
    let origin = match config.public_url {
        Some(url) => url,
        None => {
            let mut reachable = local;
            if local.ip().is_unspecified() {
                // Bound to every interface: links name this machine's loopback address.
                let loopback: std::net::IpAddr = if local.is_ipv4() {
                    std::net::Ipv4Addr::LOCALHOST.into()
                } else {
                    std::net::Ipv6Addr::LOCALHOST.into()
                };
                reachable.set_ip(loopback);
                out.note(&format!(
                    "orgtrack serve: links name {scheme}://{reachable}; give --public-url for clients on other machines"
                ));
            }
            format!("{scheme}://{reachable}")
        }
    };
    store.conn().busy_timeout(WRITE_WAIT).map_err(Error::from)?;
    let app = Arc::new(App {
        path: store.path().to_path_buf(),
        readers: Mutex::new(Vec::new()),
        writer: Mutex::new(store),
        token,
        origin,
        max_page_size: config.max_page_size,
        scheduled: Mutex::new(HashMap::new()),
        test_delay: config.test_delay,
        throttle: config.throttle.map(Throttle::new),
        refuse_approval: config.refuse_approval,
    });
    let tester = Arc::clone(&app);
    let tester_out = out.clone();
    // Scheduled tests are carried out beside the requests, as the service's asynchronous
    // processing does; the thread ends with the process.
    std::thread::spawn(move || {
        loop {
            std::thread::sleep(TEST_TICK);
            tester.run_due_tests(&tester_out);
        }
    });
    let router = api::router(app);
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(cannot_start)?;
    runtime
        .block_on(async move {
            let service = router.into_make_service();
            match tls {
                Some(tls) => {
                    let mut server = axum_server::from_tcp_rustls(listener, tls)?;
                    limit_header_time(server.http_builder());
                    server.serve(service).await
                }
                None => {
                    let mut server = axum_server::from_tcp(listener)?;
                    limit_header_time(server.http_builder());
                    server.serve(service).await
                }
            }
        })
        .map_err(cannot_start)
}

fn cannot_start(err: std::io::Error) -> Error {
    Error::new(Code::Runtime, format!("cannot start the server: {err}")).because(err)
}

/// A client that trickles its headers (slowloris) is cut off after `HEADER_READ_TIMEOUT`.
fn limit_header_time(builder: &mut hyper_util::server::conn::auto::Builder<TokioExecutor>) {
    builder
        .http1()
        .timer(TokioTimer::new())
        .header_read_timeout(HEADER_READ_TIMEOUT);
}

fn tls_config(cert: &std::path::Path, key: &std::path::Path) -> Result<RustlsConfig> {
    use rustls::pki_types::pem::PemObject;
    use rustls::pki_types::{CertificateDer, PrivateKeyDer};
    let unreadable = |path: &std::path::Path, what: &str, e: &dyn std::fmt::Display| {
        Error::new(
            Code::InvalidTlsFile,
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
            Error::new(
                Code::InvalidTlsFile,
                format!(
                    "{} and {} do not make a TLS identity: {e}",
                    cert.display(),
                    key.display()
                ),
            )
            .because(e)
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
            Error::new(
                Code::NoRandomness,
                "the system gave no random bytes for a token",
            )
        })?;
    Ok(bytes.iter().map(|b| format!("{b:02x}")).collect())
}
