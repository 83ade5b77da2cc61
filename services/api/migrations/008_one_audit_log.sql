-- One audit log: rubric changes (005) and spot-check events (003) move into audit_log beside the
-- documents' events, so GET /v1/audit serves them all. Each row is about exactly one thing: a
-- document, a spot-check or the organisation's rubric (its id, version and sha256, never its text).
ALTER TABLE audit_log ALTER COLUMN document_id DROP NOT NULL;
ALTER TABLE audit_log ADD COLUMN spot_check_id text;
ALTER TABLE audit_log ADD COLUMN rubric_id text;
ALTER TABLE audit_log ADD COLUMN rubric_version text;
ALTER TABLE audit_log ADD COLUMN rubric_sha256 text;
ALTER TABLE audit_log DROP CONSTRAINT IF EXISTS audit_log_action_check;
ALTER TABLE audit_log ADD CONSTRAINT audit_log_action_check CHECK (
  (action IN ('created', 'read', 'exported', 'deleted', 'note_added')
    AND document_id IS NOT NULL AND spot_check_id IS NULL AND rubric_id IS NULL)
  OR (action IN ('spot_check_created', 'spot_check_read', 'spot_check_exported', 'spot_check_deleted')
    AND spot_check_id IS NOT NULL AND document_id IS NULL AND rubric_id IS NULL)
  OR (action IN ('rubric_set', 'rubric_deleted')
    AND rubric_id IS NOT NULL AND rubric_version IS NOT NULL AND rubric_sha256 IS NOT NULL AND document_id IS NULL AND spot_check_id IS NULL)
);

-- Existing rows keep their time and actor; GET /v1/audit orders by time, so they fall into place.
INSERT INTO audit_log (at, actor, org_id, action, rubric_id, rubric_version, rubric_sha256)
  SELECT at, actor, org_id, 'rubric_' || action, rubric_id, version, sha256 FROM rubric_audit ORDER BY id;
INSERT INTO audit_log (at, actor, org_id, action, spot_check_id)
  SELECT at, actor, org_id, 'spot_check_' || action, spot_check_id FROM spot_check_audit ORDER BY id;
DROP TABLE rubric_audit;
DROP TABLE spot_check_audit;
CREATE INDEX audit_log_spot_check ON audit_log (spot_check_id) WHERE spot_check_id IS NOT NULL;
