-- Tracking that matches the documentation (issue 18).

-- A record's secondary addresses (Dataverse emailaddress2 and emailaddress3): email resolves to
-- a record through any of its three addresses ("Associate an email address with a row").
ALTER TABLE record ADD COLUMN email2 TEXT COLLATE NOCASE;
ALTER TABLE record ADD COLUMN email3 TEXT COLLATE NOCASE;
CREATE INDEX record_email2 ON record (email2) WHERE email2 IS NOT NULL;
CREATE INDEX record_email3 ON record (email3) WHERE email3 IS NOT NULL;

-- Exchange item flags server-side sync reads: an email restricted by Information Rights
-- Management (RestrictIRMEmailItems), an appointment marked private (SSSSyncAppointmentIsPrivateFromExchange).
ALTER TABLE item ADD COLUMN irm_restricted INTEGER NOT NULL DEFAULT 0;
ALTER TABLE item ADD COLUMN private INTEGER NOT NULL DEFAULT 0;

-- An appointment activity marked private (isprivate).
ALTER TABLE activity ADD COLUMN private INTEGER NOT NULL DEFAULT 0;

-- An Outlook copy of a linked item (`item copy`): Exchange copies the link with the item
-- (IgnoreCopiedItemsInSSSForMailbox).
ALTER TABLE item ADD COLUMN copied_from_item_id INTEGER;

-- Item-level failures are kept ExchangeSyncIdMappingPersistenceTimeInDays days: each cycle
-- removes the older ones by time.
CREATE INDEX item_failure_time ON item_failure (failed_at);

-- An appointment saved as a draft in Dynamics 365 (AllowSaveAsDraftAppointment): not
-- synchronized to Exchange until it is sent.
ALTER TABLE activity ADD COLUMN draft INTEGER NOT NULL DEFAULT 0;
