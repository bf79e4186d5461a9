-- PostgreSQL only: trigram indexes so the list's substring search (q, Japanese included) does not
-- scan the table. pg_trgm is a trusted extension (PostgreSQL 13+). H2 searches with plain LIKE.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX incident_summary_title_trgm ON incident_summary USING gin (lower(title) gin_trgm_ops);
CREATE INDEX incident_summary_description_trgm ON incident_summary USING gin (lower(description) gin_trgm_ops);
