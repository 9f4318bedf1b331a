-- Schema version 8: user accounts (issue 12). A store without accounts works as before (the operating-system user is
-- recorded); once the first account exists, the program asks who is working and records that account.
-- password_hash is libsodium's crypto_pwhash_str string (Argon2id, salt and limits inside).
CREATE TABLE accounts (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL COLLATE NOCASE UNIQUE CHECK (length(trim(name)) > 0),
    display_name TEXT NOT NULL DEFAULT '',
    role TEXT NOT NULL CHECK (role IN ('read-only', 'clinician', 'admin')),
    active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    password_hash TEXT NOT NULL,
    created_at TEXT NOT NULL
);
