-- Remedial Action Procedures: cases, the stages they reached, responses; SLA change requests.

CREATE TABLE rap_cases (
    id          INTEGER PRIMARY KEY,            -- the n of RAP-n
    evidence    TEXT NOT NULL,                  -- JSON: cluster, complaints, metrics, months, note
    cluster     TEXT,                           -- cluster short id when opened by `escalate`
    opened_at   TEXT NOT NULL,
    opened_by   TEXT NOT NULL,
    resolved_at TEXT,
    resolved_by TEXT,
    summary     TEXT
);
CREATE INDEX rap_cases_open ON rap_cases (resolved_at);

-- One row per stage a case reached: its letter, its response window and what happened to it.
CREATE TABLE rap_stages (
    case_id      INTEGER NOT NULL REFERENCES rap_cases (id),
    idx          INTEGER NOT NULL,              -- 1-based position in the escalation path
    name         TEXT NOT NULL,
    recipients   TEXT NOT NULL,                 -- JSON list
    window_days  INTEGER NOT NULL CHECK (window_days > 0),
    template     TEXT NOT NULL,
    started_at   TEXT NOT NULL,
    started_by   TEXT NOT NULL,
    draft_id     INTEGER,
    sent_at      TEXT,
    responded_at TEXT,
    PRIMARY KEY (case_id, idx)
);

-- Mail tagged [RAP-n]: attached when from the stage's recipients, else kept with a note.
CREATE TABLE rap_responses (
    id          INTEGER PRIMARY KEY,
    case_id     INTEGER,                        -- NULL when the tag names no known case
    stage_idx   INTEGER,
    message_id  TEXT NOT NULL,
    from_addr   TEXT NOT NULL,
    subject     TEXT NOT NULL,
    excerpt     TEXT NOT NULL,
    attached    INTEGER NOT NULL CHECK (attached IN (0, 1)),
    note        TEXT NOT NULL DEFAULT '',
    received_at TEXT NOT NULL
);
CREATE INDEX rap_responses_case ON rap_responses (case_id);
CREATE UNIQUE INDEX rap_responses_message ON rap_responses (message_id) WHERE message_id != '';

CREATE TABLE sla_changes (
    id              INTEGER PRIMARY KEY,        -- the n of SLA-n
    title           TEXT NOT NULL,
    proposer        TEXT NOT NULL CHECK (proposer IN ('CSC', 'PTI')),
    action          TEXT NOT NULL CHECK (action IN ('new', 'changed', 'retired')),
    definition      TEXT NOT NULL,              -- JSON of the metric definition
    effective_month TEXT NOT NULL,
    opened_at       TEXT NOT NULL,
    opened_by       TEXT NOT NULL
);

CREATE TABLE sla_change_steps (
    change_id    INTEGER NOT NULL REFERENCES sla_changes (id),
    step         TEXT NOT NULL,
    on_date      TEXT NOT NULL,
    recorded_at  TEXT NOT NULL,
    recorded_by  TEXT NOT NULL,
    note         TEXT NOT NULL DEFAULT '',
    comment_ends TEXT,
    month        TEXT,
    PRIMARY KEY (change_id, step)
);
