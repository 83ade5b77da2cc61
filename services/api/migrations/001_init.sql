-- Organisations, users and their API tokens (tokens stored as sha256 hashes only).
CREATE TABLE organisations (
  id text PRIMARY KEY,
  name text NOT NULL,
  kind text NOT NULL CHECK (kind IN ('la', 'iass')),
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE users (
  id text PRIMARY KEY,
  org_id text NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
  name text NOT NULL,
  role text NOT NULL CHECK (role IN ('adviser', 'caseworker', 'admin')),
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE api_tokens (
  id text PRIMARY KEY,
  user_id text NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  token_hash text NOT NULL UNIQUE,
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz,
  revoked_at timestamptz
);

-- One uploaded plan. Anonymous uploads have no org and carry a capability hash and an expiry.
CREATE TABLE documents (
  id text PRIMARY KEY,
  org_id text REFERENCES organisations(id) ON DELETE CASCADE,
  created_by text REFERENCES users(id) ON DELETE SET NULL,
  capability_hash text,
  state text NOT NULL CHECK (state IN ('queued', 'extracting', 'analysing', 'done', 'failed')),
  error_code text,
  error_message text,
  size_bytes integer NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz,
  CHECK (org_id IS NOT NULL OR capability_hash IS NOT NULL)
);
CREATE INDEX documents_org_created ON documents (org_id, created_at DESC, id DESC);
CREATE INDEX documents_expires ON documents (expires_at) WHERE expires_at IS NOT NULL;

-- The uploaded bytes, kept only until ingest has produced the structured document.
CREATE TABLE document_bytes (
  document_id text PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
  name text NOT NULL,
  bytes bytea NOT NULL
);

CREATE TABLE structured_documents (
  document_id text PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
  body json NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);

-- Keyed by document: a job that runs twice cannot write two reports.
CREATE TABLE reports (
  document_id text PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
  body json NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);

-- Every state a document entered, in order (for the status history and the bench).
CREATE TABLE document_states (
  id bigserial PRIMARY KEY,
  document_id text NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  state text NOT NULL,
  at timestamptz NOT NULL DEFAULT clock_timestamp()
);
CREATE INDEX document_states_doc ON document_states (document_id);

-- Who did what to which document, when. Ids only: no plan text, no file names. Outlives the document.
CREATE TABLE audit_log (
  id bigserial PRIMARY KEY,
  at timestamptz NOT NULL DEFAULT now(),
  actor text NOT NULL,
  org_id text,
  action text NOT NULL CHECK (action IN ('created', 'read', 'exported', 'deleted')),
  document_id text NOT NULL
);
CREATE INDEX audit_log_org_at ON audit_log (org_id, at DESC);
