-- Comparisons of two versions of a plan (issue 15). Only the result is kept: the uploaded bytes and
-- extracted text of both versions are discarded once compared. The result quotes plan text, so a
-- comparison is deleted whole (one row) on request, with its organisation, or after the retention
-- period when it was made anonymously.
CREATE TABLE comparisons (
  id text PRIMARY KEY,
  org_id text REFERENCES organisations(id) ON DELETE CASCADE,
  created_by text REFERENCES users(id) ON DELETE SET NULL,
  capability_hash text,
  expires_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  result json NOT NULL,
  CHECK (org_id IS NOT NULL OR capability_hash IS NOT NULL)
);
CREATE INDEX comparisons_org_created ON comparisons (org_id, created_at DESC);
CREATE INDEX comparisons_expires ON comparisons (expires_at);
