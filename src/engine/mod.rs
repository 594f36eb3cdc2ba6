//! The embedded sync engine: what server-side synchronization and the App for Outlook do with
//! Exchange items and Dynamics 365 activities. It reads and writes through `crate::store` inside
//! the caller's transaction and never prints; commands render what it returns.

pub mod app;
pub mod approval;
pub mod automatic;
pub mod calendar;
pub mod correlation;
pub mod cycle;
pub mod deletion;
pub mod delivery;
pub mod dynamics;
pub mod inbox_rules;
pub mod mailbox_errors;
pub mod master_list;
pub mod outlook;
pub mod personal_options;
pub mod promote;
pub mod record_rules;
pub mod resolution;
pub mod rules;
pub mod sync_scope;
pub mod test_enable;

/// The settings the simulator acts on: every one the engine (and the alert and token rules of the
/// store it drives) reads. `settings describe` reports a setting as simulated when it is here,
/// and `settings set` of any other notes that the simulation ignores it.
pub const SIMULATED_SETTINGS: &[&str] = &[
    "AddParentEntityToRelatedOnNewActivityCreate",
    "AllowPromoteDuplicates",
    "AllowSaveAsDraftAppointment",
    "AutoCreateContactOnPromote",
    "AutoTrackSentFolderItems",
    "CreateQueueItemForSynchronizingMailbox",
    "CreateQueueItemsForAcceptingQueueRecipients",
    "DisableSmartMatching",
    "DisableSmartMatchingEmailHashCreation",
    "DistinctPhysicalAndLogicalDeletesForExchangeSync",
    "DoNotAutoTrackEmail",
    "DoNotCorrelateForwardedEmailsAsReplies",
    "DoNotIgnoreInternalEmailToQueues",
    "EnableMailboxDelegationForOutgoingEmail",
    "EnableSssItemLevelMonitoring",
    "ExchangeSyncIdMappingPersistenceTimeInDays",
    "ForceOrganizerSyncForAttendeeTrackedAppointment",
    "HideEmailAutoTrackOptions",
    "HideTrackAllOption",
    "IgnoreConversationIndexAndInReplyToForCorrelation",
    "IgnoreCopiedItemsInSSSForMailbox",
    "IgnoreInternalEmailDetectionEnhancement",
    "IgnoreInternalEmailFromQueues",
    "MaximumSubjectLengthOnMailServer",
    "RequirePrivilegeToSelfApproveEmailAddress",
    "ResolveForInactiveEntities",
    "RestrictIRMEmailItems",
    "SSSCreateAdditionalQueueItemsForAlreadyTrackedEmail",
    "SSSForceFilteringMethodForUserMailboxes",
    "SSSPropagateAppointmentCancellationsToExchange",
    "SSSSaveOutgoingEmailToExchangeSentFolder",
    "SSSSyncAppointmentIsPrivateFromExchange",
    "SSSTaskDeletionSyncBehaviorFromExchange",
    "SSSUpdatePastMeetingsInNonDraftMode",
    "TrackAppointmentsFromNonOrganizer",
    "TrackCategorizedItems",
    "UnresolveSenderInCaseOfMultipleMatch",
    "UseCrmOrganizerForEmptyExchangeOrganizer",
    "UseFilteringMethodOfSyncingMailboxOnlyForCorrelation",
    "ValidateContactBeforeTracking",
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
    "isassignedtaskssyncenabled",
    "isfolderbasedtrackingenabled",
    "maxfolderbasedtrackingmappings",
    "maximumtrackingnumber",
    "notifymailboxownerofemailserverlevelalerts",
    "requireapprovalforqueueemail",
    "requireapprovalforuseremail",
    "trackingprefix",
    "trackingtokenidbase",
    "trackingtokeniddigits",
    "unresolveemailaddressifmultiplematch",
];

/// Server-side sync settings ("OrgDBSettings for server-side sync") the simulator does not act
/// on, each with the reason: what it governs lies outside what orgtrack models.
pub const NOT_SIMULATED: &[(&str, &str)] = &[
    (
        "ClientDisableTrackingForReplyForwardEmails",
        "it acts on the legacy Outlook client",
    ),
    (
        "EmailTemplateRetrieveFallbackContact",
        "it acts on email templates",
    ),
    ("TraceExchangeSyncData", "it turns on service tracing"),
    (
        "UsePlainTextForEmailTemplateBody",
        "it acts on email templates",
    ),
    (
        "UseXAnchorMailboxInExchangeRequestHeader",
        "it is a request header of the Exchange connection",
    ),
];

/// Whether the simulator acts on a setting (by its canonical catalogue name).
pub fn is_simulated(name: &str) -> bool {
    SIMULATED_SETTINGS.contains(&name)
}

/// Why the simulator ignores a setting, when it is one of the server-side sync settings it
/// leaves out.
pub fn not_simulated_because(name: &str) -> Option<&'static str> {
    NOT_SIMULATED
        .iter()
        .find(|(n, _)| n.eq_ignore_ascii_case(name))
        .map(|(_, why)| *why)
}

/// Retries after the first failed attempt before an item becomes undeliverable (SPEC section 3).
pub const MAX_RETRIES: i64 = 5;

#[cfg(test)]
mod tests {
    use super::*;

    /// Every listed setting is a catalogue setting spelt canonically, listed once.
    #[test]
    fn listed_settings_are_in_the_catalogue() {
        let names = SIMULATED_SETTINGS
            .iter()
            .chain(NOT_SIMULATED.iter().map(|(n, _)| n));
        let mut seen = std::collections::HashSet::new();
        for name in names {
            let def = crate::settings::Catalog::get().find(name);
            assert_eq!(def.map(|d| d.name.as_str()), Some(*name));
            assert!(seen.insert(*name), "{name} is listed twice");
        }
    }
}
