-- Parcours: orientation, référent unique, diagnostic, contracts, appointments, notes, exits,
-- reviews, deadline rules, and person_parcours, the per-person projection of the current state
-- that lists, work lists and access checks read. Dialect tokens: {{id}} = auto-generated key.
-- Source tables are the truth; person_parcours is recomputed from them after every change.

CREATE TABLE orientations (
  id {{id}},
  person_id BIGINT NOT NULL REFERENCES persons(id),
  decided_on TEXT NOT NULL,
  decided_by TEXT NOT NULL,
  parcours TEXT NOT NULL CHECK (parcours IN ('professionnel', 'socio_professionnel', 'social')),
  structure_id BIGINT NOT NULL REFERENCES structures(id),
  reason TEXT,
  criteria TEXT NOT NULL DEFAULT '{}',
  -- The person's orientation this one follows (any orientation but the first has one); it is a
  -- re-orientation when it changes the path of the same period, not when a new right reopens it.
  previous_orientation_id BIGINT REFERENCES orientations(id),
  is_reorientation BOOLEAN NOT NULL DEFAULT FALSE,
  recorded_by BIGINT REFERENCES agents(id),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  version INTEGER NOT NULL DEFAULT 1
);
-- The orientations of a person form one chain: one first orientation, one successor each.
-- The tip of the chain is the current orientation: there can never be two.
CREATE UNIQUE INDEX orientations_one_first ON orientations (person_id)
  WHERE previous_orientation_id IS NULL;
CREATE UNIQUE INDEX orientations_one_successor ON orientations (previous_orientation_id);
CREATE INDEX orientations_by_person ON orientations (person_id, decided_on);
CREATE INDEX orientations_by_structure ON orientations (structure_id);

CREATE TABLE reorientation_requests (
  id {{id}},
  person_id BIGINT NOT NULL REFERENCES persons(id),
  orientation_id BIGINT NOT NULL REFERENCES orientations(id),
  requested_by BIGINT REFERENCES agents(id),
  requested_on TEXT NOT NULL,
  motive TEXT NOT NULL,
  proposed_parcours TEXT NOT NULL
    CHECK (proposed_parcours IN ('professionnel', 'socio_professionnel', 'social')),
  proposed_structure_id BIGINT REFERENCES structures(id),
  status TEXT NOT NULL CHECK (status IN ('en_attente', 'acceptee', 'refusee')),
  decided_by BIGINT REFERENCES agents(id),
  decided_on TEXT,
  decision_reason TEXT,
  resulting_orientation_id BIGINT REFERENCES orientations(id),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  version INTEGER NOT NULL DEFAULT 1
);
CREATE UNIQUE INDEX reorientation_requests_one_pending ON reorientation_requests (person_id)
  WHERE status = 'en_attente';
CREATE INDEX reorientation_requests_by_status ON reorientation_requests (status, requested_on);

-- valid_to is exclusive and NULL for the active assignment: never two active per person.
CREATE TABLE referent_assignments (
  id {{id}},
  person_id BIGINT NOT NULL REFERENCES persons(id),
  agent_id BIGINT NOT NULL REFERENCES agents(id),
  structure_id BIGINT REFERENCES structures(id),
  valid_from TEXT NOT NULL,
  valid_to TEXT,
  end_reason TEXT,
  recorded_by BIGINT REFERENCES agents(id),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  version INTEGER NOT NULL DEFAULT 1
);
CREATE UNIQUE INDEX referent_assignments_one_active ON referent_assignments (person_id)
  WHERE valid_to IS NULL;
CREATE INDEX referent_assignments_by_agent ON referent_assignments (agent_id, valid_to);
CREATE INDEX referent_assignments_by_person ON referent_assignments (person_id, valid_from);

-- The editable referential of barrier situations, seeded from codes.md §3 by the application.
CREATE TABLE barrier_situations (
  id {{id}},
  theme TEXT NOT NULL,
  code TEXT NOT NULL UNIQUE,
  label TEXT NOT NULL,
  active BOOLEAN NOT NULL DEFAULT TRUE,
  position INTEGER NOT NULL DEFAULT 0,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  version INTEGER NOT NULL DEFAULT 1
);

