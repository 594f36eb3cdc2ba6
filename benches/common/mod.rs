//! What the benchmarks against `orgtrack serve` share: the binary, serve on a free loopback
//! port, and a proxy that counts the HTTP requests a client makes.
// Each benchmark uses what it needs.
#![allow(dead_code)]

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

pub const TOKEN: &str = "bench-token-0123456789abcdef";

pub fn bin() -> &'static str {
    env!("CARGO_BIN_EXE_orgtrack")
}

/// `orgtrack serve` on a free loopback port, stopped when dropped.
pub struct Serve {
    child: Child,
    pub addr: SocketAddr,
}

impl Serve {
    pub fn start(state: &Path, token_file: &Path) -> Serve {
        Serve::start_with(state, token_file, &[])
    }

    /// `start` with more serve options (`--public-url`, ...).
    pub fn start_with(state: &Path, token_file: &Path, extra: &[&str]) -> Serve {
        let mut child = Command::new(bin())
            .arg("--state")
            .arg(state)
            .args(["serve", "--listen", "127.0.0.1:0", "--test-delay", "0"])
            .arg("--token-file")
            .arg(token_file)
            .args(extra)
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .expect("start orgtrack serve");
        let stderr = child.stderr.take().expect("piped stderr");
        let mut lines = BufReader::new(stderr).lines();
        let addr = loop {
            let line = lines
                .next()
                .expect("serve says where it listens")
                .expect("serve's stderr");
            if let Some(at) = line.find("http://") {
                let rest = &line[at + 7..];
                break rest.split('/').next().unwrap().parse().unwrap();
            }
        };
        // Keep draining stderr so serve never blocks on a full pipe.
        std::thread::spawn(move || for _ in lines {});
        Serve { child, addr }
    }
}

impl Drop for Serve {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Forwards each connection's one request to `upstream` and closes it, counting requests.
pub fn counting_proxy(upstream: SocketAddr) -> (SocketAddr, Arc<AtomicUsize>) {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = listener.local_addr().unwrap();
    (addr, counting_proxy_on(listener, upstream))
}

/// `counting_proxy` on a listener bound beforehand, so serve can be told its address
/// (`--public-url`) and its next links come back through the proxy.
pub fn counting_proxy_on(listener: TcpListener, upstream: SocketAddr) -> Arc<AtomicUsize> {
    let count = Arc::new(AtomicUsize::new(0));
    let seen = Arc::clone(&count);
    std::thread::spawn(move || {
        for stream in listener.incoming().map_while(Result::ok) {
            seen.fetch_add(1, Ordering::SeqCst);
            std::thread::spawn(move || forward(stream, upstream));
        }
    });
    count
}

fn forward(mut client: TcpStream, upstream: SocketAddr) {
    let mut reader = BufReader::new(client.try_clone().unwrap());
    let mut head = String::new();
    let mut length = 0usize;
    loop {
        let mut line = String::new();
        if reader.read_line(&mut line).unwrap_or(0) == 0 {
            return;
        }
        if let Some(value) = line
            .to_ascii_lowercase()
            .strip_prefix("content-length:")
            .map(|v| v.trim().to_string())
        {
            length = value.parse().unwrap_or(0);
        }
        if line.to_ascii_lowercase().starts_with("connection:") {
            continue;
        }
        if line == "\r\n" {
            head.push_str("Connection: close\r\n\r\n");
            break;
        }
        head.push_str(&line);
    }
    let mut body = vec![0u8; length];
    if reader.read_exact(&mut body).is_err() {
        return;
    }
    let Ok(mut server) = TcpStream::connect(upstream) else {
        return;
    };
    let _ = server.write_all(head.as_bytes());
    let _ = server.write_all(&body);
    let mut answer = Vec::new();
    let _ = server.read_to_end(&mut answer);
    // The answer goes back with `Connection: close`: the client opens a new connection for
    // its next request, so each request is counted.
    let text = String::from_utf8_lossy(&answer);
    let answer = match text.split_once("\r\n") {
        Some((status, rest)) => format!("{status}\r\nConnection: close\r\n{rest}").into_bytes(),
        None => answer,
    };
    let _ = client.write_all(&answer);
}
