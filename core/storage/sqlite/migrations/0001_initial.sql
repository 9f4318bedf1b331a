-- OncoCase schema version 1. Forward-only: never edit after release; add a new numbered file.
-- Column names follow the case-file keys (case-format.md) wherever a key exists.

CREATE TABLE patients (
    id INTEGER PRIMARY KEY,
    mrn TEXT NOT NULL UNIQUE,
    outpatient_number TEXT,
    inpatient_number TEXT,
    name TEXT,
    name_pinyin TEXT,
    name_initials TEXT,
    name_latin TEXT,
    sex TEXT CHECK (sex IN ('female', 'male')),
    birth_date TEXT,
    menopausal_status TEXT CHECK (menopausal_status IN ('premenopausal', 'perimenopausal', 'postmenopausal', 'unknown')),
    menopausal_evidence TEXT,
    bilateral_oophorectomy INTEGER,
    bilateral_oophorectomy_date TEXT,
    child_pugh TEXT CHECK (child_pugh IN ('A', 'B', 'C')),
    visceral_crisis INTEGER,
    id_card TEXT,
    phone TEXT,
    archived INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX patients_name ON patients (name);
CREATE INDEX patients_name_pinyin ON patients (name_pinyin);
CREATE INDEX patients_name_initials ON patients (name_initials);

CREATE TABLE diagnoses (
    id INTEGER PRIMARY KEY,
    patient_id INTEGER NOT NULL UNIQUE REFERENCES patients (id) ON DELETE CASCADE,
    date TEXT,
    laterality TEXT,
    histology TEXT,
    grade INTEGER,
    tnm_t TEXT,
    tnm_n TEXT,
    tnm_m TEXT,
    stage TEXT,
    de_novo_metastatic INTEGER,
    er TEXT,
    er_percent REAL,
    pr TEXT,
    pr_percent REAL,
    her2_ihc TEXT,
    her2_ish TEXT,
    ki67_percent REAL
);

CREATE TABLE biopsies (
    id INTEGER PRIMARY KEY,
    patient_id INTEGER NOT NULL REFERENCES patients (id) ON DELETE CASCADE,
    date TEXT NOT NULL,
    site TEXT,
    er TEXT,
    er_percent REAL,
    pr TEXT,
    pr_percent REAL,
    her2_ihc TEXT,
    her2_ish TEXT,
    ki67_percent REAL,
    note TEXT
);
CREATE INDEX biopsies_patient ON biopsies (patient_id);

CREATE TABLE disease_events (
    id INTEGER PRIMARY KEY,
    patient_id INTEGER NOT NULL REFERENCES patients (id) ON DELETE CASCADE,
    date TEXT NOT NULL,
    type TEXT NOT NULL,
    extent TEXT,
    sites TEXT,            -- JSON array of site codes
    evidence TEXT,
    note TEXT
);
CREATE INDEX disease_events_patient ON disease_events (patient_id);

CREATE TABLE therapy_lines (
    id INTEGER PRIMARY KEY,
    patient_id INTEGER NOT NULL REFERENCES patients (id) ON DELETE CASCADE,
    start TEXT NOT NULL,
    "end" TEXT,
    setting TEXT NOT NULL CHECK (setting IN ('neoadjuvant', 'adjuvant', 'advanced')),
    drugs TEXT NOT NULL,   -- JSON array of catalogue names
    stop_reason TEXT,
    best_response TEXT,
    line_number INTEGER,
    note TEXT
);
CREATE INDEX therapy_lines_patient ON therapy_lines (patient_id);

CREATE TABLE marker_results (
    id INTEGER PRIMARY KEY,
    patient_id INTEGER NOT NULL REFERENCES patients (id) ON DELETE CASCADE,
    date TEXT NOT NULL,
    analyte TEXT NOT NULL,
    value REAL NOT NULL CHECK (value >= 0),
    unit TEXT,
    uln REAL,
    assay TEXT
);
CREATE INDEX marker_results_patient ON marker_results (patient_id);

CREATE TABLE genetic_results (
    id INTEGER PRIMARY KEY,
    patient_id INTEGER NOT NULL REFERENCES patients (id) ON DELETE CASCADE,
    date TEXT NOT NULL,
    gene TEXT NOT NULL,
    variant TEXT,
    result TEXT NOT NULL CHECK (result IN ('mutated', 'not_detected', 'indeterminate')),
    specimen TEXT,
    origin TEXT,
    vaf_percent REAL,
    assay TEXT
);
CREATE INDEX genetic_results_patient ON genetic_results (patient_id);

CREATE TABLE medications (
    id INTEGER PRIMARY KEY,
    patient_id INTEGER NOT NULL REFERENCES patients (id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    start TEXT NOT NULL,
    "end" TEXT
);
CREATE INDEX medications_patient ON medications (patient_id);

-- Append-only audit trail; each row's hash chains to the previous row's hash.
CREATE TABLE audit_log (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    at TEXT NOT NULL,
    user TEXT NOT NULL,
    action TEXT NOT NULL,
    entity TEXT NOT NULL,
    entity_id INTEGER,
    patient_id INTEGER,
    before_json TEXT,
    after_json TEXT,
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL
);
CREATE INDEX audit_log_patient ON audit_log (patient_id);
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit trail is append-only');
END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit trail is append-only');
END;
