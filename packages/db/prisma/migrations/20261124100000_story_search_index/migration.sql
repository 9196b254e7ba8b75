-- PostgreSQL only: a trigram index for inbox search (see the PostgreSQL migration of the same name).
-- SQLite has no index for LIKE '%…%', and every migration exists for both providers.
SELECT 1;
