-- Schema version 2: patient search (owned by the clinician-workspace change; fill in before release).
SELECT 1
