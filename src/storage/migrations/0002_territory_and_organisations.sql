-- Territory (territories, communes with boundaries) and partners (institutions, structures).
-- The departements table comes from 0001. Dialect tokens: {{id}} = auto-generated key.
CREATE TABLE territories (
  id {{id}},
  departement_code TEXT NOT NULL REFERENCES departements(code),
  code TEXT NOT NULL,
  name TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('ept', 'bassin', 'custom')),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  version INTEGER NOT NULL DEFAULT 1,
  UNIQUE (departement_code, code)
);

CREATE TABLE communes (
  insee_code TEXT PRIMARY KEY,
  departement_code TEXT NOT NULL REFERENCES departements(code),
  name TEXT NOT NULL,
  search_key TEXT NOT NULL,
  postal_codes TEXT NOT NULL DEFAULT '',
  territory_id BIGINT REFERENCES territories(id),
  population BIGINT,
  lat DOUBLE PRECISION,
  lon DOUBLE PRECISION,
  geometry TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX communes_by_territory ON communes (territory_id);
CREATE INDEX communes_by_departement ON communes (departement_code, search_key);

CREATE TABLE territory_imports (
  id {{id}},
  departement_code TEXT NOT NULL REFERENCES departements(code),
  source_name TEXT NOT NULL,
  territories_created INTEGER NOT NULL,
  territories_updated INTEGER NOT NULL,
  communes_created INTEGER NOT NULL,
  communes_updated INTEGER NOT NULL,
  communes_unchanged INTEGER NOT NULL,
  imported_at TEXT NOT NULL
);

CREATE TABLE institutions (
  id {{id}},
  name TEXT NOT NULL,
  search_key TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('etat', 'france_travail', 'caf', 'msa', 'cpam', 'ars',
    'region', 'departement', 'commune', 'ccas', 'mission_locale', 'cap_emploi', 'chambre',
    'association', 'entreprise', 'autre')),
  siret TEXT UNIQUE,
  is_pact_signatory BOOLEAN NOT NULL DEFAULT FALSE,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX institutions_by_search_key ON institutions (search_key, id);
CREATE INDEX institutions_by_kind ON institutions (kind);

CREATE TABLE structures (
  id {{id}},
  institution_id BIGINT NOT NULL REFERENCES institutions(id),
  name TEXT NOT NULL,
  search_key TEXT NOT NULL,
  address TEXT,
  commune_code TEXT NOT NULL REFERENCES communes(insee_code),
  phone TEXT,
  email TEXT,
  is_referent_body BOOLEAN NOT NULL,
  is_action_operator BOOLEAN NOT NULL,
  drees_category TEXT NOT NULL CHECK (drees_category IN ('france_travail', 'mission_locale',
    'mde_plie_cap_emploi', 'creation_entreprise', 'iae', 'autre_spe', 'departement', 'caf',
    'msa', 'ccas_cias', 'autre_hors_spe')),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  version INTEGER NOT NULL DEFAULT 1,
  CHECK (is_referent_body OR is_action_operator)
);
CREATE INDEX structures_by_search_key ON structures (search_key, id);
CREATE INDEX structures_by_commune ON structures (commune_code);
CREATE INDEX structures_by_institution ON structures (institution_id);
CREATE INDEX structures_by_drees_category ON structures (drees_category);
