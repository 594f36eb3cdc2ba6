//! Deletion rules between Outlook and Dynamics 365 (SPEC section 9), as pure decisions. The
//! cycle and the App for Outlook commands gather the facts and act on the answer.

use chrono::{DateTime, Utc};

use crate::model::tracking::{ActivityState, ItemKind};

/// What is known about a tracked item when one side deletes it.
#[derive(Debug, Clone, Copy)]
pub struct Facts {
    pub kind: ItemKind,
    pub activity_state: ActivityState,
    /// Appointment start and end (appointments only).
    pub starts_at: Option<DateTime<Utc>>,
    pub ends_at: Option<DateTime<Utc>>,
    /// The simulated clock.
    pub now: DateTime<Utc>,
    /// The mailbox owner organizes the appointment / owns the activity or record.
    pub user_is_organizer_or_owner: bool,
    /// `SSSTaskDeletionSyncBehaviorFromExchange`: 0 always, 1 only if not completed, 2 never.
    pub task_deletion_behavior: i64,
}

impl Facts {
    /// Not over yet: a meeting in progress is in the present.
    fn in_present_or_future(&self) -> bool {
        self.ends_at
            .or(self.starts_at)
            .is_none_or(|end| end >= self.now)
    }

    /// The Outlook-side rule speaks of the start: a meeting in progress started in the past.
    fn started_in_past(&self) -> bool {
        self.starts_at.is_some_and(|start| start < self.now)
    }
}

/// An item deleted in Outlook: does the activity (or record) go too?
pub fn outlook_delete_removes_activity(f: &Facts) -> Result<(), &'static str> {
    match f.kind {
        ItemKind::Email => Err("deleting an email in Outlook never deletes its activity"),
        ItemKind::Contact => {
            Err("deleting a contact in Outlook never deletes the Dynamics 365 record")
        }
        ItemKind::Appointment => {
            if f.activity_state != ActivityState::Open {
                Err("the appointment activity is completed or canceled, so it is kept")
            } else if f.started_in_past() {
                Err("the appointment started in the past, so its activity is kept")
            } else if !f.user_is_organizer_or_owner {
                Err("the mailbox owner is not the organizer, so the activity is kept")
            } else {
                Ok(())
            }
        }
        ItemKind::Task => match f.task_deletion_behavior {
            0 => Ok(()),
            1 if f.activity_state != ActivityState::Completed => Ok(()),
            1 => Err(
                "the task is completed and SSSTaskDeletionSyncBehaviorFromExchange is 1, so it is kept",
            ),
            _ => Err(
                "SSSTaskDeletionSyncBehaviorFromExchange is 2: task deletions in Outlook are not synchronized",
            ),
        },
    }
}

/// An activity (or record) deleted in Dynamics 365: does the Outlook item go too?
pub fn dynamics_delete_removes_item(f: &Facts) -> Result<(), &'static str> {
    match f.kind {
        ItemKind::Email => Err("deleting an email activity never deletes the email in Outlook"),
        ItemKind::Appointment => {
            if !f.in_present_or_future() {
                Err("the appointment is in the past, so the Outlook appointment is kept")
            } else if !f.user_is_organizer_or_owner {
                Err(
                    "the mailbox owner is not the owner or organizer, so the Outlook appointment is kept",
                )
            } else {
                Ok(())
            }
        }
        ItemKind::Contact if f.user_is_organizer_or_owner => Ok(()),
        ItemKind::Contact => {
            Err("the mailbox owner does not own the record, so the Outlook contact is kept")
        }
        ItemKind::Task if f.activity_state == ActivityState::Completed => {
            Err("the task is completed, so the Outlook task is kept")
        }
        ItemKind::Task => Ok(()),
    }
}

/// Untrack with `--delete-activity` (App for Outlook): may the activity (or record) be deleted?
pub fn untrack_may_delete(f: &Facts) -> Result<(), &'static str> {
    match f.kind {
        ItemKind::Email | ItemKind::Task => Ok(()),
        ItemKind::Appointment if f.in_present_or_future() && f.user_is_organizer_or_owner => Ok(()),
        ItemKind::Appointment => Err(
            "only a present or future appointment owned by the user can be deleted when untracking",
        ),
        ItemKind::Contact if f.user_is_organizer_or_owner => Ok(()),
        ItemKind::Contact => Err("only the record's owner can delete it when untracking"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn facts(kind: ItemKind) -> Facts {
        let now = Utc.with_ymd_and_hms(2026, 1, 5, 9, 0, 0).unwrap();
        Facts {
            kind,
            activity_state: ActivityState::Open,
            starts_at: Some(now + chrono::Duration::days(1)),
            ends_at: Some(now + chrono::Duration::days(1) + chrono::Duration::hours(1)),
            now,
            user_is_organizer_or_owner: true,
            task_deletion_behavior: 0,
        }
    }

    #[test]
    fn email_is_never_deleted_across() {
        assert!(outlook_delete_removes_activity(&facts(ItemKind::Email)).is_err());
        assert!(dynamics_delete_removes_item(&facts(ItemKind::Email)).is_err());
        assert!(untrack_may_delete(&facts(ItemKind::Email)).is_ok());
    }

    #[test]
    fn appointment_exceptions() {
        let future = facts(ItemKind::Appointment);
        assert!(outlook_delete_removes_activity(&future).is_ok());
        let past = Facts {
            starts_at: Some(future.now - chrono::Duration::hours(2)),
            ends_at: Some(future.now - chrono::Duration::hours(1)),
            ..future
        };
        // In progress: it started in the past, yet it is in the present.
        let ongoing = Facts {
            starts_at: Some(future.now - chrono::Duration::minutes(15)),
            ends_at: Some(future.now + chrono::Duration::minutes(45)),
            ..future
        };
        assert!(outlook_delete_removes_activity(&ongoing).is_err());
        assert!(dynamics_delete_removes_item(&ongoing).is_ok());
        assert!(untrack_may_delete(&ongoing).is_ok());
        assert!(outlook_delete_removes_activity(&past).is_err());
        assert!(dynamics_delete_removes_item(&past).is_err());
        let completed = Facts {
            activity_state: ActivityState::Completed,
            ..future
        };
        assert!(outlook_delete_removes_activity(&completed).is_err());
        let attendee = Facts {
            user_is_organizer_or_owner: false,
            ..future
        };
        assert!(outlook_delete_removes_activity(&attendee).is_err());
        assert!(untrack_may_delete(&attendee).is_err());
    }

    #[test]
    fn task_behavior_setting() {
        let open = facts(ItemKind::Task);
        let done = Facts {
            activity_state: ActivityState::Completed,
            ..open
        };
        assert!(
            outlook_delete_removes_activity(&Facts {
                task_deletion_behavior: 1,
                ..open
            })
            .is_ok()
        );
        assert!(
            outlook_delete_removes_activity(&Facts {
                task_deletion_behavior: 1,
                ..done
            })
            .is_err()
        );
        assert!(
            outlook_delete_removes_activity(&Facts {
                task_deletion_behavior: 2,
                ..open
            })
            .is_err()
        );
        assert!(dynamics_delete_removes_item(&done).is_err());
    }

    #[test]
    fn contact_ownership() {
        let owner = facts(ItemKind::Contact);
        assert!(outlook_delete_removes_activity(&owner).is_err());
        assert!(dynamics_delete_removes_item(&owner).is_ok());
        assert!(
            dynamics_delete_removes_item(&Facts {
                user_is_organizer_or_owner: false,
                ..owner
            })
            .is_err()
        );
    }
}
