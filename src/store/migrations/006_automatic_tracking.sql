-- Automatic tracking: folder-level tracking rules, smart-matching hashes of tracked email, and
-- each user's tracking-token counter.

-- A rule follows its folder's id: renaming keeps it, a new folder with the old name does not
-- inherit it, and it only acts while the folder is under the Inbox.
CREATE TABLE folder_rule (
    id                  INTEGER PRIMARY KEY,
    mailbox_id          INTEGER NOT NULL REFERENCES mailbox (id) ON DELETE CASCADE,
    folder_id           INTEGER NOT NULL UNIQUE REFERENCES folder (id) ON DELETE CASCADE,
    regarding_record_id INTEGER REFERENCES record (id) ON DELETE SET NULL,
    created_at          TEXT    NOT NULL
);
CREATE INDEX folder_rule_mailbox ON folder_rule (mailbox_id);

-- Smart matching: hashes of the subject words and of the addresses of each tracked email.
CREATE TABLE email_hash (
    activity_id INTEGER NOT NULL REFERENCES activity (id) ON DELETE CASCADE,
    kind        INTEGER NOT NULL CHECK (kind IN (0, 1)),  -- 0 subject word, 1 address
    hash        INTEGER NOT NULL,
    created_at  TEXT    NOT NULL
);
CREATE INDEX email_hash_lookup ON email_hash (kind, hash, created_at);
CREATE INDEX email_hash_activity ON email_hash (activity_id, kind);

-- The per-user counter behind tracking tokens (a queue uses its owner's).
CREATE TABLE token_counter (
    user_id INTEGER PRIMARY KEY REFERENCES user (id) ON DELETE CASCADE,
    counter INTEGER NOT NULL
);
