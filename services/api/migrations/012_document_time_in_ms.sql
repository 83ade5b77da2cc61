-- A document's time to the millisecond. The list's page cursor carries created_at as a JavaScript Date,
-- which keeps milliseconds; with PostgreSQL's microseconds, the row a page ended on compared as later
-- than its own cursor, and a document made in the same millisecond after it was skipped on the next page.
UPDATE documents SET created_at = date_trunc('milliseconds', created_at);
ALTER TABLE documents ALTER COLUMN created_at SET DEFAULT date_trunc('milliseconds', now());
