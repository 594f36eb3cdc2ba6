-- Indexes sized for large orgs (issue 8), with the same answers to every query.

-- Smart matching looks candidates up by address hash only (`kind = 1`); subject-word hashes are
-- read per activity through `email_hash_activity`. Leaving them out of the lookup index takes
-- five of every seven index entries a tracked email adds off the hottest random-insert index.
DROP INDEX email_hash_lookup;
CREATE INDEX email_hash_address ON email_hash (hash, created_at) WHERE kind = 1;

-- `activity_message_direction` (message_id, direction) already finds a message's activities:
-- at most two rows per Message-ID, so ordering them needs no index of its own.
DROP INDEX activity_message;
