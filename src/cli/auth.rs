use clap::{ArgGroup, Subcommand};

#[derive(Debug, Subcommand)]
pub enum AuthCommand {
    /// Sign in to an environment and keep the tokens as a named profile
    #[command(
        after_help = "Examples:\n  orgtrack --env https://contoso.crm.dynamics.com auth login\n  orgtrack --env https://contoso.crm.dynamics.com auth login contoso-app --client-secret \\\n    --tenant contoso.onmicrosoft.com --client-id 11111111-2222-3333-4444-555555555555\n  orgtrack auth login contoso"
    )]
    #[command(group(ArgGroup::new("method").args(["device_code", "client_secret", "certificate", "azure_cli", "managed_identity"])))]
    Login {
        /// The profile's name [default: the first label of the environment's host]; with no
        /// --env, signs in again to an existing profile's environment
        name: Option<String>,
        /// Sign in as a user with a code entered in a browser (the default)
        #[arg(long)]
        device_code: bool,
        /// Sign in as an app registration; the secret comes from ORGTRACK_CLIENT_SECRET or,
        /// when that is unset, from standard input (never from an argument)
        #[arg(long)]
        client_secret: bool,
        /// Sign in as an app registration with its certificate: a PEM file holding the
        /// certificate and its RSA private key, or a PFX file (password in
        /// ORGTRACK_CERTIFICATE_PASSWORD; opened with openssl)
        #[arg(long, value_name = "FILE")]
        certificate: Option<std::path::PathBuf>,
        /// Use the Azure CLI's sign-in (`az login`): tokens from `az account get-access-token`
        #[arg(long)]
        azure_cli: bool,
        /// Sign in as this Azure machine's managed identity (--client-id: a user-assigned one)
        #[arg(long)]
        managed_identity: bool,
        /// The cloud: its identity platform and environment domains [default: the
        /// environment's, else public]
        #[arg(long, value_enum)]
        cloud: Option<crate::remote::cloud::Cloud>,
        /// Directory (tenant) id or domain [default: organizations for users; required for apps]
        #[arg(long)]
        tenant: Option<String>,
        /// Application (client) id [default for users: the Dataverse sample public client]
        #[arg(long)]
        client_id: Option<String>,
    },
    /// List the sign-in profiles (never their tokens)
    #[command(after_help = "Examples:\n  orgtrack auth list")]
    List,
    /// Make a profile the one used when --env names none
    #[command(after_help = "Examples:\n  orgtrack auth select contoso")]
    Select {
        /// Profile name (`orgtrack auth list` lists them)
        name: String,
    },
    /// Show who the selected profile (or --env's) is signed in as, where, and until when
    #[command(after_help = "Examples:\n  orgtrack auth who\n  orgtrack --env contoso auth who")]
    Who,
    /// Forget a profile's tokens, or every profile's
    #[command(
        after_help = "Examples:\n  orgtrack auth logout contoso\n  orgtrack auth logout --all"
    )]
    #[command(group(ArgGroup::new("which").args(["name", "all"]).required(true)))]
    Logout {
        /// Profile name
        name: Option<String>,
        /// Every profile
        #[arg(long)]
        all: bool,
    },
}
