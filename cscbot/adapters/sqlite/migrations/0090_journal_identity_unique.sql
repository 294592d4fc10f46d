-- A message's identity (Message-ID + SHA-256) names one journal row: admission never wrote two
-- (a copy at a new place moves the row).  Saying so in the schema lets a batch be admitted by
-- one INSERT ... ON CONFLICT DO NOTHING, without first looking up each place and identity.
CREATE UNIQUE INDEX journal_identity_unique ON journal (message_id, sha256);
DROP INDEX journal_identity;
