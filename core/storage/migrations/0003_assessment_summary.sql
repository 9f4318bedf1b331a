-- Schema version 3: stored per-patient assessment summary (owned by the rules change; fill in before release).
SELECT 1
