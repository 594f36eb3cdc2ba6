//! What the headers of an email say about its place in a conversation.

/// A forward, by its subject's prefix (`FW:` or `FWD:`, any case).
pub fn is_forward(subject: &str) -> bool {
    let lower = subject.trim_start().to_lowercase();
    lower.starts_with("fw:") || lower.starts_with("fwd:")
}

#[cfg(test)]
mod tests {
    use super::is_forward;

    #[test]
    fn forwards_are_told_by_their_prefix() {
        assert!(is_forward("FW: offer"));
        assert!(is_forward("  fwd: offer"));
        assert!(!is_forward("RE: offer"));
        assert!(!is_forward("Forward planning"));
    }
}
