-- Spot-checks: an adviser's random sample of plans. Only the sampled plans are stored (as ordinary
-- documents of the organisation); the rest of the population is never kept, only counted.
CREATE TABLE spot_checks (
  id text PRIMARY KEY,
  org_id text NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
  created_by text REFERENCES users(id) ON DELETE SET NULL,
  seed text NOT NULL,
  seed_generated boolean NOT NULL,
  requested_sample_size integer NOT NULL CHECK (requested_sample_size >= 1),
  sample_size integer NOT NULL CHECK (sample_size >= 0),
  population integer NOT NULL CHECK (population >= sample_size),
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX spot_checks_org_created ON spot_checks (org_id, created_at DESC, id DESC);

-- The sampled plans, in draw order. The name is kept here because a document's own copy goes with
-- its bytes once extracted (and a failed one has no extraction to carry it).
CREATE TABLE spot_check_documents (
  spot_check_id text NOT NULL REFERENCES spot_checks(id) ON DELETE CASCADE,
  document_id text NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  position integer NOT NULL,
  name text NOT NULL,
  PRIMARY KEY (spot_check_id, document_id),
  UNIQUE (spot_check_id, position)
);
CREATE INDEX spot_check_documents_doc ON spot_check_documents (document_id);

-- Who created, read, exported or deleted which spot-check. Ids only: no names, no plan text.
-- The sampled documents' own events (created, deleted) go to audit_log as for any document.
CREATE TABLE spot_check_audit (
  id bigserial PRIMARY KEY,
  at timestamptz NOT NULL DEFAULT now(),
  actor text NOT NULL,
  org_id text NOT NULL,
  action text NOT NULL CHECK (action IN ('created', 'read', 'exported', 'deleted')),
  spot_check_id text NOT NULL
);
CREATE INDEX spot_check_audit_org_at ON spot_check_audit (org_id, at DESC);
