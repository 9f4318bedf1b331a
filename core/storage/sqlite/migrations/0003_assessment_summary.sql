-- Schema version 3: the stored per-patient assessment summary (product.md §8). The patient list and the worklists
-- read it instead of assessing 100,000 patients; it is derived data (recomputed, never audited). A summary is stale
-- when it was computed for another date, knowledge version or jurisdiction, or before the record's last change.

CREATE TABLE assessment_summaries (
    patient_id INTEGER PRIMARY KEY REFERENCES patients (id) ON DELETE CASCADE,
    as_of TEXT NOT NULL,                -- the evaluation date it was computed for (YYYY-MM-DD)
    computed_at TEXT NOT NULL,          -- when (UTC, ISO with ms)
    record_updated_at TEXT NOT NULL,    -- patients.updated_at of the record it was computed from
    knowledge_version TEXT NOT NULL,
    jurisdiction TEXT NOT NULL,
    advanced INTEGER NOT NULL,          -- ADV-1
    resistance TEXT NOT NULL,           -- endocrine_resistance.overall
    resistance_rule TEXT NOT NULL,
    elacestrant_status TEXT NOT NULL,   -- option, not_option, needs_information
    elacestrant_flags TEXT NOT NULL,    -- JSON array of flag codes (ALREADY_ON, CURRENT_LINE_NOT_PROGRESSED …)
    imlunestrant_status TEXT NOT NULL,
    imlunestrant_flags TEXT NOT NULL,
    actions TEXT NOT NULL,              -- JSON array of action codes, in the order of clinical-rules.md §5
    esr1 TEXT NOT NULL,                 -- ESR1 state: none, mutated, review, not_detected, discordant, not_current, indeterminate
    esr1_date TEXT,                     -- collection date of the latest ESR1 result
    current_line INTEGER,               -- number of the advanced line active on as_of (the clinician's if recorded)
    current_line_start TEXT,
    current_drugs TEXT,                 -- JSON array of catalogue names
    marker_rise INTEGER                 -- TM-4 MARKER_RISE once the marker analytics provide it; NULL until then
);
CREATE INDEX assessment_summaries_freshness ON assessment_summaries (as_of, knowledge_version, jurisdiction);

-- Every change of an oral SERD's status, with the evaluation date on which it was first seen
-- (so a worklist can say "newly an option in the last 30 days"). Append-only in practice; removed with the patient.
CREATE TABLE assessment_status_history (
    id INTEGER PRIMARY KEY,
    patient_id INTEGER NOT NULL REFERENCES patients (id) ON DELETE CASCADE,
    drug TEXT NOT NULL,
    status TEXT NOT NULL,
    previous_status TEXT,               -- NULL for the first status ever computed
    first_seen TEXT NOT NULL,           -- the as_of date of the computation that first saw it
    computed_at TEXT NOT NULL,
    knowledge_version TEXT NOT NULL
);
CREATE INDEX assessment_status_history_patient ON assessment_status_history (patient_id, drug, id);
CREATE INDEX assessment_status_history_seen ON assessment_status_history (first_seen, status);
