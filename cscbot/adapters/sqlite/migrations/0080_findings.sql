-- Monthly findings: the facts each draft was made from, and the months posted to csc-announce.

-- One row per findings draft (the draft itself is in `drafts`).  `correction` is 0 for the
-- month's findings, n for its n-th correction; `fingerprint` identifies PTI's report.
CREATE TABLE findings_drafts (
    draft_id    INTEGER PRIMARY KEY REFERENCES drafts (id),
    period      TEXT NOT NULL,              -- YYYY-MM
    correction  INTEGER NOT NULL,
    fingerprint TEXT NOT NULL,
    rating      TEXT NOT NULL,              -- proposed
    rule        TEXT NOT NULL,              -- the rule that proposed it
    facts       TEXT NOT NULL,              -- JSON of FindingsFacts
    created_at  TEXT NOT NULL
);
CREATE INDEX findings_drafts_period ON findings_drafts (period);

-- A month's findings (or one correction of them) approved and queued to csc-announce: once.
-- Who approved it is on the draft (drafts.decided_by).
CREATE TABLE findings_posts (
    period      TEXT NOT NULL,
    correction  INTEGER NOT NULL,
    draft_id    INTEGER NOT NULL REFERENCES drafts (id),
    rating      TEXT NOT NULL,              -- as approved
    met         INTEGER NOT NULL,
    total       INTEGER NOT NULL,
    fingerprint TEXT NOT NULL,
    outbox_key  TEXT NOT NULL,
    approved_at TEXT NOT NULL,
    PRIMARY KEY (period, correction)
);