-- Dated versions: a new diagnostic never overwrites the previous one.
CREATE TABLE diagnostics (
  id {{id}},
  person_id BIGINT NOT NULL REFERENCES persons(id),
  made_on TEXT NOT NULL,
  agent_id BIGINT REFERENCES agents(id),
  structure_id BIGINT REFERENCES structures(id),
  driving_licence BOOLEAN,
  vehicle BOOLEAN,
  qualification_level TEXT,
  professional_project TEXT,
  rome_code TEXT,
  comment TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX diagnostics_by_person ON diagnostics (person_id, made_on);

CREATE TABLE diagnostic_items (
  id {{id}},
  diagnostic_id BIGINT NOT NULL REFERENCES diagnostics(id),
  theme TEXT NOT NULL,
  situation_code TEXT,
  impact TEXT NOT NULL CHECK (impact IN ('fort', 'moyen', 'sans_impact')),
  comment TEXT
);
CREATE INDEX diagnostic_items_by_diagnostic ON diagnostic_items (diagnostic_id);

CREATE TABLE contracts (
  id {{id}},
  person_id BIGINT NOT NULL REFERENCES persons(id),
  type TEXT NOT NULL
    CHECK (type IN ('cer_professionnel', 'cer_social', 'ppae', 'contrat_engagement')),
  status TEXT NOT NULL CHECK (status IN ('brouillon', 'signe', 'termine', 'resilie')),
  signed_on TEXT,
  starts_on TEXT NOT NULL,
  ends_on TEXT NOT NULL,
  weekly_hours INTEGER,
  exemption_reason TEXT,
  objectives TEXT,
  structure_id BIGINT REFERENCES structures(id),
  referent_agent_id BIGINT REFERENCES agents(id),
  renews_contract_id BIGINT REFERENCES contracts(id),
  closed_on TEXT,
  closure_reason TEXT,
  recorded_by BIGINT REFERENCES agents(id),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  version INTEGER NOT NULL DEFAULT 1,
  CHECK (ends_on >= starts_on)
);
CREATE INDEX contracts_by_person ON contracts (person_id, starts_on);
CREATE UNIQUE INDEX contracts_one_renewal ON contracts (renews_contract_id);

-- catalogue_action_id and prescription_id point to the offer (issue 4); no foreign key yet.
CREATE TABLE contract_actions (
  id {{id}},
  contract_id BIGINT NOT NULL REFERENCES contracts(id),
  position INTEGER NOT NULL,
  label TEXT NOT NULL,
  action_type INTEGER NOT NULL CHECK (action_type BETWEEN 1 AND 15),
  catalogue_action_id BIGINT,
  prescription_id BIGINT
);
CREATE INDEX contract_actions_by_contract ON contract_actions (contract_id, position);

-- The configurable list of appointment motives, seeded by the application.
CREATE TABLE appointment_motives (
  id {{id}},
  code TEXT NOT NULL UNIQUE,
  label TEXT NOT NULL,
  active BOOLEAN NOT NULL DEFAULT TRUE,
  position INTEGER NOT NULL DEFAULT 0,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  version INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE appointments (
  id {{id}},
  person_id BIGINT NOT NULL REFERENCES persons(id),
  agent_id BIGINT REFERENCES agents(id),
  structure_id BIGINT REFERENCES structures(id),
  starts_at TEXT NOT NULL,
  duration_minutes INTEGER NOT NULL DEFAULT 30,
  mode TEXT NOT NULL CHECK (mode IN ('sur_place', 'telephone', 'visio')),
  place TEXT,
  motive_code TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('a_venir', 'honore', 'excuse', 'annule', 'absent')),
  comment TEXT,
  recorded_by BIGINT REFERENCES agents(id),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX appointments_by_person ON appointments (person_id, starts_at);
CREATE INDEX appointments_by_agent ON appointments (agent_id, starts_at);

CREATE TABLE notes (
  id {{id}},
  person_id BIGINT NOT NULL REFERENCES persons(id),
  author_id BIGINT REFERENCES agents(id),
  structure_id BIGINT REFERENCES structures(id),
  visibility TEXT NOT NULL CHECK (visibility IN ('referent', 'structure', 'followers')),
  body TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX notes_by_person ON notes (person_id, created_at);

CREATE TABLE exits (
  id {{id}},
  person_id BIGINT NOT NULL REFERENCES persons(id),
  exited_on TEXT NOT NULL,
  reason TEXT NOT NULL,
  comment TEXT,
  recorded_by BIGINT REFERENCES agents(id),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX exits_by_person ON exits (person_id, exited_on);

-- Reviews of a social path (equipe pluridisciplinaire or joint review).
CREATE TABLE parcours_reviews (
  id {{id}},
  person_id BIGINT NOT NULL REFERENCES persons(id),
  reviewed_on TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('equipe_pluridisciplinaire', 'revue_conjointe')),
  outcome TEXT,
  recorded_by BIGINT REFERENCES agents(id),
  created_at TEXT NOT NULL
);
CREATE INDEX parcours_reviews_by_person ON parcours_reviews (person_id, reviewed_on);

-- Deadline rules changed in the application (on top of the defaults and the configuration
-- file), one row per rule and effective date.
CREATE TABLE deadline_rules (
  id {{id}},
  rule TEXT NOT NULL,
  duration TEXT NOT NULL,
  effective_from TEXT NOT NULL,
  recorded_by BIGINT REFERENCES agents(id),
  created_at TEXT NOT NULL,
  UNIQUE (rule, effective_from)
);

-- One row per person: the current state of the parcours, recomputed from the tables above
-- (and the rights history for dd_since) by the storage after each change.
CREATE TABLE person_parcours (
  person_id BIGINT PRIMARY KEY REFERENCES persons(id),
  territory_id BIGINT,
  commune_code TEXT,
  dd_since TEXT,
  orientation_id BIGINT,
  oriented_on TEXT,
  parcours TEXT,
  structure_id BIGINT,
  referent_agent_id BIGINT,
  referent_structure_id BIGINT,
  referent_since TEXT,
  contract_id BIGINT,
  contract_type TEXT,
  contract_starts_on TEXT,
  contract_ends_on TEXT,
  exited_on TEXT,
  exit_reason TEXT,
  last_contact_on TEXT,
  next_appointment_at TEXT,
  updated_at TEXT NOT NULL
);
CREATE INDEX person_parcours_by_structure ON person_parcours (structure_id);
CREATE INDEX person_parcours_by_referent ON person_parcours (referent_agent_id);
CREATE INDEX person_parcours_by_referent_structure ON person_parcours (referent_structure_id);
CREATE INDEX person_parcours_by_territory ON person_parcours (territory_id);
CREATE INDEX person_parcours_by_commune ON person_parcours (commune_code);
