-- What happened to items and activities, kept after they are deleted (issue 19): `item history`,
-- `activity history` and `explain` of something deleted read it. Rows are written by the
-- triggers below, inside the statement that made the change, so every path that changes an
-- item or an activity (commands, the App for Outlook, a cycle, a cascade) leaves its event in
-- the same transaction, at the cost of one indexed insert.
--
-- `item_id` and `activity_id` carry no foreign key: the rows outlive what they name (ids are
-- never reused, migration 012). An item's event names the activity it concerns, so an
-- activity's history is every row with its `activity_id`.
-- A cycle's summary tells Outlook items removed (`deleted`) and activities deleted apart.
ALTER TABLE cycle ADD COLUMN activities_deleted INTEGER NOT NULL DEFAULT 0;

CREATE TABLE history (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    item_id     INTEGER,
    activity_id INTEGER,
    event       TEXT    NOT NULL,  -- received, sent, created, categorized, uncategorized, tracked,
                                   -- untracked, failed, undeliverable, deleted, removed
    at          TEXT    NOT NULL,  -- the simulated clock
    cycle       INTEGER,           -- the sync cycle that did it; NULL outside a cycle
    actor       TEXT    NOT NULL,  -- who: a user's name, server-side sync, the App for Outlook...
    method      INTEGER,           -- model::TrackingMethod of tracking events
    detail      TEXT,              -- the error of a failure
    snapshot    TEXT               -- JSON: what was deleted, as it was
);
CREATE INDEX history_item ON history (item_id);
CREATE INDEX history_activity ON history (activity_id);

-- Who the current write transaction acts for, and in which cycle: set at the start of every
-- write transaction (both NULL) and by whoever knows better (a cycle, `--as`, the App). NULL
-- actor: each event's usual actor (Exchange receives, the mailbox's owner categorizes and
-- deletes in Outlook, server-side sync tracks). Always exactly one row.
CREATE TABLE history_context (
    actor TEXT,
    cycle INTEGER
);
INSERT INTO history_context (actor, cycle) VALUES (NULL, NULL);

-- The name of a mailbox's owner (a user or a queue), for events an owner does in Outlook.
CREATE VIEW mailbox_owner AS
SELECT m.id AS mailbox_id, coalesce(u.name, q.name) AS name
  FROM mailbox m LEFT JOIN user u ON u.id = m.user_id LEFT JOIN queue q ON q.id = m.queue_id;

-- An email arrives (Exchange delivers it) or is sent (it lands in Sent Items); an appointment,
-- task or contact is created by the mailbox's owner.
CREATE TRIGGER history_item_received AFTER INSERT ON item
BEGIN
    INSERT INTO history (item_id, event, at, cycle, actor)
    SELECT NEW.id, e.event, o.clock, c.cycle,
           coalesce(c.actor,
                    CASE e.event WHEN 'received' THEN 'Exchange'
                         ELSE (SELECT name FROM mailbox_owner WHERE mailbox_id = NEW.mailbox_id) END,
                    'Outlook')
      FROM org o, history_context c,
           (SELECT CASE WHEN NEW.kind <> 0 THEN 'created'
                        WHEN (SELECT well_known FROM folder WHERE id = NEW.folder_id) = 'sent_items'
                        THEN 'sent'
                        ELSE 'received' END AS event) e;
END;

CREATE TRIGGER history_item_tracking AFTER UPDATE OF tracking_state, activity_id ON item
-- Pending (1) is the intent, already told by `categorized`; an activity deleted under a tracked
-- item (its link set to NULL) is told by the activity's own event.
WHEN (OLD.tracking_state IS NOT NEW.tracking_state
      OR (NEW.activity_id IS NOT NULL AND OLD.activity_id IS NOT NEW.activity_id))
     AND NEW.tracking_state <> 1
BEGIN
    INSERT INTO history (item_id, activity_id, event, at, cycle, actor, method, detail)
    SELECT NEW.id, coalesce(NEW.activity_id, OLD.activity_id),
           CASE NEW.tracking_state WHEN 0 THEN 'untracked' WHEN 2 THEN 'tracked'
                WHEN 3 THEN 'failed' ELSE 'undeliverable' END,
           o.clock, c.cycle, coalesce(c.actor, 'server-side sync'),
           coalesce(NEW.tracking_method, OLD.tracking_method), NEW.last_error
      FROM org o, history_context c;
