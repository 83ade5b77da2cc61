-- An organisation's own rubric (PUT /v1/rubric): at most one per organisation, kept as the YAML text
-- it was sent as (validated before it is stored). No row means the organisation uses the default.
CREATE TABLE organisation_rubrics (
  org_id text PRIMARY KEY REFERENCES organisations(id) ON DELETE CASCADE,
  rubric_id text NOT NULL,
  version text NOT NULL,
  sha256 text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
  source text NOT NULL,
  set_by text REFERENCES users(id) ON DELETE SET NULL,
  set_at timestamptz NOT NULL DEFAULT now()
);

-- Who set or removed an organisation's rubric, and when: the rubric's id, version and sha256 only.
CREATE TABLE rubric_audit (
  id bigserial PRIMARY KEY,
  at timestamptz NOT NULL DEFAULT now(),
  actor text NOT NULL,
  org_id text NOT NULL,
  action text NOT NULL CHECK (action IN ('set', 'deleted')),
  rubric_id text NOT NULL,
  version text NOT NULL,
  sha256 text NOT NULL
);
CREATE INDEX rubric_audit_org_at ON rubric_audit (org_id, at DESC);
