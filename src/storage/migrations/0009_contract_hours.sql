-- Contracts: weekly hours may be fractional (17,5 h is a common half-time). 0006 declared an
-- INTEGER column, which PostgreSQL refuses to hold 17.5 in: the column becomes NUMERIC, its
-- values kept. DROP/RENAME COLUMN are valid on SQLite 3.35+ and PostgreSQL.
ALTER TABLE contracts ADD COLUMN weekly_hours_exact NUMERIC;
UPDATE contracts SET weekly_hours_exact = weekly_hours;
ALTER TABLE contracts DROP COLUMN weekly_hours;
ALTER TABLE contracts RENAME COLUMN weekly_hours_exact TO weekly_hours;
