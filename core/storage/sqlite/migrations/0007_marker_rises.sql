-- Schema version 7: the marker-rise worklist names the marker and the rise (issue 14): per analyte with a confirmed
-- rise (TM-4) on as_of, its code, label, nadir, latest value, unit and date. NULL when there is none; summaries stored
-- before this version have NULL until their next recompute.
ALTER TABLE assessment_summaries ADD COLUMN marker_rises TEXT;
