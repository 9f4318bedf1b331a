-- Schema version 6: a deceased patient's stored assessment says so (issue 14): no option cards, no due actions, on no
-- worklist. NULL while alive.
ALTER TABLE assessment_summaries ADD COLUMN deceased TEXT;
