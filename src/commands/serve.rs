//! `orgtrack serve`: the local state behind the Dataverse Web API.

use super::Context;
use crate::cli::serve::ServeArgs;
use crate::error::{Code, Error, Result};
use crate::serve::{self, Config};

pub fn run(ctx: &Context, args: &ServeArgs) -> Result<()> {
    let token = match &args.token_file {
        Some(path) => {
            let text = std::fs::read_to_string(path).map_err(|e| {
                Error::new(
                    Code::TokenFileUnreadable,
                    format!("cannot read the token file {}: {e}", path.display()),
                )
                .because(e)
            })?;
            let token = text.trim().to_string();
            if token.len() < 16 || token.chars().any(char::is_whitespace) {
                return Err(Error::new(
                    Code::WeakToken,
                    format!(
                        "the token in {} must be one word of at least 16 characters",
                        path.display()
                    ),
                ));
            }
            Some(token)
        }
        None => None,
    };
    let tls = args.tls_cert.clone().zip(args.tls_key.clone());
    if !args.listen.ip().is_loopback() {
        if tls.is_none() && !args.allow_clear_text {
            return Err(Error::new(
                Code::ClearTextRefused,
                format!(
                    "{} is reachable from other machines: give --tls-cert and --tls-key to serve HTTPS, or --allow-clear-text to serve plain HTTP (the token then crosses the network in clear)",
                    args.listen
                ),
            ));
        }
        ctx.out.warn(&format!(
            "listening on {}, reachable from other machines{}",
            args.listen,
            if tls.is_some() {
                ""
            } else {
                " in plain HTTP: the token crosses the network in clear"
            }
        ));
    }
    let public_url = args
        .public_url
        .as_deref()
        .map(serve::public_url)
        .transpose()?;
    let throttle = args.throttle.as_deref().map(per_second).transpose()?;
    let store = ctx.open()?;
    let config = Config {
        listen: args.listen,
        token,
        tls,
        max_page_size: args.max_page_size as usize,
        public_url,
        test_delay: std::time::Duration::from_secs(args.test_delay),
        throttle,
        refuse_approval: args.refuse_approval,
    };
    serve::run(store, config, &ctx.out)
}

/// `--throttle N/s` (or N): requests a second, 1 to 100000.
fn per_second(text: &str) -> Result<u32> {
    let number = text.trim().strip_suffix("/s").unwrap_or(text.trim());
    match number.parse::<u32>() {
        Ok(n @ 1..=100_000) => Ok(n),
        _ => Err(Error::new(
            Code::InvalidThrottle,
            format!(
                "--throttle '{text}' must be requests a second, N/s with N from 1 to 100000 (for example 50/s)"
            ),
        )),
    }
}
