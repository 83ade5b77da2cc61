-- No copy of a key in the planner's statistics. ANALYZE (autovacuum's, on PostgreSQL) keeps a sample
-- of a column's values in pg_statistic as histogram bounds, which stay there after the key's row is
-- deleted and shredded (db/seal.ts). A type change drops what was gathered (the same type: no
-- rewrite); statistics target 0 keeps the key columns out of every later ANALYZE.
ALTER TABLE document_keys ALTER COLUMN key TYPE bytea;
ALTER TABLE document_keys ALTER COLUMN key SET STATISTICS 0;
ALTER TABLE comparison_keys ALTER COLUMN key TYPE bytea;
ALTER TABLE comparison_keys ALTER COLUMN key SET STATISTICS 0;
