-- The pact and its governance (issue 6, package A): pacts, signatories, orientations,
-- objectives with their pilot institutions, commitments, indicators with yearly targets and
-- measurements (a correction supersedes the previous row, history kept), discussions.

CREATE TABLE pacts (
  id {{id}},
  name TEXT NOT NULL,
  period_start INTEGER NOT NULL,
  period_end INTEGER NOT NULL,
  adopted_on TEXT,
  status TEXT NOT NULL CHECK (status IN ('brouillon', 'adopte', 'clos')),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  version INTEGER NOT NULL DEFAULT 1,
  CHECK (period_end >= period_start)
);

CREATE TABLE pact_signatories (
  id {{id}},
  pact_id BIGINT NOT NULL REFERENCES pacts(id),
  institution_id BIGINT NOT NULL REFERENCES institutions(id),
  signed_on TEXT,
  representative TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  version INTEGER NOT NULL DEFAULT 1,
  UNIQUE (pact_id, institution_id)
);

CREATE TABLE pact_orientations (
  id {{id}},
  pact_id BIGINT NOT NULL REFERENCES pacts(id),
  code TEXT NOT NULL,
  label TEXT NOT NULL,
  position INTEGER NOT NULL DEFAULT 0,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  version INTEGER NOT NULL DEFAULT 1,
  UNIQUE (pact_id, code)
);

CREATE TABLE pact_objectives (
  id {{id}},
  orientation_id BIGINT NOT NULL REFERENCES pact_orientations(id),
  title TEXT NOT NULL,
  description TEXT NOT NULL DEFAULT '',
  period_start INTEGER NOT NULL,
  period_end INTEGER NOT NULL,
  position INTEGER NOT NULL DEFAULT 0,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX pact_objectives_by_orientation ON pact_objectives (orientation_id, position, id);

CREATE TABLE objective_pilots (
  objective_id BIGINT NOT NULL REFERENCES pact_objectives(id),
  institution_id BIGINT NOT NULL REFERENCES institutions(id),
  PRIMARY KEY (objective_id, institution_id)
);
CREATE INDEX objective_pilots_by_institution ON objective_pilots (institution_id);

CREATE TABLE pact_commitments (
  id {{id}},
  pact_id BIGINT NOT NULL REFERENCES pacts(id),
  objective_id BIGINT REFERENCES pact_objectives(id),
  institution_id BIGINT NOT NULL REFERENCES institutions(id),
  text TEXT NOT NULL,
  action_id BIGINT REFERENCES actions(id),
  programme_id BIGINT REFERENCES programmes(id),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX pact_commitments_by_objective ON pact_commitments (objective_id);
CREATE INDEX pact_commitments_by_institution ON pact_commitments (institution_id);

CREATE TABLE indicators (
  id {{id}},
  objective_id BIGINT NOT NULL REFERENCES pact_objectives(id),
  name TEXT NOT NULL,
  unit TEXT NOT NULL DEFAULT '',
  higher_is_better BOOLEAN NOT NULL DEFAULT TRUE,
  computed_by TEXT,
  baseline_value DOUBLE PRECISION,
  baseline_on TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX indicators_by_objective ON indicators (objective_id, id);

CREATE TABLE indicator_targets (
  indicator_id BIGINT NOT NULL REFERENCES indicators(id),
  year INTEGER NOT NULL,
  value DOUBLE PRECISION NOT NULL,
  PRIMARY KEY (indicator_id, year)
);

CREATE TABLE indicator_measurements (
  id {{id}},
  indicator_id BIGINT NOT NULL REFERENCES indicators(id),
  year INTEGER NOT NULL,
  value DOUBLE PRECISION NOT NULL,
  comment TEXT NOT NULL DEFAULT '',
  source TEXT NOT NULL DEFAULT '',
  entered_by BIGINT REFERENCES agents(id),
  recorded_at TEXT NOT NULL,
  superseded_at TEXT
);
CREATE INDEX indicator_measurements_current ON indicator_measurements
  (indicator_id, year, superseded_at);

CREATE TABLE objective_comments (
  id {{id}},
  objective_id BIGINT NOT NULL REFERENCES pact_objectives(id),
  author_id BIGINT REFERENCES agents(id),
  institution_id BIGINT REFERENCES institutions(id),
  body TEXT NOT NULL,
  at TEXT NOT NULL
);
CREATE INDEX objective_comments_by_objective ON objective_comments (objective_id, at);
