-- Outbox delivery: what each recipient's server said, and the automatic-answer budget.

-- One row per (mail, recipient).  'pending' until a server answers for that address:
-- 'accepted' (250 to RCPT and the final 250 to DATA), 'refused' (5xx to RCPT), 'bounced'
-- (a DSN said it failed later).  A retry sends only to the recipients still pending.
CREATE TABLE outbox_recipients (
    outbox_id   INTEGER NOT NULL REFERENCES outbox (id) ON DELETE CASCADE,
    address     TEXT NOT NULL,
    status      TEXT NOT NULL DEFAULT 'pending'
                CHECK (status IN ('pending', 'accepted', 'refused', 'bounced')),
    code        INTEGER,
    message     TEXT,
    updated_at  TEXT,
    PRIMARY KEY (outbox_id, address)
);

INSERT INTO outbox_recipients (outbox_id, address, status, updated_at)
    SELECT o.id, j.value, CASE o.status WHEN 'sent' THEN 'accepted' ELSE 'pending' END, o.sent_at
    FROM outbox o, json_each(o.recipients) j;

-- Automatic answers sent per sender per UTC day (loop brake, RFC 3834 section 2).
CREATE TABLE auto_answers (
    sender  TEXT NOT NULL,
    day     TEXT NOT NULL,                  -- YYYY-MM-DD, UTC
    count   INTEGER NOT NULL,
    PRIMARY KEY (sender, day)
);
