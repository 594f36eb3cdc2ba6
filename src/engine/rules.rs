//! The org settings the engine decides by, read once per cycle (or per command) instead of once
//! per item: a cycle over a large org must not re-read and re-compile them for every email.

use rusqlite::Connection;

use super::calendar::CalendarRules;
use super::resolution::ResolutionRules;
use crate::correlate::smart_match::SmartMatchConfig;
use crate::error::Result;
use crate::model::TrackEmail;
use crate::store::settings::{effective, flag, number};
use crate::store::{org, tokens};
use crate::version::Version;

/// Auto-categorization of other recipients' copies exists from this version on.
const AUTO_CATEGORIZATION_SINCE: Version = Version::new(9, 1, 0, 23475);

pub struct OrgRules {
    /// `TrackCategorizedItems`.
    pub category_tracking: bool,
    /// Copies of automatically tracked email in other mailboxes get the category too.
    pub auto_categorize: bool,
    /// In-Reply-To and conversation index (`emailcorrelationenabled` and not
    /// `IgnoreConversationIndexAndInReplyToForCorrelation`).
    pub header_correlation: bool,
    /// `DoNotCorrelateForwardedEmailsAsReplies`.
    pub forwards_are_not_replies: bool,
    pub tokens: tokens::TokenSettings,
    /// `enablesmartmatching`, unless the legacy `DisableSmartMatching`.
    pub smart_matching: bool,
    pub smart: SmartMatchConfig,
    /// Hashes are written for tracked email unless `DisableSmartMatchingEmailHashCreation`.
    pub store_hashes: bool,
    /// `isfolderbasedtrackingenabled`.
    pub folder_tracking: bool,
    /// "Track emails sent between users as two activities" (`ignoreinternalemail` off).
    pub two_activities: bool,
    pub internal_detection_enhancement: bool,
    pub internal_to_queues_kept: bool,
    pub internal_from_queues_rejected: bool,
    /// `AutoTrackSentFolderItems`.
    pub auto_track_sent: bool,
    /// `UseFilteringMethodOfSyncingMailboxOnlyForCorrelation`.
    pub syncing_mailbox_only: bool,
    /// `SSSForceFilteringMethodForUserMailboxes` when 0..4.
    pub forced_user_filter: Option<TrackEmail>,
    /// `MaximumSubjectLengthOnMailServer`.
    pub max_subject_length: usize,
    /// `SSSTaskDeletionSyncBehaviorFromExchange`.
    pub task_deletion_behavior: i64,
    /// `maxfolderbasedtrackingmappings`.
    pub max_folder_rules: i64,
    /// Which queues get a queue item for email tracked through them.
    pub queue_items: QueueItemRules,
    /// How the addresses of an email resolve to users, queues and records.
    pub resolution: ResolutionRules,
    /// Appointments: who may track them, and what reaches Exchange.
    pub calendar: CalendarRules,
    /// `SSSSaveOutgoingEmailToExchangeSentFolder`: email sent from Dynamics 365 keeps a copy
    /// in the sender's Sent Items.
    pub save_sent_from_dynamics: bool,
    /// `EnableMailboxDelegationForOutgoingEmail`: email sent from Dynamics 365 as another
    /// mailbox goes out through the submitter's.
    pub mailbox_delegation: bool,
    /// `EnableSssItemLevelMonitoring`: items not promoted get a row in `item failures`.
    pub item_level_monitoring: bool,
    /// `AllowPromoteDuplicates`: a tracked Outlook contact becomes a new record even when a
    /// contact with its address exists.
    pub allow_promote_duplicates: bool,
    /// `AutoCreateContactOnPromote`: an email tracked by hand from an unknown sender creates a
    /// contact.
    pub auto_create_contact: bool,
    /// `RestrictIRMEmailItems`: email restricted with IRM is not synchronized.
    pub restrict_irm: bool,
    /// `ValidateContactBeforeTracking`: an Outlook contact is checked against the contact
    /// table's columns before it is tracked.
    pub validate_contacts: bool,
    /// `DistinctPhysicalAndLogicalDeletesForExchangeSync`: an activity that leaves a user's
    /// synchronization filter is unlinked in Exchange rather than deleted.
    pub distinct_logical_deletes: bool,
    /// `IgnoreCopiedItemsInSSSForMailbox`: an Outlook copy of a linked item is not inserted.
    pub ignore_copies: bool,
    /// `ExchangeSyncIdMappingPersistenceTimeInDays`: how long item-level failures are kept.
    pub failure_days: i64,
    /// `AllowSaveAsDraftAppointment`: appointments may be saved as drafts in Dynamics 365.
    pub allow_draft_appointments: bool,
    /// `AddParentEntityToRelatedOnNewActivityCreate`: an activity created from a record's
    /// timeline is regarding that record.
    pub parent_is_regarding: bool,
}

/// The settings that give email tracked through queues its queue items.
pub struct QueueItemRules {
    /// `CreateQueueItemsForAcceptingQueueRecipients`.
    pub for_recipients: bool,
    /// `CreateQueueItemForSynchronizingMailbox`.
    pub for_synchronizing_mailbox: bool,
    /// `SSSCreateAdditionalQueueItemsForAlreadyTrackedEmail`.
    pub for_already_tracked: bool,
}

