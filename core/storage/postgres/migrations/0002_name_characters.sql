-- OncoCase PostgreSQL schema version 2. Forward-only: never edit after release; add a new numbered file.
-- A Chinese name is searched from any of its characters ("丽" finds 张丽). Trigram indexes need three characters, so
-- one or two scanned every patient: an index of each name's characters serves them (`@>` on the array).
CREATE INDEX patients_name_characters ON patients USING gin (regexp_split_to_array(coalesce(name, ''), ''));
