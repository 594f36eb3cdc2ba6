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

/// The settings the simulator acts on: every one the engine (and the alert and token rules of the
/// store it drives) reads. `settings describe` reports a setting as simulated when it is here,
/// and `settings set` of any other notes that the simulation ignores it.
pub const SIMULATED_SETTINGS: &[&str] = &[
    "AutoTrackSentFolderItems",
    "CreateQueueItemForSynchronizingMailbox",
    "CreateQueueItemsForAcceptingQueueRecipients",
    "DisableSmartMatchingEmailHashCreation",
    "DoNotCorrelateForwardedEmailsAsReplies",
    "DoNotIgnoreInternalEmailToQueues",
    "IgnoreConversationIndexAndInReplyToForCorrelation",
    "IgnoreInternalEmailDetectionEnhancement",
    "IgnoreInternalEmailFromQueues",
    "MaximumSubjectLengthOnMailServer",
    "SSSCreateAdditionalQueueItemsForAlreadyTrackedEmail",
    "SSSForceFilteringMethodForUserMailboxes",
    "SSSTaskDeletionSyncBehaviorFromExchange",
    "TrackCategorizedItems",
    "UseFilteringMethodOfSyncingMailboxOnlyForCorrelation",
    "emailcorrelationenabled",
    "enablesmartmatching",
    "generatealertsforerrors",
    "generatealertsforinformation",
    "generatealertsforwarnings",
    "hashdeltasubjectcount",
    "hashfilterkeywords",
    "hashmaxcount",
    "hashminaddresscount",
    "ignoreinternalemail",
    "isfolderbasedtrackingenabled",
    "maxfolderbasedtrackingmappings",
    "maximumtrackingnumber",
    "trackingprefix",
    "trackingtokenidbase",
    "trackingtokeniddigits",
];

/// Whether the simulator acts on a setting (by its canonical catalogue name).
pub fn is_simulated(name: &str) -> bool {
    SIMULATED_SETTINGS.contains(&name)
}

/// Retries after the first failed attempt before an item becomes undeliverable (SPEC section 3).
pub const MAX_RETRIES: i64 = 5;

#[cfg(test)]
mod tests {
    use super::*;

    /// Every simulated setting is a catalogue setting spelt canonically.
    #[test]
    fn simulated_settings_are_in_the_catalogue() {
        for name in SIMULATED_SETTINGS {
            let def = crate::settings::Catalog::get().find(name);
            assert_eq!(def.map(|d| d.name.as_str()), Some(*name));
        }
    }
}
