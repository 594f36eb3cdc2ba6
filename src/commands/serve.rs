//! `orgtrack serve`: the local state behind the Dataverse Web API.

use super::Context;
use crate::cli::serve::ServeArgs;
use crate::error::{Error, Result};
use crate::serve::{self, Config};

pub fn run(ctx: &Context, args: &ServeArgs) -> Result<()> {
    let token = match &args.token_file {
        Some(path) => {
            let text = std::fs::read_to_string(path).map_err(|e| {
                Error::not_found(
                    "token_file_unreadable",
                    format!("cannot read the token file {}: {e}", path.display()),
                )
            })?;
            let token = text.trim().to_string();
            if token.len() < 16 || token.chars().any(char::is_whitespace) {
                return Err(Error::invalid(
                    "weak_token",
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
    if !args.listen.ip().is_loopback() {
        ctx.out.warn(&format!(
            "listening on {}, reachable from other machines{}",
            args.listen,
            if args.tls_cert.is_some() {
                ""
            } else {
                " in plain HTTP: the token crosses the network in clear"
            }
        ));
    }
    let store = ctx.open()?;
    let config = Config {
        listen: args.listen,
        token,
        tls: args.tls_cert.clone().zip(args.tls_key.clone()),
        max_page_size: args.max_page_size as usize,
    };
    serve::run(store, config, &ctx.out)
}
