-- Tracking token prefixes the org used before its current `trackingprefix`: tokens carrying
-- them still correlate. Letter case does not make another prefix (parsing ignores it).
CREATE TABLE tracking_prefix_history (
    prefix     TEXT PRIMARY KEY COLLATE NOCASE,
    retired_at TEXT NOT NULL  -- simulated time it stopped being current, RFC 3339 UTC
);
