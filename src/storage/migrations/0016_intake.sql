-- Beneficiary data intake (issue 5): the journal of CAF / MSA flux and spreadsheet imports,
-- their report lines, and the saved column mappings of spreadsheets.

-- One row per import run (also a dry run). The counters are updated in the same transaction
-- as the households / rows they describe, so that after a crash the journal says exactly
-- what was applied. status: en_attente → en_cours → terminee | echouee | annulee |
-- interrompue (the process died: found at the next start).
CREATE TABLE imports (
  id {{id}},
  kind TEXT NOT NULL CHECK (kind IN ('caf', 'spreadsheet')),
  dry_run BOOLEAN NOT NULL DEFAULT FALSE,
  status TEXT NOT NULL CHECK (status IN ('en_attente', 'en_cours', 'terminee', 'echouee',
                                         'annulee', 'interrompue')),
  file_name TEXT NOT NULL,
  file_path TEXT NOT NULL,
  file_sha256 TEXT NOT NULL,
  file_bytes BIGINT NOT NULL DEFAULT 0,
  mapping_id BIGINT,
  options TEXT NOT NULL DEFAULT '{}',
  -- The dry run this run applies (spreadsheets): each row must come out as planned.
  plan_of BIGINT REFERENCES imports(id),
  -- CAF flux: the organism (FONORG NUMORG) and the file's DTREF.
  organism TEXT,
  reference_date TEXT,
  -- Which server process runs it (several application servers: the one that got the file).
  runner TEXT,
  cancel_requested BOOLEAN NOT NULL DEFAULT FALSE,
  progress_done BIGINT NOT NULL DEFAULT 0,
  progress_total BIGINT NOT NULL DEFAULT 0,
  units_done BIGINT NOT NULL DEFAULT 0,
  -- Counters as JSON {"households_created":…, "persons_updated":…} (kind-specific keys).
  counts TEXT NOT NULL DEFAULT '{}',
  error TEXT,
  created_by BIGINT REFERENCES agents(id),
  created_at TEXT NOT NULL,
  started_at TEXT,
  finished_at TEXT,
  updated_at TEXT NOT NULL
);
CREATE INDEX imports_by_status ON imports (status, id);
CREATE INDEX imports_by_hash ON imports (file_sha256, status);
CREATE INDEX imports_by_kind ON imports (kind, id);

-- The report, one line per household or spreadsheet row worth telling: rejections and
-- warnings for CAF flux; every row of a spreadsheet (the dry run shows each).
CREATE TABLE import_lines (
  id {{id}},
  import_id BIGINT NOT NULL REFERENCES imports(id),
  line BIGINT NOT NULL,
  reference TEXT NOT NULL DEFAULT '',
  outcome TEXT NOT NULL CHECK (outcome IN ('cree', 'mis_a_jour', 'inchange', 'clos',
                                           'rejete', 'avertissement')),
  person_id BIGINT,
  code TEXT NOT NULL DEFAULT '',
  message TEXT NOT NULL DEFAULT '',
  details TEXT NOT NULL DEFAULT '{}'
);
CREATE INDEX import_lines_by_import ON import_lines (import_id, line, id);

-- A saved column mapping of a spreadsheet source ("Liste Pôle emploi mensuelle"): header →
-- field code, plus reading options (sheet, header row).
CREATE TABLE import_mappings (
  id {{id}},
  name TEXT NOT NULL UNIQUE,
  source TEXT NOT NULL DEFAULT '',
  columns TEXT NOT NULL DEFAULT '{}',
  options TEXT NOT NULL DEFAULT '{}',
  created_by BIGINT REFERENCES agents(id),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  version INTEGER NOT NULL DEFAULT 1
);

-- Spreadsheet matching: the département's own id, e-mail and phone (with the birth date).
CREATE INDEX persons_by_internal_id ON persons (internal_id);
CREATE INDEX persons_by_email ON persons (email);
CREATE INDEX persons_by_phone ON persons (phone);
