//! Correlation of incoming email with tracked email: pure functions, no store.

pub mod thread_index;
