-- The sync engine: Exchange items in mailbox folders, their categories, the Dynamics activities
-- they become, and customer plugins that make promotion fail. Work for the next cycle is found
-- through `item.pending` (a partial index), never by scanning every item.

CREATE TABLE item (
    id              INTEGER PRIMARY KEY,
    mailbox_id      INTEGER NOT NULL REFERENCES mailbox (id) ON DELETE CASCADE,
    folder_id       INTEGER NOT NULL REFERENCES folder (id),
    kind            INTEGER NOT NULL,            -- model::ItemKind
    subject         TEXT    NOT NULL,
    body            TEXT    NOT NULL DEFAULT '',
    -- email
    message_id      TEXT,                        -- without angle brackets
    in_reply_to     TEXT,
    refs            TEXT    NOT NULL DEFAULT '', -- References, space separated
    thread_index    TEXT,                        -- Outlook Thread-Index, base64 as received
    conversation_index TEXT,                     -- the same decoded, in hex (prefix = ancestor)
    conversation_id INTEGER,                     -- the item that started the conversation
    from_addr       TEXT,
    to_addrs        TEXT    NOT NULL DEFAULT '', -- comma separated
    cc_addrs        TEXT    NOT NULL DEFAULT '',
    bcc_addrs       TEXT    NOT NULL DEFAULT '',
    sent_at         TEXT,
    received_at     TEXT    NOT NULL,
    -- appointment / task / contact
    starts_at       TEXT,
    ends_at         TEXT,
    organizer       TEXT,
    attendees       TEXT    NOT NULL DEFAULT '',
    rrule           TEXT,
    series_item_id  INTEGER REFERENCES item (id) ON DELETE CASCADE, -- occurrence -> its series
    due_at          TEXT,
    completed       INTEGER NOT NULL DEFAULT 0,
    contact_email   TEXT,
    -- tracking
    tracking_state  INTEGER NOT NULL DEFAULT 0,  -- model::TrackingState
    tracking_method INTEGER,                     -- model::TrackingMethod
    activity_id     INTEGER REFERENCES activity (id) ON DELETE SET NULL,
    record_id       INTEGER REFERENCES record (id) ON DELETE SET NULL, -- tracked contact
    attempts        INTEGER NOT NULL DEFAULT 0,
    last_error      TEXT,
    pending         INTEGER,                     -- model::Pending: what the next cycle must do
    note            TEXT,                        -- why the last step did what it did
    evaluation      TEXT,                        -- JSON: why automatic tracking did what it did
    deleted         INTEGER NOT NULL DEFAULT 0   -- deleted in Outlook, kept until the next cycle applies it
);
CREATE INDEX item_mailbox_folder ON item (mailbox_id, folder_id, id);
CREATE INDEX item_pending ON item (mailbox_id, received_at, sent_at, id) WHERE pending IS NOT NULL;
CREATE INDEX item_message ON item (message_id) WHERE message_id IS NOT NULL;
CREATE INDEX item_conversation ON item (mailbox_id, conversation_id);
CREATE INDEX item_series ON item (series_item_id) WHERE series_item_id IS NOT NULL;
CREATE INDEX item_activity ON item (activity_id) WHERE activity_id IS NOT NULL;
CREATE INDEX item_record ON item (record_id) WHERE record_id IS NOT NULL;
CREATE INDEX item_conversation_index ON item (conversation_index) WHERE conversation_index IS NOT NULL;
-- The 22-byte header block (44 hex digits) names an Outlook conversation.
CREATE INDEX item_conversation_key ON item (substr(conversation_index, 1, 44)) WHERE conversation_index IS NOT NULL;

CREATE TABLE item_category (
    item_id     INTEGER NOT NULL REFERENCES item (id) ON DELETE CASCADE,
    category_id INTEGER NOT NULL REFERENCES category (id) ON DELETE CASCADE,
    PRIMARY KEY (item_id, category_id)
) WITHOUT ROWID;
CREATE INDEX item_category_category ON item_category (category_id);

CREATE TABLE activity (
    id                     INTEGER PRIMARY KEY,
    kind                   INTEGER NOT NULL,     -- model::ActivityKind
    subject                TEXT    NOT NULL,
    message_id             TEXT,
    direction              INTEGER,              -- model::Direction (email only)
    owner_user_id          INTEGER REFERENCES user (id),
    regarding_record_id    INTEGER REFERENCES record (id) ON DELETE SET NULL,
    correlation_method     INTEGER NOT NULL DEFAULT 0, -- model::CorrelationMethod
    correlated_activity_id INTEGER REFERENCES activity (id) ON DELETE SET NULL,
    parent_activity_id     INTEGER REFERENCES activity (id) ON DELETE SET NULL,
    accepting_mailbox_id   INTEGER REFERENCES mailbox (id) ON DELETE SET NULL,
    receiving_mailbox_id   INTEGER REFERENCES mailbox (id) ON DELETE SET NULL,
    series_activity_id     INTEGER REFERENCES activity (id) ON DELETE CASCADE,
    state                  INTEGER NOT NULL DEFAULT 0, -- model::ActivityState
    starts_at              TEXT,
    ends_at                TEXT,
    organizer              TEXT,
    tracking_token         TEXT,
    created_at             TEXT    NOT NULL
);
-- One message is one activity per direction.
CREATE UNIQUE INDEX activity_message_direction ON activity (message_id, direction)
    WHERE message_id IS NOT NULL;
CREATE INDEX activity_regarding ON activity (regarding_record_id);
CREATE INDEX activity_token ON activity (tracking_token COLLATE NOCASE) WHERE tracking_token IS NOT NULL;
CREATE INDEX activity_message ON activity (message_id, created_at) WHERE message_id IS NOT NULL;
CREATE INDEX activity_owner ON activity (owner_user_id);
CREATE INDEX activity_series ON activity (series_activity_id) WHERE series_activity_id IS NOT NULL;

CREATE TABLE activity_party (
    activity_id INTEGER NOT NULL REFERENCES activity (id) ON DELETE CASCADE,
    role        TEXT    NOT NULL CHECK (role IN ('from', 'to', 'cc', 'bcc', 'organizer', 'attendee', 'owner')),
    address     TEXT    NOT NULL COLLATE NOCASE,
    PRIMARY KEY (activity_id, role, address)
) WITHOUT ROWID;

-- Customer plugins registered on activity creation that fail it (always, or the first N times).
CREATE TABLE plugin (
    id               INTEGER PRIMARY KEY,
    name             TEXT    NOT NULL UNIQUE COLLATE NOCASE,
    on_kind          INTEGER,                    -- model::ActivityKind, NULL = every kind
    subject_contains TEXT,
    error            TEXT    NOT NULL CHECK (error IN ('plugin', 'timeout', 'invalid_sender')),
    times            INTEGER,                    -- NULL = always
    fired            INTEGER NOT NULL DEFAULT 0
);

-- One row per finished cycle, for `sync` summaries and `clock show`.
CREATE TABLE cycle (
    id            INTEGER PRIMARY KEY,
    started_at    TEXT    NOT NULL,
    mailboxes     INTEGER NOT NULL,
    tracked       INTEGER NOT NULL,
    untracked     INTEGER NOT NULL,
    retried       INTEGER NOT NULL,
    failed        INTEGER NOT NULL,
    undeliverable INTEGER NOT NULL,
    deleted       INTEGER NOT NULL,
    alerts        INTEGER NOT NULL
);
