-- A parent that arrives after its replies joins their conversation: find the replies by the
-- Message-ID they answer.
CREATE INDEX item_in_reply_to ON item (in_reply_to) WHERE in_reply_to IS NOT NULL;
