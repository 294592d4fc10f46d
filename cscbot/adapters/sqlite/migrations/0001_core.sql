-- Core tables: the outbox, drafts waiting for the secretariat, and notices for its digest.

CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

-- Every mail out.  `key` names the logical mail (idempotency); `data` is the finished message.
CREATE TABLE outbox (
    id              INTEGER PRIMARY KEY,
    key             TEXT NOT NULL UNIQUE,
    kind            TEXT NOT NULL,
    message_id      TEXT NOT NULL UNIQUE,
    sender          TEXT NOT NULL,
    recipients      TEXT NOT NULL,          -- JSON list
    subject         TEXT NOT NULL,
    data            BLOB NOT NULL,
    status          TEXT NOT NULL DEFAULT 'queued'
                    CHECK (status IN ('queued', 'sent', 'failed', 'dead')),
    attempts        INTEGER NOT NULL DEFAULT 0,
    next_attempt_at TEXT NOT NULL,
    last_error      TEXT,
    created_at      TEXT NOT NULL,
    sent_at         TEXT
);
CREATE INDEX outbox_due ON outbox (status, next_attempt_at);

-- Drafts the secretariat approves by reply (findings, announcements, escalation letters).
CREATE TABLE drafts (
    id          INTEGER PRIMARY KEY,
    key         TEXT NOT NULL UNIQUE,
    kind        TEXT NOT NULL,
    subject_ref TEXT NOT NULL,              -- what it is about, e.g. '2026-10' or 'RAP-3'
    title       TEXT NOT NULL,
    mail        TEXT NOT NULL,              -- JSON of the OutgoingMail to send on approval
    status      TEXT NOT NULL DEFAULT 'pending'
                CHECK (status IN ('pending', 'approved', 'rejected', 'sent', 'superseded')),
    created_at  TEXT NOT NULL,
    decided_at  TEXT,
    decided_by  TEXT,
    reason      TEXT
);
CREATE INDEX drafts_status ON drafts (status);

-- Things the secretariat must hear about in the next digest.
CREATE TABLE notices (
    id          INTEGER PRIMARY KEY,
    kind        TEXT NOT NULL,              -- quarantine, dead_letter, unknown_metric, refusal, ...
    ref         TEXT NOT NULL,              -- what it concerns
    summary     TEXT NOT NULL,
    details     TEXT NOT NULL DEFAULT '{}', -- JSON
    created_at  TEXT NOT NULL,
    digest_id   INTEGER,                    -- the digest that reported it
    UNIQUE (kind, ref)
);
CREATE INDEX notices_unreported ON notices (digest_id);