impl OrgRules {
    pub fn load(conn: &Connection) -> Result<OrgRules> {
        let correlation = flag(conn, "emailcorrelationenabled")?;
        let keywords = effective(conn, "hashfilterkeywords")?
            .map(|v| v.to_string())
            .unwrap_or_default();
        let count = |name: &str, fallback: i64| -> Result<usize> {
            Ok(number(conn, name, fallback)?.max(0) as usize)
        };
        Ok(OrgRules {
            category_tracking: flag(conn, "TrackCategorizedItems")?,
            auto_categorize: org::load(conn)?.version >= AUTO_CATEGORIZATION_SINCE,
            header_correlation: correlation
                && !flag(conn, "IgnoreConversationIndexAndInReplyToForCorrelation")?,
            forwards_are_not_replies: flag(conn, "DoNotCorrelateForwardedEmailsAsReplies")?,
            tokens: tokens::load(conn)?,
            // The legacy OrgDB switch still turns smart matching off.
            smart_matching: flag(conn, "enablesmartmatching")?
                && !flag(conn, "DisableSmartMatching")?,
            smart: SmartMatchConfig::new(
                &keywords,
                count("hashmaxcount", 20)?,
                count("hashdeltasubjectcount", 0)?,
                count("hashminaddresscount", 2)?,
            )?,
            store_hashes: !flag(conn, "DisableSmartMatchingEmailHashCreation")?,
            folder_tracking: flag(conn, "isfolderbasedtrackingenabled")?,
            two_activities: !flag(conn, "ignoreinternalemail")?,
            internal_detection_enhancement: flag(conn, "IgnoreInternalEmailDetectionEnhancement")?,
            internal_to_queues_kept: flag(conn, "DoNotIgnoreInternalEmailToQueues")?,
            internal_from_queues_rejected: flag(conn, "IgnoreInternalEmailFromQueues")?,
            auto_track_sent: flag(conn, "AutoTrackSentFolderItems")?,
            syncing_mailbox_only: flag(
                conn,
                "UseFilteringMethodOfSyncingMailboxOnlyForCorrelation",
            )?,
            forced_user_filter: TrackEmail::from_number(number(
                conn,
                "SSSForceFilteringMethodForUserMailboxes",
                -1,
            )?),
            max_subject_length: count("MaximumSubjectLengthOnMailServer", 255)?,
            task_deletion_behavior: task_deletion_behavior(conn)?,
            max_folder_rules: number(conn, "maxfolderbasedtrackingmappings", 25)?,
            queue_items: QueueItemRules {
                for_recipients: flag(conn, "CreateQueueItemsForAcceptingQueueRecipients")?,
                for_synchronizing_mailbox: flag(conn, "CreateQueueItemForSynchronizingMailbox")?,
                for_already_tracked: flag(
                    conn,
                    "SSSCreateAdditionalQueueItemsForAlreadyTrackedEmail",
                )?,
            },
            resolution: ResolutionRules {
                unresolve_sender_if_several: flag(conn, "UnresolveSenderInCaseOfMultipleMatch")?,
                unresolve_recipients_if_several: flag(
                    conn,
                    "unresolveemailaddressifmultiplematch",
                )?,
                include_inactive: flag(conn, "ResolveForInactiveEntities")?,
            },
            calendar: CalendarRules {
                track_from_non_organizer: flag(conn, "TrackAppointmentsFromNonOrganizer")?,
                propagate_cancellations: flag(
                    conn,
                    "SSSPropagateAppointmentCancellationsToExchange",
                )?,
                update_past_meetings: flag(conn, "SSSUpdatePastMeetingsInNonDraftMode")?,
                force_organizer_sync: flag(
                    conn,
                    "ForceOrganizerSyncForAttendeeTrackedAppointment",
                )?,
                sync_private: flag(conn, "SSSSyncAppointmentIsPrivateFromExchange")?,
                crm_organizer_for_empty: flag(conn, "UseCrmOrganizerForEmptyExchangeOrganizer")?,
                assigned_tasks_sync: flag(conn, "isassignedtaskssyncenabled")?,
            },
            save_sent_from_dynamics: flag(conn, "SSSSaveOutgoingEmailToExchangeSentFolder")?,
            mailbox_delegation: flag(conn, "EnableMailboxDelegationForOutgoingEmail")?,
            item_level_monitoring: flag(conn, "EnableSssItemLevelMonitoring")?,
            allow_promote_duplicates: flag(conn, "AllowPromoteDuplicates")?,
            auto_create_contact: flag(conn, "AutoCreateContactOnPromote")?,
            restrict_irm: flag(conn, "RestrictIRMEmailItems")?,
            validate_contacts: flag(conn, "ValidateContactBeforeTracking")?,
            distinct_logical_deletes: flag(
                conn,
                "DistinctPhysicalAndLogicalDeletesForExchangeSync",
            )?,
            ignore_copies: flag(conn, "IgnoreCopiedItemsInSSSForMailbox")?,
            failure_days: number(conn, "ExchangeSyncIdMappingPersistenceTimeInDays", 3)?,
            allow_draft_appointments: flag(conn, "AllowSaveAsDraftAppointment")?,
            parent_is_regarding: flag(conn, "AddParentEntityToRelatedOnNewActivityCreate")?,
        })
    }
}

/// `SSSTaskDeletionSyncBehaviorFromExchange`: 0 always, 1 only if not completed, 2 never.
pub fn task_deletion_behavior(conn: &Connection) -> Result<i64> {
    number(conn, "SSSTaskDeletionSyncBehaviorFromExchange", 0)
}
