//! Correlation of incoming email with tracked email: pure functions, no store.

pub mod headers;
pub mod smart_match;
pub mod thread_index;
pub mod tokens;
