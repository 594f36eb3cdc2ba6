//! Tracking token settings as the engine and `token parse` read them, and the prefixes the org
//! used before its current one.

use rusqlite::{Connection, params};

use super::settings::{effective, number};
use crate::correlate::tokens::{TokenConfig, counter_digits};
use crate::error::Result;
use crate::settings::SettingValue;

const PREFIX: &str = "trackingprefix";

/// The org's token settings now.
#[derive(Debug, Clone)]
pub struct TokenSettings {
    /// `maximumtrackingnumber` > 0: email sent from Dynamics 365 gets a token.
    pub enabled: bool,
    pub config: TokenConfig,
}

pub fn load(conn: &Connection) -> Result<TokenSettings> {
    let maximum = number(conn, "maximumtrackingnumber", 0)?;
    let prefix = effective(conn, PREFIX)?
        .map(|v| v.to_string())
        .unwrap_or_default();
    let earlier_prefixes = earlier_prefixes(conn)?
        .into_iter()
        .filter(|p| !p.eq_ignore_ascii_case(&prefix))
        .collect();
    Ok(TokenSettings {
        enabled: maximum > 0,
        config: TokenConfig {
            prefix,
            earlier_prefixes,
            base: number(conn, "trackingtokenidbase", 0)?,
            user_digits: u32::try_from(number(conn, "trackingtokeniddigits", 3)?).unwrap_or(3),
            counter_digits: counter_digits(maximum),
        },
    })
}

/// Retired prefixes, the most recently retired first.
pub fn earlier_prefixes(conn: &Connection) -> Result<Vec<String>> {
    let mut stmt = conn.prepare_cached(
        "SELECT prefix FROM tracking_prefix_history ORDER BY retired_at DESC, prefix",
    )?;
    let rows = stmt.query_map([], |r| r.get(0))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Called for every setting write, inside its transaction, with the effective values before
/// and after: a `trackingprefix` that changes is remembered so its tokens keep correlating.
pub fn on_setting_written(
    conn: &Connection,
    name: &str,
    old: Option<&SettingValue>,
    new: Option<&SettingValue>,
    now: &str,
) -> Result<()> {
    if !name.eq_ignore_ascii_case(PREFIX) {
        return Ok(());
    }
    let (Some(old), Some(new)) = (old.map(|v| v.to_string()), new.map(|v| v.to_string())) else {
        return Ok(());
    };
    if old.is_empty() || old.eq_ignore_ascii_case(&new) {
        return Ok(());
    }
    conn.prepare_cached(
        "INSERT INTO tracking_prefix_history (prefix, retired_at) VALUES (?1, ?2)
         ON CONFLICT(prefix) DO UPDATE SET retired_at = excluded.retired_at",
    )?
    .execute(params![old, now])?;
    Ok(())
}
