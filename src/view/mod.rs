//! The shapes commands print for entities that several commands show, built from store rows
//! with the names of what they refer to. One shape per entity, defined here once.

pub mod activity;
pub mod item;
