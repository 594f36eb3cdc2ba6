//! The clouds Dataverse runs in: each has its own identity platform (authority) and its own
//! environment host names. Microsoft: "National clouds" (Microsoft identity platform) for the
//! authorities; "Power Apps US Government" and "Power Platform operated by 21Vianet" for the
//! Dataverse domains.

use clap::ValueEnum;
use reqwest::Url;

use crate::error::{Code, Error, Result};

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Cloud {
    /// Commercial (login.microsoftonline.com; *.crmN.dynamics.com)
    Public,
    /// US Government Community Cloud, GCC (login.microsoftonline.com; *.crm9.dynamics.com)
    Usgov,
    /// GCC High (login.microsoftonline.us; *.crm.microsoftdynamics.us)
    Usgovhigh,
    /// Department of Defense (login.microsoftonline.us; *.crm.appsplatform.us)
    Usgovdod,
    /// China, operated by 21Vianet (login.chinacloudapi.cn; *.crm.dynamics.cn)
    China,
}

impl Cloud {
    const ALL: [Cloud; 5] = [
        Cloud::Usgov,
        Cloud::Usgovhigh,
        Cloud::Usgovdod,
        Cloud::China,
        Cloud::Public,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Cloud::Public => "public",
            Cloud::Usgov => "usgov",
            Cloud::Usgovhigh => "usgovhigh",
            Cloud::Usgovdod => "usgovdod",
            Cloud::China => "china",
        }
    }

    /// Where its tokens are issued.
    pub fn authority(self) -> &'static str {
        match self {
            Cloud::Public | Cloud::Usgov => "https://login.microsoftonline.com",
            Cloud::Usgovhigh | Cloud::Usgovdod => "https://login.microsoftonline.us",
            Cloud::China => "https://login.chinacloudapi.cn",
        }
    }

    /// The domain its environments' hosts end in.
    pub fn domain(self) -> &'static str {
        match self {
            Cloud::Public => "dynamics.com",
            Cloud::Usgov => "crm9.dynamics.com",
            Cloud::Usgovhigh => "crm.microsoftdynamics.us",
            Cloud::Usgovdod => "crm.appsplatform.us",
            Cloud::China => "crm.dynamics.cn",
        }
    }

    fn holds(self, host: &str) -> bool {
        let host = host.to_ascii_lowercase();
        host == self.domain() || host.ends_with(&format!(".{}", self.domain()))
    }

    /// The cloud an environment's host belongs to (the most specific domain wins: GCC's
    /// crm9.dynamics.com before the commercial dynamics.com).
    pub fn of(env: &Url) -> Option<Cloud> {
        let host = env.host_str()?;
        Cloud::ALL.into_iter().find(|c| c.holds(host))
    }

    /// `--cloud` checked against the environment: a Dataverse host of another cloud is refused;
    /// loopback and other hosts (a proxy, `orgtrack serve`) are taken as given. Without
    /// `--cloud`, the environment's own cloud, else the public one.
    pub fn for_env(given: Option<Cloud>, env: &Url) -> Result<Cloud> {
        let found = Cloud::of(env);
        match (given, found) {
            (Some(given), Some(found)) if given != found => Err(Error::new(
                Code::WrongCloud,
                format!(
                    "{} is an environment of the {} cloud (*.{}), not of --cloud {} (*.{})",
                    env.as_str().trim_end_matches('/'),
                    found.name(),
                    found.domain(),
                    given.name(),
                    given.domain()
                ),
            )),
            (Some(given), _) => Ok(given),
            (None, found) => Ok(found.unwrap_or(Cloud::Public)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn url(text: &str) -> Url {
        Url::parse(text).unwrap()
    }

    #[test]
    fn clouds_come_from_hosts_and_refuse_mismatches() {
        assert_eq!(
            Cloud::of(&url("https://contoso.crm4.dynamics.com")),
            Some(Cloud::Public)
        );
        assert_eq!(
            Cloud::of(&url("https://agency.crm9.dynamics.com")),
            Some(Cloud::Usgov)
        );
        assert_eq!(
            Cloud::of(&url("https://agency.crm.microsoftdynamics.us")),
            Some(Cloud::Usgovhigh)
        );
        assert_eq!(
            Cloud::of(&url("https://x.crm.appsplatform.us")),
            Some(Cloud::Usgovdod)
        );
        assert_eq!(
            Cloud::of(&url("https://x.crm.dynamics.cn")),
            Some(Cloud::China)
        );
        assert_eq!(Cloud::of(&url("http://127.0.0.1:8080")), None);
        assert_eq!(
            Cloud::for_env(None, &url("https://x.crm.microsoftdynamics.us"))
                .unwrap()
                .authority(),
            "https://login.microsoftonline.us"
        );
        assert!(Cloud::for_env(Some(Cloud::China), &url("https://x.crm.dynamics.com")).is_err());
        assert_eq!(
            Cloud::for_env(Some(Cloud::Usgovdod), &url("http://127.0.0.1:1")).unwrap(),
            Cloud::Usgovdod
        );
    }
}
