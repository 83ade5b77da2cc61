-- Crypto-shredding of comparisons (README: Data protection), as 004 did for documents. A comparison's
-- result quotes the plan's text and both file names, so it is stored sealed (AES-256-GCM) with the
-- comparison's own key, kept in one row of comparison_keys; deleting the comparison deletes the key.
CREATE TABLE comparison_keys (
  comparison_id text PRIMARY KEY REFERENCES comparisons(id) ON DELETE CASCADE,
  key bytea NOT NULL CHECK (octet_length(key) = 32)
);

ALTER TABLE comparisons ADD COLUMN sealed bytea;
-- result is only read by sealLegacyRows (db/legacy.ts), which seals rows written before this
-- migration and empties it; new rows leave it NULL.
ALTER TABLE comparisons ALTER COLUMN result DROP NOT NULL;
