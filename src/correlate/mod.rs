pub mod smart_match;
pub mod tokens;
