-- Crypto-shredding (README: Data protection). Each document's file name, uploaded bytes, structured
-- text, report and notes are stored sealed (AES-256-GCM) with the document's own key, kept in one row
-- of document_keys; deleting the document deletes the key, and what was sealed with it is noise.
CREATE TABLE document_keys (
  document_id text PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
  key bytea NOT NULL CHECK (octet_length(key) = 32)
);

-- The file name lives with the document (sealed), so a failed document keeps its name too.
ALTER TABLE documents ADD COLUMN name_sealed bytea;

-- The plaintext columns below are only read by sealLegacyRows (db/legacy.ts), which seals rows
-- written before this migration and empties them.
ALTER TABLE document_bytes ALTER COLUMN name DROP NOT NULL;
ALTER TABLE structured_documents ALTER COLUMN body DROP NOT NULL;
ALTER TABLE structured_documents ADD COLUMN sealed bytea;
ALTER TABLE reports ALTER COLUMN body DROP NOT NULL;
ALTER TABLE reports ADD COLUMN sealed bytea;
-- The score and band stay readable for listings and aggregates: numbers about the plan's quality,
-- not about the child.
ALTER TABLE reports ADD COLUMN band text;
ALTER TABLE reports ADD COLUMN score double precision;
UPDATE reports SET band = body->'score'->>'band', score = (body->'score'->>'overall')::float8 WHERE body IS NOT NULL;
ALTER TABLE finding_notes ALTER COLUMN body DROP NOT NULL;
ALTER TABLE finding_notes ADD COLUMN sealed bytea;
ALTER TABLE spot_check_documents ALTER COLUMN name DROP NOT NULL
