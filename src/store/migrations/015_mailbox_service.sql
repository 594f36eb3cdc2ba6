-- Mailboxes as the service runs them (issue 17).

-- A queue may convert "No email messages" (incomingemailfilteringmethod 4, queue table
-- reference): the check on convert_email widens, which SQLite does by rebuilding the table.
CREATE TABLE queue_rebuilt (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    name          TEXT    NOT NULL COLLATE NOCASE,
    owner_user_id INTEGER NOT NULL REFERENCES user (id),
    convert_email INTEGER NOT NULL CHECK (convert_email BETWEEN 0 AND 4),
    created_at    TEXT    NOT NULL
);
INSERT INTO queue_rebuilt (id, name, owner_user_id, convert_email, created_at)
SELECT id, name, owner_user_id, convert_email, created_at FROM queue;
-- Keep the queue ids' high-water mark (ids are never handed out twice).
UPDATE sqlite_sequence SET seq = max(seq, (SELECT seq FROM sqlite_sequence WHERE name = 'queue'))
 WHERE name = 'queue_rebuilt';
INSERT INTO sqlite_sequence (name, seq)
SELECT 'queue_rebuilt', seq FROM sqlite_sequence
 WHERE name = 'queue' AND NOT EXISTS (SELECT 1 FROM sqlite_sequence WHERE name = 'queue_rebuilt');
DROP TABLE queue;
ALTER TABLE queue_rebuilt RENAME TO queue;
CREATE INDEX queue_name ON queue (name);
CREATE INDEX queue_owner ON queue (owner_user_id);

-- Email server profiles (emailserverprofile): every mailbox has one; the Microsoft Exchange
-- Online profile exists from the start and is the default.
CREATE TABLE email_server_profile (
    id                 INTEGER PRIMARY KEY AUTOINCREMENT,
    name               TEXT    NOT NULL UNIQUE COLLATE NOCASE,
    server_type        INTEGER NOT NULL,             -- model::ServerType
    authentication     INTEGER NOT NULL,             -- model::Authentication
    process_email_from TEXT,                         -- processemailsreceivedafter
    owner_user_id      INTEGER REFERENCES user (id) ON DELETE SET NULL,
    notify_owner       INTEGER NOT NULL DEFAULT 1 CHECK (notify_owner IN (0, 1)),
    is_default         INTEGER NOT NULL DEFAULT 0 CHECK (is_default IN (0, 1))
);
CREATE UNIQUE INDEX email_server_profile_default ON email_server_profile (is_default)
    WHERE is_default = 1;
CREATE INDEX email_server_profile_owner ON email_server_profile (owner_user_id);
INSERT INTO email_server_profile (id, name, server_type, authentication, is_default)
VALUES (1, 'Microsoft Exchange Online', 5, 2, 1);

ALTER TABLE mailbox ADD COLUMN profile_id INTEGER NOT NULL DEFAULT 1
    REFERENCES email_server_profile (id);
CREATE INDEX mailbox_profile ON mailbox (profile_id);

-- The error model: consecutive transient failures of each direction, and when the next retry
-- is due (SPEC section 10: 10 retries, 5 minutes apart).
ALTER TABLE mailbox ADD COLUMN incoming_failures INTEGER NOT NULL DEFAULT 0;
ALTER TABLE mailbox ADD COLUMN outgoing_failures INTEGER NOT NULL DEFAULT 0;
ALTER TABLE mailbox ADD COLUMN act_failures INTEGER NOT NULL DEFAULT 0;
ALTER TABLE mailbox ADD COLUMN retry_at TEXT;
CREATE INDEX mailbox_retry ON mailbox (retry_at) WHERE retry_at IS NOT NULL;

-- Test & Enable as scheduled work (mailbox.testemailconfigurationscheduled): the next cycle
-- carries the test out.
ALTER TABLE mailbox ADD COLUMN test_scheduled INTEGER NOT NULL DEFAULT 0
    CHECK (test_scheduled IN (0, 1));

-- Injected faults, on a mailbox or on a profile (every mailbox on it).
CREATE TABLE fault (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    mailbox_id INTEGER REFERENCES mailbox (id) ON DELETE CASCADE,
    profile_id INTEGER REFERENCES email_server_profile (id) ON DELETE CASCADE,
    direction  INTEGER NOT NULL CHECK (direction BETWEEN 0 AND 2),  -- model::FaultDirection
    permanent  INTEGER NOT NULL CHECK (permanent IN (0, 1)),
    times      INTEGER,                                             -- failures left; NULL: until removed
    created_at TEXT    NOT NULL,
    CHECK ((mailbox_id IS NULL) <> (profile_id IS NULL))
);
CREATE INDEX fault_mailbox ON fault (mailbox_id) WHERE mailbox_id IS NOT NULL;
CREATE INDEX fault_profile ON fault (profile_id) WHERE profile_id IS NOT NULL;

-- Email sent from Dynamics 365 that its mailbox has not sent yet (Pending Send).
CREATE TABLE pending_send (
    activity_id INTEGER PRIMARY KEY REFERENCES activity (id) ON DELETE CASCADE,
    mailbox_id  INTEGER NOT NULL REFERENCES mailbox (id) ON DELETE CASCADE,
    subject     TEXT    NOT NULL,
    body        TEXT    NOT NULL,
    to_addrs    TEXT    NOT NULL,   -- JSON array
    cc_addrs    TEXT    NOT NULL,   -- JSON array
    in_reply_to TEXT,
    thread_index TEXT
);
CREATE INDEX pending_send_mailbox ON pending_send (mailbox_id, activity_id);

-- Item-level failures (EnableSssItemLevelMonitoring): one row per item that failed for good.
CREATE TABLE item_failure (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    mailbox_id INTEGER NOT NULL REFERENCES mailbox (id) ON DELETE CASCADE,
    item_id    INTEGER REFERENCES item (id) ON DELETE SET NULL,
    subject    TEXT    NOT NULL,
    error      TEXT    NOT NULL,    -- the service's error name (IsvAborted, ...)
    error_code INTEGER,             -- its number where documented
    message    TEXT    NOT NULL,
    attempts   INTEGER NOT NULL,
    failed_at  TEXT    NOT NULL
);
CREATE INDEX item_failure_mailbox ON item_failure (mailbox_id, id);
CREATE INDEX item_failure_item ON item_failure (item_id);
