-- The web pages: sign-in sessions for users, and caseworkers' notes on a report's findings.

-- A browser session opened with an API token. Only a hash of the session secret is kept; the
-- session ends with its token (revoked, expired or deleted) and when it expires.
CREATE TABLE web_sessions (
  id_hash text PRIMARY KEY,
  user_id text NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  token_id text NOT NULL REFERENCES api_tokens(id) ON DELETE CASCADE,
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL
);
CREATE INDEX web_sessions_expires ON web_sessions (expires_at);

-- A note on one finding of a document's report (finding_index: its place in report.findings,
-- which never changes: a report is written once). Deleting the document deletes its notes.
CREATE TABLE finding_notes (
  id text PRIMARY KEY,
  document_id text NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  finding_index integer NOT NULL CHECK (finding_index >= 0),
  author_id text REFERENCES users(id) ON DELETE SET NULL,
  body text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX finding_notes_document ON finding_notes (document_id, created_at);

-- Adding a note is audited (ids only, never the note's text).
ALTER TABLE audit_log DROP CONSTRAINT IF EXISTS audit_log_action_check;
ALTER TABLE audit_log ADD CONSTRAINT audit_log_action_check CHECK (action IN ('created', 'read', 'exported', 'deleted', 'note_added'));
