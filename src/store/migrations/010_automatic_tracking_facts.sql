-- Automatic tracking facts the engine and the import need.

-- Why filtering accepted an automatically tracked email (FilterReason), kept on its activity
-- beside the correlation facts; NULL when filtering was not consulted (manual, folder rule,
-- sent from Dynamics 365).
ALTER TABLE activity ADD COLUMN filter_reason INTEGER;

-- A parent that arrives after its replies joins their conversation: find the replies by the
-- Message-ID they answer.
CREATE INDEX item_in_reply_to ON item (in_reply_to) WHERE in_reply_to IS NOT NULL;
