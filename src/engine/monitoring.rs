//! The server-side sync failures dashboard ("OrgDBSettings for server-side sync";
//! "Troubleshoot item level Server-Side Synchronization issues with Dynamics 365"): while
//! `EnableSssItemLevelMonitoring` is on (default true), each item that fails to synchronize
//! (rejected by filtering, or a failed promotion) leaves a row with the sync error, and rows
//! older than `ExchangeSyncIdMappingPersistenceTimeInDays` days (default 3) are removed at every
//! cycle. An item that synchronizes later loses its row.

use chrono::{DateTime, Duration, Utc};
use rusqlite::Connection;

use super::rules::OrgRules;
use crate::error::Result;
use crate::store::items::Item;
use crate::store::sync_failures;

/// The settings of the dashboard.
#[derive(Debug, Clone, Copy, Default)]
pub struct MonitoringRules {
    /// `EnableSssItemLevelMonitoring`.
    pub enabled: bool,
    /// `ExchangeSyncIdMappingPersistenceTimeInDays`.
    pub keep_days: i64,
}

/// An item failed to synchronize with `error`.
pub fn failed(
    conn: &Connection,
    rules: &OrgRules,
    item: &Item,
    error: &str,
    now: DateTime<Utc>,
) -> Result<()> {
    if rules.monitoring.enabled {
        sync_failures::record(conn, item.id, item.mailbox_id, error, now)?;
    }
    Ok(())
}

/// An item synchronized: its failure, if any, is history.
pub fn synchronized(conn: &Connection, item: &Item) -> Result<()> {
    sync_failures::clear(conn, item.id)
}

/// Removes the rows kept longer than the persistence time.
pub fn prune(conn: &Connection, rules: &OrgRules, now: DateTime<Utc>) -> Result<usize> {
    sync_failures::prune(conn, now - Duration::days(rules.monitoring.keep_days))
}
