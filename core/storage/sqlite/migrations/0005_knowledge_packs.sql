-- Schema version 5: knowledge packs installed into the database (issue 20). The latest row is the pack the
-- department installed; every workstation on this database uses it (unless the program's built-in pack is newer and
-- the row was not a rollback). Rows are never updated or deleted: the list is the history of installs, each one also
-- written to the audit trail.

CREATE TABLE knowledge_packs (
    id INTEGER PRIMARY KEY,
    version TEXT NOT NULL,          -- the pack's "version", e.g. 2026.12.1
    last_verified TEXT NOT NULL,    -- YYYY-MM-DD
    format TEXT NOT NULL,           -- oncocase-knowledge/1
    content TEXT NOT NULL,          -- the pack itself (JSON, UTF-8), as installed
    sha256 TEXT NOT NULL,           -- of content
    installed_at TEXT NOT NULL,     -- UTC, ISO with ms
    installed_by TEXT NOT NULL,
    rollback INTEGER NOT NULL DEFAULT 0  -- installed with --allow-older: stays in force over a newer built-in pack
);

-- The oral SERD cards each install changed, per patient (the worklist "Changed by the last knowledge update"),
-- computed at install for the program's jurisdiction on the install date.
CREATE TABLE knowledge_install_changes (
    id INTEGER PRIMARY KEY,
    pack_id INTEGER NOT NULL REFERENCES knowledge_packs (id),
    patient_id INTEGER NOT NULL REFERENCES patients (id) ON DELETE CASCADE,
    jurisdiction TEXT NOT NULL,
    drug TEXT NOT NULL,
    before_status TEXT,              -- NULL when the card did not exist before
    after_status TEXT NOT NULL,
    flags_added TEXT NOT NULL,       -- JSON array of flag codes
    flags_removed TEXT NOT NULL      -- JSON array of flag codes
);
CREATE INDEX knowledge_install_changes_pack ON knowledge_install_changes (pack_id);
