-- PTI's monthly reports: SLA catalogue versions added by SLA changes, month records, results.

-- Versions of SLA metrics added after the shipped catalogue (cscbot/data/sla_catalogue.csv).
CREATE TABLE sla_versions (
    id              INTEGER PRIMARY KEY,
    key             TEXT NOT NULL,
    definition      TEXT NOT NULL,          -- JSON of the MetricDefinition
    effective_from  TEXT NOT NULL,          -- YYYY-MM
    added_at        TEXT NOT NULL,
    UNIQUE (key, effective_from)
);

-- One row per import of a month's report; the newest is current, earlier ones are history.
CREATE TABLE pti_months (
    id              INTEGER PRIMARY KEY,
    period          TEXT NOT NULL,          -- YYYY-MM
    version         INTEGER NOT NULL,       -- 1 = first import; >1 = a correction
    record          TEXT NOT NULL,          -- JSON of the MonthRecord
    source          TEXT NOT NULL,          -- Message-ID or file name
    imported_at     TEXT NOT NULL,
    superseded_at   TEXT,                   -- set when a correction replaced it
    UNIQUE (period, version)
);
CREATE INDEX pti_months_current ON pti_months (period, superseded_at);

-- Per metric per import, for history queries without reading the JSON.
CREATE TABLE pti_results (
    month_id        INTEGER NOT NULL REFERENCES pti_months (id),
    period          TEXT NOT NULL,
    key             TEXT NOT NULL,
    status          TEXT NOT NULL CHECK (status IN ('met', 'missed', 'not_applicable')),
    actual_pct      REAL,
    target_pct      REAL,
    PRIMARY KEY (month_id, key)
);
CREATE INDEX pti_results_key ON pti_results (key, period);
