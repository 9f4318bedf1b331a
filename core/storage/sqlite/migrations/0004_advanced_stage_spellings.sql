-- Schema version 4: the one SQL definition of `advanced` (ADV-1, clarified 2026-12-04) reads every spelling of
-- stage IV (IV, IVA–IVC, 4, Stage IV, IV期, Ⅳ) and TNM M1 (M1, cM1, pM1) at diagnosis, and a false
-- de_novo_metastatic no longer overrides them. Keep in step with clinical::isDeNovoMetastatic().

DROP VIEW patient_advanced;

CREATE VIEW patient_advanced AS
SELECT p.id AS patient_id,
       (EXISTS (SELECT 1 FROM diagnoses d
                WHERE d.patient_id = p.id
                  AND (d.de_novo_metastatic = 1
                       OR replace(replace(replace(upper(trim(coalesce(d.stage, ''))), '期', ''), ' ', ''), 'STAGE', '')
                              IN ('IV', 'IVA', 'IVB', 'IVC', '4', 'Ⅳ', 'ⅣA', 'ⅣB', 'ⅣC')
                       OR upper(trim(coalesce(d.tnm_m, ''))) IN ('M1', 'CM1', 'PM1')))
        OR EXISTS (SELECT 1 FROM disease_events e
                   WHERE e.patient_id = p.id AND e.type = 'recurrence'
                     AND e.extent IN ('distant', 'locally_advanced_unresectable'))
        OR EXISTS (SELECT 1 FROM therapy_lines t
                   WHERE t.patient_id = p.id AND t.setting = 'advanced'
                     AND EXISTS (SELECT 1 FROM json_each(CASE WHEN json_valid(t.drugs) THEN t.drugs ELSE '[]' END) j
                                 WHERE lower(trim(j.value)) NOT IN (SELECT name FROM supportive_drugs)))) AS advanced
FROM patients p;

UPDATE patient_list
SET advanced = (SELECT a.advanced FROM patient_advanced a WHERE a.patient_id = patient_list.patient_id);
