-- The org directory: users and queues, each with one mailbox; the Exchange folders and master
-- categories of each mailbox; delegates; the Dynamics records email resolves to; alerts.
-- Option sets are stored as their Dataverse numbers (see src/model). Names and addresses
-- compare case-insensitively (NOCASE), and every lookup below has an index.

CREATE TABLE user (
    id          INTEGER PRIMARY KEY,
    name        TEXT    NOT NULL COLLATE NOCASE,
    track_email INTEGER NOT NULL CHECK (track_email BETWEEN 0 AND 4),
    created_at  TEXT    NOT NULL
);
CREATE INDEX user_name ON user (name);

CREATE TABLE queue (
    id            INTEGER PRIMARY KEY,
    name          TEXT    NOT NULL COLLATE NOCASE,
    owner_user_id INTEGER NOT NULL REFERENCES user (id),
    convert_email INTEGER NOT NULL CHECK (convert_email BETWEEN 0 AND 3),
    created_at    TEXT    NOT NULL
);
CREATE INDEX queue_name ON queue (name);
CREATE INDEX queue_owner ON queue (owner_user_id);

-- The mailbox holds the owner's email address, so an address is unique across users and
-- queues by construction. Its name is its owner's name.
CREATE TABLE mailbox (
    id                  INTEGER PRIMARY KEY,
    user_id             INTEGER UNIQUE REFERENCES user (id) ON DELETE CASCADE,
    queue_id            INTEGER UNIQUE REFERENCES queue (id) ON DELETE CASCADE,
    email               TEXT    NOT NULL UNIQUE COLLATE NOCASE,
    incoming_method     INTEGER NOT NULL CHECK (incoming_method BETWEEN 0 AND 3),
    outgoing_method     INTEGER NOT NULL CHECK (outgoing_method BETWEEN 0 AND 2),
    act_method          INTEGER NOT NULL CHECK (act_method BETWEEN 0 AND 2),
    incoming_status     INTEGER NOT NULL DEFAULT 0 CHECK (incoming_status BETWEEN 0 AND 2),
    outgoing_status     INTEGER NOT NULL DEFAULT 0 CHECK (outgoing_status BETWEEN 0 AND 2),
    act_status          INTEGER NOT NULL DEFAULT 0 CHECK (act_status BETWEEN 0 AND 2),
    approval            INTEGER NOT NULL DEFAULT 2 CHECK (approval BETWEEN 0 AND 3),
    enabled             INTEGER NOT NULL DEFAULT 1 CHECK (enabled IN (0, 1)),
    process_email_after TEXT    NOT NULL,  -- watermark: older email is not processed
    last_sync_at        TEXT,
    created_at          TEXT    NOT NULL,
    CHECK ((user_id IS NULL) <> (queue_id IS NULL)),
    CHECK (queue_id IS NULL OR act_method = 2),          -- queues: ACT none
    CHECK (incoming_method <> 3 OR outgoing_method = 0)  -- forward: no outgoing
);

-- Who may act in a mailbox besides its owner.
CREATE TABLE delegate (
    mailbox_id INTEGER NOT NULL REFERENCES mailbox (id) ON DELETE CASCADE,
    user_id    INTEGER NOT NULL REFERENCES user (id) ON DELETE CASCADE,
    permission TEXT    NOT NULL CHECK (permission IN ('reviewer', 'author', 'editor')),
    PRIMARY KEY (mailbox_id, user_id)
);
CREATE INDEX delegate_user ON delegate (user_id);

-- Exchange folders. A folder keeps its id across rename and move.
CREATE TABLE folder (
    id         INTEGER PRIMARY KEY,
    mailbox_id INTEGER NOT NULL REFERENCES mailbox (id) ON DELETE CASCADE,
    parent_id  INTEGER REFERENCES folder (id) ON DELETE CASCADE,
    name       TEXT    NOT NULL COLLATE NOCASE,
    well_known TEXT CHECK (well_known IN
        ('inbox', 'sent_items', 'calendar', 'tasks', 'contacts', 'deleted_items'))
);
-- Sibling names are unique, top-level ones too (parent 0 stands for the top).
CREATE UNIQUE INDEX folder_sibling_name ON folder (mailbox_id, coalesce(parent_id, 0), name);
CREATE UNIQUE INDEX folder_well_known ON folder (mailbox_id, well_known)
    WHERE well_known IS NOT NULL;
CREATE INDEX folder_parent ON folder (parent_id);

-- The mailbox's master category list (Outlook categories).
CREATE TABLE category (
    id         INTEGER PRIMARY KEY,
    mailbox_id INTEGER NOT NULL REFERENCES mailbox (id) ON DELETE CASCADE,
    name       TEXT    NOT NULL COLLATE NOCASE,
    role       TEXT CHECK (role IN ('tracked', 'undeliverable')),
    state      TEXT    NOT NULL DEFAULT 'active' CHECK (state IN ('active', 'soft_deleted')),
    created_at TEXT    NOT NULL,
    UNIQUE (mailbox_id, name)
);

-- Dynamics records: what email addresses resolve to and what activities are regarding.
CREATE TABLE record (
    id            INTEGER PRIMARY KEY,
    kind          TEXT    NOT NULL,  -- account, contact, lead, opportunity, case, or prefix_name
    name          TEXT    NOT NULL COLLATE NOCASE,
    email         TEXT COLLATE NOCASE,
    owner_user_id INTEGER REFERENCES user (id),
    state         TEXT    NOT NULL DEFAULT 'active' CHECK (state IN ('active', 'resolved')),
    created_at    TEXT    NOT NULL
);
CREATE INDEX record_name ON record (name);
CREATE INDEX record_email ON record (email);
CREATE INDEX record_kind ON record (kind);
CREATE INDEX record_owner ON record (owner_user_id);

-- Alerts (tracelog). The same alert for the same mailbox (NULL: the org) is one row whose
-- count and last_at grow.
CREATE TABLE alert (
    id         INTEGER PRIMARY KEY,
    mailbox_id INTEGER REFERENCES mailbox (id) ON DELETE CASCADE,
    level      INTEGER NOT NULL CHECK (level BETWEEN 1 AND 3),
    code       TEXT    NOT NULL,
    text       TEXT    NOT NULL,
    count      INTEGER NOT NULL DEFAULT 1,
    first_at   TEXT    NOT NULL,
    last_at    TEXT    NOT NULL
);
CREATE UNIQUE INDEX alert_identity ON alert (coalesce(mailbox_id, 0), code, text);
CREATE INDEX alert_last ON alert (last_at, id);
CREATE INDEX alert_mailbox_last ON alert (mailbox_id, last_at, id);
