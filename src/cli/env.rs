use clap::Subcommand;

#[derive(Debug, Subcommand)]
pub enum EnvCommand {
    /// Name an environment URL, for `--env NAME`
    #[command(
        after_help = "Examples:\n  orgtrack env add contoso https://contoso.crm.dynamics.com\n  orgtrack env add contoso-test https://contoso-test.crm4.dynamics.com --force"
    )]
    Add {
        /// The name: 1 to 64 letters, digits, '-' or '_'
        name: String,
        /// The environment's root, e.g. https://contoso.crm.dynamics.com
        url: String,
        /// Replace an environment of the same name
        #[arg(long)]
        force: bool,
    },
    /// List the named environments
    #[command(after_help = "Examples:\n  orgtrack env list")]
    List,
    /// Forget a named environment
    #[command(after_help = "Examples:\n  orgtrack env remove contoso-test")]
    Remove {
        /// Environment name (`orgtrack env list` lists them)
        name: String,
    },
}
