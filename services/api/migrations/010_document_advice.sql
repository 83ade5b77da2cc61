-- Advice reports uploaded with a plan (issue 15): each read at upload and kept as its extracted
-- structure, sealed with the document's own key, so the worker can judge the plan against it and
-- deleting the document (its key shredded) deletes the advice with it.
CREATE TABLE document_advice (
  document_id text NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  position integer NOT NULL,
  sealed bytea NOT NULL,
  PRIMARY KEY (document_id, position)
);
