use std::net::SocketAddr;
use std::path::PathBuf;

use clap::Args;

#[derive(Debug, Args)]
pub struct ServeArgs {
    /// Address and port to listen on (port 0 picks a free one; the address is printed)
    #[arg(long, value_name = "ADDR:PORT", default_value = "127.0.0.1:8080")]
    pub listen: SocketAddr,
    /// File holding the bearer token clients must send [default: a random token, printed on stderr]
    #[arg(long, value_name = "FILE")]
    pub token_file: Option<PathBuf>,
    /// PEM certificate chain: serve HTTPS (with --tls-key)
    #[arg(long, value_name = "FILE", requires = "tls_key")]
    pub tls_cert: Option<PathBuf>,
    /// PEM private key of --tls-cert
    #[arg(long, value_name = "FILE", requires = "tls_cert")]
    pub tls_key: Option<PathBuf>,
    /// Serve plain HTTP on an address other machines reach (tokens then cross the network in clear)
    #[arg(long, conflicts_with = "tls_cert")]
    pub allow_clear_text: bool,
    /// The URL clients use to reach this server, for the links it gives (@odata.nextLink,
    /// @odata.context) [default: the listening address]
    #[arg(long, value_name = "URL")]
    pub public_url: Option<String>,
    /// Most rows in one page of a collection; more come through @odata.nextLink
    #[arg(long, value_name = "N", default_value_t = 5000, value_parser = clap::value_parser!(u32).range(1..=5000))]
    pub max_page_size: u32,
    /// Seconds after which a scheduled Test & Enable (a PATCH setting
    /// testemailconfigurationscheduled) is carried out
    #[arg(long, value_name = "SECONDS", default_value_t = 2, value_parser = clap::value_parser!(u64).range(0..=3600))]
    pub test_delay: u64,
    /// Answer 429 with Retry-After beyond N requests a second (service protection limits)
    #[arg(long, value_name = "N/s")]
    pub throttle: Option<String>,
    /// Play a caller without the right to approve email addresses: a PATCH approving a mailbox
    /// is accepted and leaves its approval as it was
    #[arg(long)]
    pub refuse_approval: bool,
}
