-- Intake journal: every message seen, its raw bytes stored before anything is done with it.
-- One row per message: a message seen again at a new place (UIDVALIDITY reset, a copy) is
-- matched by Message-ID + SHA-256 and the row's place is updated, so it is never acted on twice.
CREATE TABLE journal (
    id          INTEGER PRIMARY KEY,
    mailbox     TEXT NOT NULL,
    uidvalidity INTEGER NOT NULL,
    uid         TEXT NOT NULL,
    message_id  TEXT NOT NULL DEFAULT '',
    sha256      TEXT NOT NULL,
    size        INTEGER NOT NULL,
    data        BLOB,                       -- NULL when quarantined unread (over the size limit)
    kind        TEXT,
    reason      TEXT,                       -- why it was classified (or quarantined) so
    status      TEXT NOT NULL DEFAULT 'new'
                CHECK (status IN ('new', 'handled', 'quarantined')),
    attempts    INTEGER NOT NULL DEFAULT 0,
    error       TEXT,                       -- last handler error
    outcome     TEXT,                       -- the handler's account of what it did
    seen_count  INTEGER NOT NULL DEFAULT 1,
    received_at TEXT NOT NULL,
    handled_at  TEXT,
    UNIQUE (mailbox, uidvalidity, uid)
);
CREATE INDEX journal_identity ON journal (message_id, sha256);
CREATE INDEX journal_status ON journal (status);
