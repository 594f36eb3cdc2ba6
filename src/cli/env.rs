use clap::Subcommand;

#[derive(Debug, Subcommand)]
pub enum EnvCommand {
    /// Name an environment URL, for `--env NAME`
    Add {
        name: String,
        /// The environment's root, e.g. https://contoso.crm.dynamics.com
        url: String,
        /// Replace an environment of the same name
        #[arg(long)]
        force: bool,
    },
    /// The named environments
    List,
    /// Forget a named environment
    Remove { name: String },
}
