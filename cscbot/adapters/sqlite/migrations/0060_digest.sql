-- Secretariat digests and commands by reply.

-- Every mail that carries a reply token: the digests and the drafts' own mails.  A token names
-- its row; `key` is the outbox key of that mail, `message_id` the Message-ID it went out with.
CREATE TABLE token_mails (
    id          INTEGER PRIMARY KEY,
    key         TEXT NOT NULL UNIQUE,       -- 'digest:2026-11-02T07:00Z', 'draft:3'
    kind        TEXT NOT NULL,              -- digest | draft
    message_id  TEXT NOT NULL,
    recipients  TEXT NOT NULL,              -- JSON list
    created_at  TEXT NOT NULL,
    expires_at  TEXT NOT NULL
);
CREATE INDEX token_mails_kind ON token_mails (kind, created_at);

-- A command carried out once per token: the same command with the same token is a replay.
CREATE TABLE command_uses (
    token_mail_id INTEGER NOT NULL REFERENCES token_mails (id),
    command       TEXT NOT NULL,            -- canonical form: verb and arguments
    message_id    TEXT NOT NULL,
    used_at       TEXT NOT NULL,
    PRIMARY KEY (token_mail_id, command)
);

-- Every command received, accepted or refused (`cscbot audit`).
CREATE TABLE command_audit (
    id            INTEGER PRIMARY KEY,
    at            TEXT NOT NULL,
    sender        TEXT NOT NULL,
    message_id    TEXT NOT NULL,
    subject       TEXT NOT NULL,
    token_mail_id INTEGER,
    command       TEXT NOT NULL,            -- the line as written ('' when none was read)
    outcome       TEXT NOT NULL
                  CHECK (outcome IN ('done', 'failed', 'refused', 'not_understood')),
    detail        TEXT NOT NULL             -- what was done, or why not
);
CREATE INDEX command_audit_at ON command_audit (at);
CREATE INDEX command_audit_message ON command_audit (message_id);

-- Items the secretariat asked to leave out of the digests for a while.
CREATE TABLE snoozes (
    item        TEXT PRIMARY KEY,           -- D3, K7, CSC-2026-0042, RAP-2, ...
    until       TEXT NOT NULL,
    by          TEXT NOT NULL,
    created_at  TEXT NOT NULL
);
