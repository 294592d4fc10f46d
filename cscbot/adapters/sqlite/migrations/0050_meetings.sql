-- Meetings: the secretariat's overrides (by mail command) and the invitations sent per meeting.

-- Every `meeting <YYYY-MM> moved to ... | cancelled` command, in order (history kept; they
-- apply after the config's overrides, in id order).
CREATE TABLE meeting_overrides (
    id          INTEGER PRIMARY KEY,
    month       TEXT NOT NULL,              -- YYYY-MM of the regular meeting it changes
    moved_to    TEXT,                       -- ISO 8601 UTC, or NULL
    cancelled   INTEGER NOT NULL DEFAULT 0 CHECK (cancelled IN (0, 1)),
    by          TEXT NOT NULL,
    created_at  TEXT NOT NULL
);
CREATE INDEX meeting_overrides_month ON meeting_overrides (month);

-- The last calendar state members were sent for each meeting (its SEQUENCE, start, status):
-- a later change to the meeting (config edit or command) sends an update or a cancellation.
CREATE TABLE meeting_invitations (
    meeting_id  TEXT PRIMARY KEY,           -- '2026-12' or 'extra-2026-12-03T1800'
    sequence    INTEGER NOT NULL,
    start       TEXT NOT NULL,
    cancelled   INTEGER NOT NULL DEFAULT 0 CHECK (cancelled IN (0, 1)),
    updated_at  TEXT NOT NULL
);