END;

CREATE TRIGGER history_item_deleted AFTER UPDATE OF deleted ON item
WHEN NEW.deleted = 1 AND OLD.deleted = 0
BEGIN
    INSERT INTO history (item_id, activity_id, event, at, cycle, actor)
    SELECT NEW.id, NEW.activity_id, 'deleted', o.clock, c.cycle,
           coalesce(c.actor, (SELECT name FROM mailbox_owner WHERE mailbox_id = NEW.mailbox_id), 'Outlook')
      FROM org o, history_context c;
END;

CREATE TRIGGER history_item_removed AFTER DELETE ON item
BEGIN
    INSERT INTO history (item_id, activity_id, event, at, cycle, actor, method, snapshot)
    SELECT OLD.id, OLD.activity_id, 'removed', o.clock, c.cycle,
           coalesce(c.actor, 'server-side sync'), OLD.tracking_method,
           json_object('kind', OLD.kind, 'subject', OLD.subject, 'mailbox_id', OLD.mailbox_id,
                       'mailbox', (SELECT name FROM mailbox_owner WHERE mailbox_id = OLD.mailbox_id),
                       'message_id', OLD.message_id, 'from', OLD.from_addr,
                       'received_at', OLD.received_at, 'starts_at', OLD.starts_at,
                       'tracking_state', OLD.tracking_state, 'tracking_method', OLD.tracking_method,
                       'activity_id', OLD.activity_id, 'record_id', OLD.record_id,
                       'note', OLD.note, 'evaluation', OLD.evaluation)
      FROM org o, history_context c;
END;

-- Only the tracking category counts: the category a user's intent to track is carried by.
CREATE TRIGGER history_item_categorized AFTER INSERT ON item_category
WHEN (SELECT role FROM category WHERE id = NEW.category_id) = 'tracked'
BEGIN
    INSERT INTO history (item_id, event, at, cycle, actor)
    SELECT NEW.item_id, 'categorized', o.clock, c.cycle,
           coalesce(c.actor, (SELECT m.name FROM item i JOIN mailbox_owner m ON m.mailbox_id = i.mailbox_id
                               WHERE i.id = NEW.item_id), 'Outlook')
      FROM org o, history_context c;
END;

-- Not when the category goes with its item (the item's own event says it) or with the category.
CREATE TRIGGER history_item_uncategorized AFTER DELETE ON item_category
WHEN (SELECT role FROM category WHERE id = OLD.category_id) = 'tracked'
     AND EXISTS (SELECT 1 FROM item WHERE id = OLD.item_id)
BEGIN
    INSERT INTO history (item_id, event, at, cycle, actor)
    SELECT OLD.item_id, 'uncategorized', o.clock, c.cycle,
           coalesce(c.actor, (SELECT m.name FROM item i JOIN mailbox_owner m ON m.mailbox_id = i.mailbox_id
                               WHERE i.id = OLD.item_id), 'Outlook')
      FROM org o, history_context c;
END;

CREATE TRIGGER history_activity_created AFTER INSERT ON activity
BEGIN
    INSERT INTO history (activity_id, event, at, cycle, actor)
    SELECT NEW.id, 'created', o.clock, c.cycle, coalesce(c.actor, 'server-side sync')
      FROM org o, history_context c;
END;

CREATE TRIGGER history_activity_deleted AFTER DELETE ON activity
BEGIN
    INSERT INTO history (activity_id, event, at, cycle, actor, snapshot)
    SELECT OLD.id, 'deleted', o.clock, c.cycle, coalesce(c.actor, 'Dynamics 365'),
           json_object('kind', OLD.kind, 'subject', OLD.subject, 'message_id', OLD.message_id,
                       'direction', OLD.direction, 'owner_id', OLD.owner_user_id,
                       'regarding_id', OLD.regarding_record_id,
                       'correlation_method', OLD.correlation_method,
                       'accepting_mailbox_id', OLD.accepting_mailbox_id,
                       'receiving_mailbox_id', OLD.receiving_mailbox_id,
                       'filter_reason', OLD.filter_reason, 'state', OLD.state,
                       'created_at', OLD.created_at)
      FROM org o, history_context c;
END;
