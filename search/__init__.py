"""Search: one interface, two engines (embedded SQLite FTS5 and Meilisearch)."""
