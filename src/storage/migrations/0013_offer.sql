-- Offre d'insertion (issue 4): the PDI programme of a year, the catalogue of actions (a
-- data·inclusion v1 service plus pacte's own fields), their sessions, prescriptions with
-- every transition, and the journal of data·inclusion imports.
-- Multi-valued data·inclusion fields live in action_codes (one row per value), so that search
-- filters are indexed lookups on both databases. Money is stored in cents.

-- data·inclusion identity and fields of a structure that pacte's directory does not hold.
-- Imported structures always have a row; pacte's own structures get one when edited, and
-- are otherwise exported as `<source>--<structure id>`.
CREATE TABLE structure_di_details (
  structure_id BIGINT PRIMARY KEY REFERENCES structures(id),
  di_id TEXT NOT NULL UNIQUE,
  di_source TEXT NOT NULL,
  description TEXT,
  siret TEXT,
  site_web TEXT,
  lien_source TEXT,
  horaires_accueil TEXT,
  accessibilite_lieu TEXT,
  reseaux_porteurs TEXT NOT NULL DEFAULT '',  -- comma-separated reseaux-porteurs codes
  complement_adresse TEXT,
  code_postal TEXT,
  latitude DOUBLE PRECISION,
  longitude DOUBLE PRECISION,
  date_maj TEXT NOT NULL,
  updated_at TEXT NOT NULL
);

