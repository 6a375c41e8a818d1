-- Pilotage statistics (issue 6).

-- The household's family situation as the CAF data told it at each rights row (DREES
-- breakdown single/couple × with/without children); NULL when unknown.
ALTER TABLE rights_history ADD COLUMN family_situation TEXT
  CHECK (family_situation IN ('seul_sans_enfant', 'seul_avec_enfants', 'couple_sans_enfant',
    'couple_avec_enfants'));

-- The institution an agent speaks for (signatories of the pact: "mes engagements"); when
-- NULL, the institution of the agent's structure.
ALTER TABLE agents ADD COLUMN institution_id BIGINT REFERENCES institutions(id);

-- The statistics read histories as recorded at a date.
CREATE INDEX rights_history_by_recorded ON rights_history (recorded_at);
