-- Rules on both sides of tracking: Outlook inbox rules (Exchange) that act on mail as it
-- arrives, and automatic record creation and update rules (Dynamics) that turn email tracked
-- through a queue into records; the queue items such email gets; the case lifecycle.

-- An inbox rule of one mailbox. Rules run in `position` order on every message arriving in
-- the Inbox. Conditions left NULL match everything; all given ones must hold. A category or
-- folder is followed by its id (renaming keeps the rule working); the name as given stays in
-- `has_category` so a rule whose category was deleted still says what it looked for.
CREATE TABLE inbox_rule (
    id               INTEGER PRIMARY KEY,
    mailbox_id       INTEGER NOT NULL REFERENCES mailbox (id) ON DELETE CASCADE,
    name             TEXT    NOT NULL COLLATE NOCASE,
    position         INTEGER NOT NULL,
    from_addr        TEXT COLLATE NOCASE,  -- an address, or a domain: any sender in it
    to_addr          TEXT COLLATE NOCASE,  -- the same, for any To or Cc recipient
    subject_contains TEXT,
    has_category     TEXT,
    has_category_id  INTEGER REFERENCES category (id) ON DELETE SET NULL,
    stop             INTEGER NOT NULL DEFAULT 0 CHECK (stop IN (0, 1)),
    enabled          INTEGER NOT NULL DEFAULT 1 CHECK (enabled IN (0, 1)),
    created_at       TEXT    NOT NULL,
    UNIQUE (mailbox_id, name)
);
CREATE INDEX inbox_rule_order ON inbox_rule (mailbox_id, position);
CREATE INDEX inbox_rule_category ON inbox_rule (has_category_id) WHERE has_category_id IS NOT NULL;

-- What a rule does, in order. `target` is the category name or folder path as given, shown
-- when the category or folder it points to is gone.
CREATE TABLE inbox_rule_action (
    rule_id     INTEGER NOT NULL REFERENCES inbox_rule (id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    kind        INTEGER NOT NULL,  -- model::rules::InboxAction
    category_id INTEGER REFERENCES category (id) ON DELETE SET NULL,
    folder_id   INTEGER REFERENCES folder (id) ON DELETE SET NULL,
    target      TEXT    NOT NULL,
    PRIMARY KEY (rule_id, position)
) WITHOUT ROWID;
CREATE INDEX inbox_rule_action_category ON inbox_rule_action (category_id) WHERE category_id IS NOT NULL;
CREATE INDEX inbox_rule_action_folder ON inbox_rule_action (folder_id) WHERE folder_id IS NOT NULL;

-- The inbox rules that acted on an item when it arrived, in order, with what each did (a JSON
-- array of sentences). The rule's name is kept as it was: the rule may be removed later.
CREATE TABLE item_inbox_rule (
    item_id INTEGER NOT NULL REFERENCES item (id) ON DELETE CASCADE,
    seq     INTEGER NOT NULL,
    rule    TEXT    NOT NULL,
    actions TEXT    NOT NULL,
    PRIMARY KEY (item_id, seq)
) WITHOUT ROWID;

-- Automatic record creation and update rules, one per queue at most active at a time (a new
-- rule starts inactive, as a draft does in Dynamics 365).
CREATE TABLE record_rule (
    id                    INTEGER PRIMARY KEY,
    name                  TEXT    NOT NULL UNIQUE COLLATE NOCASE,
    queue_id              INTEGER NOT NULL REFERENCES queue (id) ON DELETE CASCADE,
    create_kind           TEXT    NOT NULL,  -- the record kind its items create
    owner_user_id         INTEGER NOT NULL REFERENCES user (id),
    allow_unknown_senders INTEGER NOT NULL DEFAULT 0 CHECK (allow_unknown_senders IN (0, 1)),
    create_contact        INTEGER NOT NULL DEFAULT 0 CHECK (create_contact IN (0, 1)),
    wait_minutes          INTEGER NOT NULL DEFAULT 0 CHECK (wait_minutes >= 0),
    active                INTEGER NOT NULL DEFAULT 0 CHECK (active IN (0, 1)),
    created_at            TEXT    NOT NULL
);
CREATE INDEX record_rule_queue ON record_rule (queue_id);
CREATE UNIQUE INDEX record_rule_one_active ON record_rule (queue_id) WHERE active = 1;
CREATE INDEX record_rule_owner ON record_rule (owner_user_id);

-- The rule's items, evaluated in `position` order; the first whose conditions all hold fires.
CREATE TABLE record_rule_item (
    rule_id          INTEGER NOT NULL REFERENCES record_rule (id) ON DELETE CASCADE,
    position         INTEGER NOT NULL,
    name             TEXT    NOT NULL,
    subject_contains TEXT,
    from_domain      TEXT COLLATE NOCASE,
    priority         INTEGER CHECK (priority BETWEEN 1 AND 3),  -- model::rules::Priority
    PRIMARY KEY (rule_id, position)
) WITHOUT ROWID;

-- What a record rule did with an email activity. An activity is processed once, whichever
-- mailbox's copy reaches it first; later paths to it see this row.
CREATE TABLE record_rule_run (
    activity_id  INTEGER PRIMARY KEY REFERENCES activity (id) ON DELETE CASCADE,
    rule         TEXT    NOT NULL,
    outcome      INTEGER NOT NULL,  -- model::rules::RuleOutcome
    item         INTEGER,
    record_id    INTEGER REFERENCES record (id) ON DELETE SET NULL,
    processed_at TEXT    NOT NULL
);
CREATE INDEX record_rule_run_record ON record_rule_run (record_id) WHERE record_id IS NOT NULL;

-- Queue items: an email tracked through a queue waits in it, once per queue.
CREATE TABLE queue_item (
    id          INTEGER PRIMARY KEY,
    queue_id    INTEGER NOT NULL REFERENCES queue (id) ON DELETE CASCADE,
    activity_id INTEGER NOT NULL REFERENCES activity (id) ON DELETE CASCADE,
    origin      INTEGER NOT NULL,            -- model::rules::QueueItemOrigin
    state       INTEGER NOT NULL DEFAULT 0,  -- model::rules::QueueItemState
    created_at  TEXT    NOT NULL,
    UNIQUE (queue_id, activity_id)
);
CREATE INDEX queue_item_activity ON queue_item (activity_id);

-- The case lifecycle: when a record was resolved, and the priority a rule item gave it.
ALTER TABLE record ADD COLUMN resolved_at TEXT;
ALTER TABLE record ADD COLUMN priority INTEGER CHECK (priority BETWEEN 1 AND 3);  -- model::rules::Priority
