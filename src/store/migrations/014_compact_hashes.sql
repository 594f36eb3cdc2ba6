-- Smart-matching hashes stored compactly (issue 14): a tracked email wrote seven `email_hash`
-- rows, each with its own `created_at` text and two index entries. Now it writes one row of
-- subject-word hashes (a blob, appended in activity order) and one small row per address, keyed
-- by activity (appended too) with one lookup index by hash. The time a hash was stored is its
-- activity's `created_at`, where it already was. Activity ids are unchanged.

-- The subject-word hashes of an email activity, 8 bytes each (big-endian), in subject order.
CREATE TABLE email_subject_hash (
    activity_id INTEGER PRIMARY KEY REFERENCES activity (id) ON DELETE CASCADE,
    hashes      BLOB    NOT NULL
);

-- The distinct address hashes of an email activity.
CREATE TABLE email_address_hash (
    activity_id INTEGER NOT NULL REFERENCES activity (id) ON DELETE CASCADE,
    hash        INTEGER NOT NULL,
    PRIMARY KEY (activity_id, hash)
) WITHOUT ROWID;
CREATE INDEX email_address_hash_lookup ON email_address_hash (hash);

INSERT INTO email_subject_hash (activity_id, hashes)
SELECT activity_id, unhex(group_concat(printf('%016x', hash), '' ORDER BY rowid))
FROM email_hash WHERE kind = 0 GROUP BY activity_id;

INSERT INTO email_address_hash (activity_id, hash)
SELECT DISTINCT activity_id, hash FROM email_hash WHERE kind = 1;

DROP TABLE email_hash;
