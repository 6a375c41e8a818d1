-- Beneficiaries: households (the RSA file at the CAF/MSA), the adults followed in them, and
-- the dated history of their RSA right. Dialect tokens: {{id}} = auto-generated key.
CREATE TABLE households (
  id {{id}},
  numdemrsa TEXT UNIQUE,
  caf_matricule TEXT NOT NULL,
  paying_body TEXT NOT NULL CHECK (paying_body IN ('CAF', 'MSA')),
  commune_code TEXT REFERENCES communes(insee_code),
  address TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX households_by_caf_matricule ON households (caf_matricule);

CREATE TABLE persons (
  id {{id}},
  household_id BIGINT REFERENCES households(id),
  role TEXT CHECK (role IN ('DEM', 'CJT')),
  civility TEXT,
  first_name TEXT NOT NULL,
  last_name TEXT NOT NULL,
  birth_name TEXT,
  birth_date TEXT NOT NULL,
  sex TEXT,
  nir TEXT UNIQUE,
  caf_number TEXT,
  internal_id TEXT,
  email TEXT,
  phone TEXT,
  address TEXT,
  commune_code TEXT REFERENCES communes(insee_code),
  search_key TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  version INTEGER NOT NULL DEFAULT 1,
  anonymised_at TEXT
);
-- Name search is LIKE 'prefix%' on search_key (folded, so lower-case ASCII) ordered by it.
CREATE INDEX persons_by_search_key ON persons (search_key, id);
CREATE INDEX persons_by_caf_number ON persons (caf_number);
CREATE INDEX persons_by_birth_date ON persons (birth_date);
CREATE INDEX persons_by_household ON persons (household_id);

-- One row per period of a right; valid_to is exclusive (the next row's valid_from) and NULL
-- for the current row. A corrected row is kept with superseded_at set, so that the history
-- can be read "as known at" a past instant (rows recorded then and not yet superseded).
CREATE TABLE rights_history (
  id {{id}},
  household_id BIGINT NOT NULL REFERENCES households(id),
  person_id BIGINT REFERENCES persons(id),
  valid_from TEXT NOT NULL,
  valid_to TEXT,
  etatdosrsa TEXT NOT NULL,
  dd_flag TEXT NOT NULL,
  suspension_reason TEXT,
  closure_reason TEXT,
  closure_date TEXT,
  homeless BOOLEAN NOT NULL DEFAULT FALSE,
  source TEXT NOT NULL,
  recorded_at TEXT NOT NULL,
  superseded_at TEXT
);
CREATE INDEX rights_history_by_person ON rights_history (person_id, valid_from);
CREATE INDEX rights_history_by_household ON rights_history (household_id, valid_from);
