-- Complaints, their similarity clusters (with an inverted index for placement), the messages
-- that belong to each complaint, cluster changes and pattern flags.

-- Reference numbers: one counter per year (CSC-2026-0042), taken in the intake transaction.
CREATE TABLE complaint_counters (
    year INTEGER PRIMARY KEY,
    last INTEGER NOT NULL
);

CREATE TABLE clusters (
    id            INTEGER PRIMARY KEY,      -- shown as K<id>
    label         TEXT NOT NULL,
    label_locked  INTEGER NOT NULL DEFAULT 0, -- 1 once the secretariat renamed it
    status        TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed', 'merged')),
    merged_into   INTEGER REFERENCES clusters(id),
    signature     TEXT NOT NULL,            -- JSON: the centre (concepts, terms, size)
    size          INTEGER NOT NULL DEFAULT 0,
    reason        TEXT,                     -- why it was closed
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL
);

-- Inverted index: a concept ('c:ds_mismatch') or word ('t:aaaa') -> the open clusters it marks.
CREATE TABLE cluster_postings (
    key        TEXT NOT NULL,
    cluster_id INTEGER NOT NULL REFERENCES clusters(id),
    PRIMARY KEY (key, cluster_id)
) WITHOUT ROWID;
CREATE INDEX cluster_postings_cluster ON cluster_postings (cluster_id);

-- Months in which each cluster received complaints (the persistent flag reads this).
CREATE TABLE cluster_months (
    cluster_id INTEGER NOT NULL REFERENCES clusters(id),
    month      TEXT NOT NULL,               -- YYYY-MM
    count      INTEGER NOT NULL,
    PRIMARY KEY (cluster_id, month)
) WITHOUT ROWID;

CREATE TABLE complaints (
    id            INTEGER PRIMARY KEY,
    ref           TEXT NOT NULL UNIQUE,     -- CSC-2026-0042
    message_id    TEXT NOT NULL,            -- the raw message (kept by the intake journal)
    sender        TEXT NOT NULL,
    sender_name   TEXT NOT NULL,
    organisation  TEXT NOT NULL,
    registry      TEXT NOT NULL,            -- what counts as one registry for the flags
    tlds          TEXT NOT NULL,            -- JSON list
    tickets       TEXT NOT NULL,            -- JSON list
    subject       TEXT NOT NULL,
    language      TEXT NOT NULL,
    new_text      TEXT NOT NULL,
    profile       TEXT NOT NULL,            -- JSON: concepts and terms
    received_at   TEXT NOT NULL,
    cluster_id    INTEGER REFERENCES clusters(id),
    placed_by     TEXT NOT NULL DEFAULT 'bot', -- 'bot', or who moved it
    status        TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed')),
    reason        TEXT
);
CREATE INDEX complaints_cluster ON complaints (cluster_id, received_at);
CREATE INDEX complaints_received ON complaints (received_at);

-- Every message that belongs to a complaint: the complaint itself, our ack, follow-ups.
CREATE TABLE complaint_messages (
    message_id   TEXT PRIMARY KEY,
    complaint_id INTEGER NOT NULL REFERENCES complaints(id),
    role         TEXT NOT NULL CHECK (role IN ('complaint', 'ack', 'followup')),
    sender       TEXT NOT NULL DEFAULT '',
    at           TEXT NOT NULL
);
CREATE INDEX complaint_messages_at ON complaint_messages (role, at);

CREATE TABLE cluster_events (
    id         INTEGER PRIMARY KEY,
    cluster_id INTEGER NOT NULL REFERENCES clusters(id),
    kind       TEXT NOT NULL,               -- created, merged, moved, renamed, closed, reopened
    summary    TEXT NOT NULL,
    by         TEXT NOT NULL,
    at         TEXT NOT NULL
);
CREATE INDEX cluster_events_at ON cluster_events (at);

CREATE TABLE cluster_flags (
    cluster_id INTEGER NOT NULL REFERENCES clusters(id),
    kind       TEXT NOT NULL CHECK (kind IN ('systemic', 'persistent')),
    summary    TEXT NOT NULL,
    evidence   TEXT NOT NULL,               -- JSON: refs, months, registries, metric
    at         TEXT NOT NULL,
    PRIMARY KEY (cluster_id, kind)
);
