//! The vocabulary of rules on both sides of tracking: what an Outlook inbox rule does, and what
//! an automatic record creation rule and the queue items of an email come to.

use std::fmt;

use clap::ValueEnum;
use serde::Serialize;

use crate::error::{Code, Error, Result};

option_set! {
    /// What one action of an inbox rule does to a message.
    pub enum InboxAction {
        AssignCategory = 0 => "assign_category" ("assign category"),
        RemoveCategory = 1 => "remove_category" ("remove category"),
        MoveTo = 2 => "move_to" ("move to folder"),
    }
}

option_set! {
    /// A case's `prioritycode` (also given to other records a rule item creates).
    pub enum Priority {
        High = 1 => "high",
        Normal = 2 => "normal",
        Low = 3 => "low",
    }
}

option_set! {
    /// Which setting gave an email its queue item.
    pub enum QueueItemOrigin {
        /// `CreateQueueItemsForAcceptingQueueRecipients`: the queue is a recipient.
        Recipient = 0 => "recipient",
        /// `CreateQueueItemForSynchronizingMailbox`: the queue's mailbox synchronized it.
        SynchronizingMailbox = 1 => "synchronizing_mailbox" ("synchronizing mailbox"),
        /// `SSSCreateAdditionalQueueItemsForAlreadyTrackedEmail`: another mailbox tracked it first.
        AlreadyTracked = 2 => "already_tracked" ("already tracked"),
    }
}

option_set! {
    /// A queue item's statecode.
    pub enum QueueItemState {
        Active = 0 => "active",
        Inactive = 1 => "inactive",
    }
}

option_set! {
    /// What a record creation rule did with one email.
    pub enum RuleOutcome {
        /// An item matched: a record was created and set as the email's regarding.
        Created = 0 => "created",
        /// The email belongs to a record of the rule's kind that is still open.
        OpenRecord = 1 => "open_record" ("the record is still open"),
        /// Its record was resolved less than the rule's wait time ago: it stays regarding it.
        WithinWait = 2 => "within_wait" ("within the wait time"),
        NoItemMatched = 3 => "no_item_matched" ("no item matched"),
        /// The sender is no record, user or queue, and the rule does not allow unknown senders.
        UnknownSender = 4 => "unknown_sender" ("unknown sender"),
    }
}

impl RuleOutcome {
    /// Whether the email counts as processed by the rule (its queue item is deactivated).
    pub fn processed(self) -> bool {
        matches!(
            self,
            RuleOutcome::Created | RuleOutcome::OpenRecord | RuleOutcome::WithinWait
        )
    }
}

/// The domain of an address (after its last `@`), or the address itself when it has none.
pub fn domain_of(address: &str) -> &str {
    address
        .rsplit_once('@')
        .map_or(address, |(_, domain)| domain)
}

/// Checks a domain as users type it (`fabrikam.com` or `@fabrikam.com`): returns it without
/// the `@`.
pub fn domain(text: &str) -> Result<String> {
    let bare = text.trim().trim_start_matches('@');
    let ok = bare.contains('.')
        && !bare.starts_with('.')
        && !bare.ends_with('.')
        && !bare
            .chars()
            .any(|c| c == '@' || c.is_whitespace() || c.is_control());
    if ok {
        Ok(bare.to_string())
    } else {
        Err(Error::new(
            Code::InvalidDomain,
            format!("invalid domain '{text}': give a domain like fabrikam.com"),
        ))
    }
}

/// What an inbox rule's `--from`/`--to` may be: an address, or a domain standing for every
/// address in it (`fabrikam.com` or `@fabrikam.com`).
pub fn address_pattern(text: &str) -> Result<String> {
    let text = text.trim();
    match text.split_once('@') {
        Some((local, _)) if !local.is_empty() => super::names::email(text),
        _ => domain(text).map_err(|_| {
            Error::new(
                Code::InvalidAddress,
                format!(
                    "invalid address '{text}': give an email address (buyer@fabrikam.com) or a domain (fabrikam.com)"
                ),
            )
        }),
    }
}

/// Whether `address` is the pattern's address, or in the pattern's domain (any case).
pub fn address_matches(pattern: &str, address: &str) -> bool {
    if pattern.contains('@') {
        pattern.eq_ignore_ascii_case(address)
    } else {
        domain_of(address).eq_ignore_ascii_case(pattern)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn patterns_are_addresses_or_domains() {
        assert_eq!(
            address_pattern(" buyer@fabrikam.com ").unwrap(),
            "buyer@fabrikam.com"
        );
        assert_eq!(address_pattern("fabrikam.com").unwrap(), "fabrikam.com");
        assert_eq!(address_pattern("@Fabrikam.com").unwrap(), "Fabrikam.com");
        for bad in ["", "fabrikam", "a@b@c", "two words.com", ".com", "@", "x@"] {
            let err = address_pattern(bad).unwrap_err();
            assert_eq!(err.exit_code(), 4, "{bad:?}");
        }
    }

    #[test]
    fn a_domain_matches_every_address_in_it_and_nothing_else() {
        assert!(address_matches("fabrikam.com", "Buyer@FABRIKAM.com"));
        assert!(!address_matches("fabrikam.com", "buyer@sales.fabrikam.com"));
        assert!(!address_matches(
            "fabrikam.com",
            "fabrikam.com@evil.example"
        ));
        assert!(address_matches("buyer@fabrikam.com", "BUYER@fabrikam.com"));
        assert!(!address_matches(
            "buyer@fabrikam.com",
            "seller@fabrikam.com"
        ));
    }

    #[test]
    fn domains_are_checked() {
        assert_eq!(domain("@contoso.com").unwrap(), "contoso.com");
        for bad in ["contoso", "a@contoso.com", "contoso.", " "] {
            assert_eq!(
                domain(bad).unwrap_err().code,
                Code::InvalidDomain,
                "{bad:?}"
            );
        }
    }
}