CREATE TABLE programmes (
  id {{id}},
  year INTEGER NOT NULL UNIQUE,
  name TEXT NOT NULL,
  adopted_on TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  version INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE programme_budgets (
  programme_id BIGINT NOT NULL REFERENCES programmes(id),
  objective TEXT NOT NULL CHECK (objective IN ('lever_freins_sociaux', 'se_remobiliser',
    'projet_retour_emploi', 'acceder_qualification', 'creer_activite', 'acceder_emploi')),
  amount_cents BIGINT NOT NULL CHECK (amount_cents >= 0),
  PRIMARY KEY (programme_id, objective)
);

CREATE TABLE actions (
  id {{id}},
  di_id TEXT NOT NULL UNIQUE,              -- `<source>--<local id>`
  di_source TEXT NOT NULL,
  structure_id BIGINT NOT NULL REFERENCES structures(id),
  programme_id BIGINT REFERENCES programmes(id),
  programme_year INTEGER,
  status TEXT NOT NULL CHECK (status IN ('brouillon', 'publiee', 'archivee')),
  name TEXT NOT NULL,
  description TEXT NOT NULL DEFAULT '',
  search_text TEXT NOT NULL DEFAULT '',    -- SearchKey(name + ' ' + description)
  objective TEXT CHECK (objective IN ('lever_freins_sociaux', 'se_remobiliser',
    'projet_retour_emploi', 'acceder_qualification', 'creer_activite', 'acceder_emploi')),
  action_type INTEGER CHECK (action_type BETWEEN 1 AND 15),   -- OARSA table 4
  service_type TEXT,                       -- data·inclusion `type`
  frais TEXT,
  frais_precisions TEXT,
  publics_precisions TEXT,
  conditions_acces TEXT,
  adresse TEXT,
  complement_adresse TEXT,
  commune_code TEXT,                       -- INSEE code of the place (no FK: imports)
  commune_name TEXT,
  code_postal TEXT,
  latitude DOUBLE PRECISION,
  longitude DOUBLE PRECISION,
  telephone TEXT,
  courriel TEXT,
  contact_nom_prenom TEXT,
  lien_source TEXT,
  lien_mobilisation TEXT,
  mobilisation_precisions TEXT,
  horaires_accueil TEXT,
  weekly_hours DOUBLE PRECISION,           -- volume_horaire_hebdomadaire
  weeks INTEGER,                           -- nombre_semaines
  capacity INTEGER CHECK (capacity >= 0),  -- simultaneous participants when no session
  funding_amount_cents BIGINT CHECK (funding_amount_cents >= 0),
  convention_number TEXT,
  esf_cofunded BOOLEAN NOT NULL DEFAULT FALSE,
  date_maj TEXT NOT NULL,
  published_at TEXT,
  archived_at TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX actions_by_structure ON actions (structure_id, status);
CREATE INDEX actions_by_status_objective ON actions (status, objective);
CREATE INDEX actions_by_programme ON actions (programme_id);

-- One row per value of a multi-valued field. list:
--   thematique, public, mode_accueil, mode_mobilisation, mobilisable_par (data·inclusion),
--   barrier (diagnostic barrier themes addressed), funder (institution id),
--   zone_commune (INSEE code), zone_territory (territory id), zone_departement ('92'),
--   zone_epci (SIREN), zone_france ('france'). No zone row: the whole département.
CREATE TABLE action_codes (
  action_id BIGINT NOT NULL REFERENCES actions(id),
  list TEXT NOT NULL CHECK (list IN ('thematique', 'public', 'mode_accueil',
    'mode_mobilisation', 'mobilisable_par', 'barrier', 'funder', 'zone_commune',
    'zone_territory', 'zone_departement', 'zone_epci', 'zone_france')),
  code TEXT NOT NULL,
  PRIMARY KEY (action_id, list, code)
);
CREATE INDEX action_codes_by_code ON action_codes (list, code, action_id);

CREATE TABLE action_sessions (
  id {{id}},
  action_id BIGINT NOT NULL REFERENCES actions(id),
  label TEXT NOT NULL DEFAULT '',
  starts_on TEXT NOT NULL,
  ends_on TEXT NOT NULL,
  schedule TEXT NOT NULL DEFAULT '',       -- "lundi et jeudi, 9 h – 12 h"
  weekly_hours DOUBLE PRECISION,
  weeks INTEGER,
  places INTEGER NOT NULL CHECK (places >= 0),
  place TEXT NOT NULL DEFAULT '',          -- place of delivery
  commune_code TEXT,
  cancelled BOOLEAN NOT NULL DEFAULT FALSE,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  version INTEGER NOT NULL DEFAULT 1,
  CHECK (ends_on >= starts_on)
);
CREATE INDEX action_sessions_by_action ON action_sessions (action_id, starts_on);
CREATE INDEX action_sessions_by_start ON action_sessions (starts_on);

-- A prescription holds a place while its status is acceptee or entree: places taken are
-- counted from these rows, never stored.
CREATE TABLE prescriptions (
  id {{id}},
  person_id BIGINT NOT NULL REFERENCES persons(id),
  action_id BIGINT NOT NULL REFERENCES actions(id),
  session_id BIGINT REFERENCES action_sessions(id),
  structure_id BIGINT NOT NULL REFERENCES structures(id),  -- the action's operator
  prescriber_agent_id BIGINT REFERENCES agents(id),
  prescriber_structure_id BIGINT REFERENCES structures(id),
  message TEXT NOT NULL DEFAULT '',
  weekly_hours DOUBLE PRECISION,
  weeks INTEGER,
  status TEXT NOT NULL CHECK (status IN ('en_attente', 'acceptee', 'refusee', 'expiree',
    'entree', 'sortie')),
  reason TEXT CHECK (reason IN ('plus_de_place', 'public_non_eligible', 'personne_injoignable',
    'refus_personne', 'autre')),
  reason_detail TEXT,
  outcome TEXT CHECK (outcome IN ('terminee', 'abandon', 'exclusion', 'emploi', 'formation')),
  prescribed_at TEXT NOT NULL,
  answered_at TEXT,
  entered_on TEXT,
  exited_on TEXT,
  reminded_at TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX prescriptions_by_person ON prescriptions (person_id, prescribed_at);
CREATE INDEX prescriptions_by_operator ON prescriptions (structure_id, status, prescribed_at);
CREATE INDEX prescriptions_by_session ON prescriptions (session_id, status);
CREATE INDEX prescriptions_by_action ON prescriptions (action_id, status);
CREATE INDEX prescriptions_by_status ON prescriptions (status, prescribed_at);
CREATE INDEX prescriptions_by_prescriber ON prescriptions (prescriber_agent_id, status);

-- Every transition, dated and attributed (status 'relance' records a reminder).
CREATE TABLE prescription_events (
  id {{id}},
  prescription_id BIGINT NOT NULL REFERENCES prescriptions(id),
  status TEXT NOT NULL CHECK (status IN ('en_attente', 'acceptee', 'refusee', 'expiree',
    'entree', 'sortie', 'relance')),
  at TEXT NOT NULL,
  agent_id BIGINT REFERENCES agents(id),
  reason TEXT,
  outcome TEXT,
  comment TEXT NOT NULL DEFAULT ''
);
CREATE INDEX prescription_events_by_prescription ON prescription_events (prescription_id, at);

-- The journal of data·inclusion imports (file hash, counts, per-record report as JSON).
CREATE TABLE catalogue_imports (
  id {{id}},
  file_name TEXT NOT NULL,
  file_sha256 TEXT NOT NULL,
  dry_run BOOLEAN NOT NULL,
  applied BOOLEAN NOT NULL,
  records INTEGER NOT NULL,
  structures_created INTEGER NOT NULL DEFAULT 0,
  structures_updated INTEGER NOT NULL DEFAULT 0,
  services_created INTEGER NOT NULL DEFAULT 0,
  services_updated INTEGER NOT NULL DEFAULT 0,
  unchanged INTEGER NOT NULL DEFAULT 0,
  rejected INTEGER NOT NULL DEFAULT 0,
  warnings INTEGER NOT NULL DEFAULT 0,
  report TEXT NOT NULL DEFAULT '[]',
  imported_by BIGINT REFERENCES agents(id),
  imported_at TEXT NOT NULL
);
