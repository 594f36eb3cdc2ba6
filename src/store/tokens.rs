//! Tracking token settings as the engine and `token parse` read them, and the prefixes the org
//! used before its current one.

use rusqlite::{Connection, params};

use super::settings::{effective, number};
use crate::correlate::tokens::{
    ONLINE_DIGIT, ParsedToken, TokenConfig, counter_digits, format_token, user_number,
};
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

/// The counter the user's next token would carry, without using it.
pub fn peek_counter(conn: &Connection, user_id: i64, counter_digits: u32) -> Result<u64> {
    use rusqlite::OptionalExtension;
    let current: Option<i64> = conn
        .prepare_cached("SELECT counter FROM token_counter WHERE user_id = ?1")?
        .query_row([user_id], |r| r.get(0))
        .optional()?;
    Ok(crate::correlate::tokens::next_counter(
        current.unwrap_or(0) as u64,
        counter_digits,
    ))
}

/// Uses the user's next counter value (wrapping after the largest value of its width).
pub fn take_counter(conn: &Connection, user_id: i64, counter_digits: u32) -> Result<u64> {
    let next = peek_counter(conn, user_id, counter_digits)?;
    conn.prepare_cached(
        "INSERT INTO token_counter (user_id, counter) VALUES (?1, ?2) \
         ON CONFLICT(user_id) DO UPDATE SET counter = excluded.counter",
    )?
    .execute(params![user_id, next as i64])?;
    Ok(next)
}

/// The token of the user's next email sent from Dynamics 365 (a queue passes its owner).
/// `consume` uses the counter; otherwise it is only shown. None when tokens are off.
pub fn next_token(conn: &Connection, user_id: i64, consume: bool) -> Result<Option<ParsedToken>> {
    let settings = load(conn)?;
    if !settings.enabled {
        return Ok(None);
    }
    let cfg = &settings.config;
    let counter = if consume {
        take_counter(conn, user_id, cfg.counter_digits)?
    } else {
        peek_counter(conn, user_id, cfg.counter_digits)?
    };
    // The user's sequence number is their position among the org's users: their id.
    let sequence = u64::try_from(user_id).unwrap_or(0);
    Ok(Some(ParsedToken {
        raw: format_token(cfg, sequence, counter),
        prefix: cfg.prefix.clone(),
        online: ONLINE_DIGIT,
        user_number: user_number(cfg.base, sequence),
        counter,
    }))
}
