-- Schema version 2: patient search and the patient list (clinician workspace).
-- Forward-only: never edit after release; add a new numbered file.
--
-- Everything here is derived from the tables of schema 1 and kept in step with them by triggers, so every
-- write path (the service, case-file import, the synthetic generator, a restored backup) maintains it.

-- Numbers (MRN, outpatient and inpatient numbers) again, as trigrams: a number typed from its middle
-- ("50123" for ZY20240050123) matches once it has three characters.
CREATE VIRTUAL TABLE patient_numbers USING fts5(numbers, tokenize = 'trigram');

-- What the search box matches, one row per patient (rowid = patients.id). unicode61 folds case and diacritics;
-- each column is matched as a phrase whose last token is a prefix (core/services/PatientDirectory.cpp).
CREATE VIRTUAL TABLE patient_search USING fts5(
    name_chars,     -- Chinese name, one token per character: "张 伟" (so 伟 alone finds 张伟)
    pinyin,         -- "zhang wei"
    pinyin_joined,  -- "zhangwei"
    initials,       -- "zw"
    latin,          -- "zhang wei"
    latin_joined,   -- "zhangwei"
    numbers,        -- MRN, outpatient and inpatient numbers
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '1 2 3'
);

-- The one definition of the search columns (used by the triggers and the first fill below).
-- Names longer than eleven characters keep their tail as one token.
CREATE VIEW patient_search_source AS
SELECT id,
       trim(substr(ifnull(name, ''), 1, 1) || ' ' || substr(ifnull(name, ''), 2, 1) || ' ' ||
            substr(ifnull(name, ''), 3, 1) || ' ' || substr(ifnull(name, ''), 4, 1) || ' ' ||
            substr(ifnull(name, ''), 5, 1) || ' ' || substr(ifnull(name, ''), 6, 1) || ' ' ||
            substr(ifnull(name, ''), 7, 1) || ' ' || substr(ifnull(name, ''), 8, 1) || ' ' ||
            substr(ifnull(name, ''), 9, 1) || ' ' || substr(ifnull(name, ''), 10, 1) || ' ' ||
            substr(ifnull(name, ''), 11, 1) || ' ' || substr(ifnull(name, ''), 12)) AS name_chars,
       ifnull(name_pinyin, '') AS pinyin,
       replace(ifnull(name_pinyin, ''), ' ', '') AS pinyin_joined,
       ifnull(name_initials, '') AS initials,
       lower(ifnull(name_latin, '')) AS latin,
       replace(replace(replace(replace(lower(ifnull(name_latin, '')), ' ', ''), '-', ''), '''', ''), '.', '')
           AS latin_joined,
       ifnull(mrn, '') || ' ' || ifnull(outpatient_number, '') || ' ' || ifnull(inpatient_number, '') || ' ' ||
           -- and each number without its punctuation, so DEMO0006 finds DEMO-0006
           replace(replace(replace(replace(ifnull(mrn, ''), '-', ''), '/', ''), '.', ''), '_', '') || ' ' ||
           replace(replace(replace(replace(ifnull(outpatient_number, ''), '-', ''), '/', ''), '.', ''), '_', '') || ' ' ||
           replace(replace(replace(replace(ifnull(inpatient_number, ''), '-', ''), '/', ''), '.', ''), '_', '')
           AS numbers
FROM patients;

-- Drugs that make a line supportive (OFS and bone-modifying agents, clinical-rules.md §0): catalogue names,
-- aliases and Chinese names in lower case. Written by the program from its knowledge data
-- (PatientDirectory::syncKnowledge), which then recomputes patient_list.advanced.
CREATE TABLE supportive_drugs (
    name TEXT PRIMARY KEY
) WITHOUT ROWID;

-- Small key/value state of the derived list data (e.g. the knowledge version supportive_drugs came from).
CREATE TABLE patient_list_state (
    key TEXT PRIMARY KEY,
    value TEXT
) WITHOUT ROWID;

-- The one definition of `advanced` (records dated after today cannot be stored, so "has started" holds).
CREATE VIEW patient_advanced AS
SELECT p.id AS patient_id,
       (EXISTS (SELECT 1 FROM diagnoses d
                WHERE d.patient_id = p.id
                  AND (d.de_novo_metastatic = 1
                       OR (d.de_novo_metastatic IS NULL
                           AND (upper(trim(d.stage)) LIKE 'IV%' OR trim(d.stage) LIKE 'Ⅳ%'))))
        OR EXISTS (SELECT 1 FROM disease_events e
                   WHERE e.patient_id = p.id AND e.type = 'recurrence'
                     AND e.extent IN ('distant', 'locally_advanced_unresectable'))
        OR EXISTS (SELECT 1 FROM therapy_lines t
                   WHERE t.patient_id = p.id AND t.setting = 'advanced'
                     AND EXISTS (SELECT 1 FROM json_each(CASE WHEN json_valid(t.drugs) THEN t.drugs ELSE '[]' END) j
                                 WHERE lower(trim(j.value)) NOT IN (SELECT name FROM supportive_drugs)))) AS advanced
FROM patients p;

-- One narrow row per patient with what the list filters and sorts on, so that no query of the list reads the
-- wide patients rows. Every sort order has a covering index that also holds the archived and advanced flags.
CREATE TABLE patient_list (
    patient_id INTEGER PRIMARY KEY REFERENCES patients (id) ON DELETE CASCADE,
    name_key TEXT NOT NULL,  -- pinyin of the Chinese name, else the Latin name, lower case
    mrn TEXT NOT NULL,
    birth_date TEXT,
    updated_at TEXT NOT NULL,
    archived INTEGER NOT NULL,
    advanced INTEGER NOT NULL
);
CREATE INDEX patient_list_name ON patient_list (name_key, patient_id, archived, advanced);
CREATE INDEX patient_list_mrn ON patient_list (mrn, patient_id, archived, advanced);
CREATE INDEX patient_list_birth ON patient_list (birth_date, patient_id, archived, advanced);
CREATE INDEX patient_list_updated ON patient_list (updated_at, patient_id, archived, advanced);
CREATE INDEX patient_list_advanced ON patient_list (advanced, name_key, patient_id, archived);

-- The one definition of a list row.
CREATE VIEW patient_list_source AS
SELECT p.id AS patient_id,
       coalesce(nullif(p.name_pinyin, ''), lower(nullif(p.name_latin, '')), '') AS name_key,
       p.mrn AS mrn,
       p.birth_date AS birth_date,
       p.updated_at AS updated_at,
       p.archived AS archived,
       a.advanced AS advanced
FROM patients p JOIN patient_advanced a ON a.patient_id = p.id;

CREATE TRIGGER patients_list_insert AFTER INSERT ON patients
BEGIN
    INSERT INTO patient_search (rowid, name_chars, pinyin, pinyin_joined, initials, latin, latin_joined, numbers)
        SELECT id, name_chars, pinyin, pinyin_joined, initials, latin, latin_joined, numbers
        FROM patient_search_source WHERE id = new.id;
    INSERT INTO patient_numbers (rowid, numbers) SELECT id, numbers FROM patient_search_source WHERE id = new.id;
    INSERT INTO patient_list (patient_id, name_key, mrn, birth_date, updated_at, archived, advanced)
        SELECT patient_id, name_key, mrn, birth_date, updated_at, archived, advanced FROM patient_list_source WHERE patient_id = new.id;
END;

CREATE TRIGGER patients_search_update
AFTER UPDATE OF mrn, outpatient_number, inpatient_number, name, name_pinyin, name_initials, name_latin ON patients
BEGIN
    DELETE FROM patient_search WHERE rowid = old.id;
    INSERT INTO patient_search (rowid, name_chars, pinyin, pinyin_joined, initials, latin, latin_joined, numbers)
        SELECT id, name_chars, pinyin, pinyin_joined, initials, latin, latin_joined, numbers
        FROM patient_search_source WHERE id = new.id;
    DELETE FROM patient_numbers WHERE rowid = old.id;
    INSERT INTO patient_numbers (rowid, numbers) SELECT id, numbers FROM patient_search_source WHERE id = new.id;
END;

CREATE TRIGGER patients_list_update
AFTER UPDATE OF mrn, name_pinyin, name_latin, birth_date, updated_at, archived ON patients
BEGIN
    INSERT OR REPLACE INTO patient_list (patient_id, name_key, mrn, birth_date, updated_at, archived, advanced)
        SELECT patient_id, name_key, mrn, birth_date, updated_at, archived, advanced FROM patient_list_source WHERE patient_id = new.id;
END;

CREATE TRIGGER patients_list_delete AFTER DELETE ON patients
BEGIN
    DELETE FROM patient_search WHERE rowid = old.id;
    DELETE FROM patient_numbers WHERE rowid = old.id;
END;

-- `advanced` follows the diagnoses.
CREATE TRIGGER diagnoses_list_insert AFTER INSERT ON diagnoses
BEGIN
    UPDATE patient_list SET advanced = (SELECT advanced FROM patient_advanced WHERE patient_id = new.patient_id)
    WHERE patient_id = new.patient_id;
END;
CREATE TRIGGER diagnoses_list_update AFTER UPDATE ON diagnoses
BEGIN
    UPDATE patient_list
    SET advanced = (SELECT a.advanced FROM patient_advanced a WHERE a.patient_id = patient_list.patient_id)
    WHERE patient_id IN (old.patient_id, new.patient_id);
END;
CREATE TRIGGER diagnoses_list_delete AFTER DELETE ON diagnoses
BEGIN
    UPDATE patient_list SET advanced = (SELECT advanced FROM patient_advanced WHERE patient_id = old.patient_id)
    WHERE patient_id = old.patient_id;
END;

-- `advanced` follows the disease events (only recurrences can change it).
CREATE TRIGGER disease_events_list_insert AFTER INSERT ON disease_events
WHEN new.type = 'recurrence'
BEGIN
    UPDATE patient_list SET advanced = (SELECT advanced FROM patient_advanced WHERE patient_id = new.patient_id)
    WHERE patient_id = new.patient_id;
END;
CREATE TRIGGER disease_events_list_update AFTER UPDATE ON disease_events
WHEN old.type = 'recurrence' OR new.type = 'recurrence'
BEGIN
    UPDATE patient_list
    SET advanced = (SELECT a.advanced FROM patient_advanced a WHERE a.patient_id = patient_list.patient_id)
    WHERE patient_id IN (old.patient_id, new.patient_id);
END;
CREATE TRIGGER disease_events_list_delete AFTER DELETE ON disease_events
WHEN old.type = 'recurrence'
BEGIN
    UPDATE patient_list SET advanced = (SELECT advanced FROM patient_advanced WHERE patient_id = old.patient_id)
    WHERE patient_id = old.patient_id;
END;

-- `advanced` follows the therapy lines (only lines in the advanced setting can change it).
CREATE TRIGGER therapy_lines_list_insert AFTER INSERT ON therapy_lines
WHEN new.setting = 'advanced'
BEGIN
    UPDATE patient_list SET advanced = (SELECT advanced FROM patient_advanced WHERE patient_id = new.patient_id)
    WHERE patient_id = new.patient_id;
END;
CREATE TRIGGER therapy_lines_list_update AFTER UPDATE ON therapy_lines
WHEN old.setting = 'advanced' OR new.setting = 'advanced'
BEGIN
    UPDATE patient_list
    SET advanced = (SELECT a.advanced FROM patient_advanced a WHERE a.patient_id = patient_list.patient_id)
    WHERE patient_id IN (old.patient_id, new.patient_id);
END;
CREATE TRIGGER therapy_lines_list_delete AFTER DELETE ON therapy_lines
WHEN old.setting = 'advanced'
BEGIN
    UPDATE patient_list SET advanced = (SELECT advanced FROM patient_advanced WHERE patient_id = old.patient_id)
    WHERE patient_id = old.patient_id;
END;

-- First fill from the existing patients. `advanced` is exact once the program has written supportive_drugs
-- (on first use of the list: patient_list_state holds no knowledge version yet, so everything is recomputed).
INSERT INTO patient_search (rowid, name_chars, pinyin, pinyin_joined, initials, latin, latin_joined, numbers)
    SELECT id, name_chars, pinyin, pinyin_joined, initials, latin, latin_joined, numbers FROM patient_search_source;
INSERT INTO patient_numbers (rowid, numbers) SELECT id, numbers FROM patient_search_source;
INSERT INTO patient_list (patient_id, name_key, mrn, birth_date, updated_at, archived, advanced)
        SELECT patient_id, name_key, mrn, birth_date, updated_at, archived, advanced FROM patient_list_source
