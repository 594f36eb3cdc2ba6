//! The embedded sync engine: what server-side synchronization and the App for Outlook do with
//! Exchange items and Dynamics 365 activities. It reads and writes through `crate::store` inside
//! the caller's transaction and never prints; commands render what it returns.

pub mod app;
pub mod automatic;
pub mod correlation;
pub mod cycle;
pub mod deletion;
pub mod delivery;
pub mod dynamics;
pub mod inbox_rules;
pub mod master_list;
pub mod outlook;
pub mod promote;
pub mod record_rules;
pub mod rules;
pub mod test_enable;

/// Retries after the first failed attempt before an item becomes undeliverable (SPEC section 3).
pub const MAX_RETRIES: i64 = 5;
