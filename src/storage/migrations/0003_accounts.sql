-- Accounts: agents, roles, sessions, sign-in attempts, API tokens, password-reset links.
-- Secrets are never stored in clear: session ids and tokens as SHA-256 (hex), passwords as
-- Argon2id strings, TOTP secrets encrypted with the server key.
-- structure_id and scope_territory_id reference structures(id) and territories(id) of
-- migration 0002; the constraints are added once both features are merged.
CREATE TABLE agents (
  id {{id}},
  email TEXT NOT NULL,
  first_name TEXT NOT NULL,
  last_name TEXT NOT NULL,
  search_key TEXT NOT NULL,
  structure_id BIGINT,
  password_hash TEXT,
  totp_secret TEXT,
  active BOOLEAN NOT NULL DEFAULT TRUE,
  last_login_at TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  version INTEGER NOT NULL DEFAULT 1
);
CREATE UNIQUE INDEX agents_email_key ON agents (email);
CREATE INDEX agents_structure_idx ON agents (structure_id);

CREATE TABLE agent_roles (
  agent_id BIGINT NOT NULL REFERENCES agents (id) ON DELETE CASCADE,
  role TEXT NOT NULL,
  scope_territory_id BIGINT,
  PRIMARY KEY (agent_id, role)
);
CREATE INDEX agent_roles_role_idx ON agent_roles (role);

CREATE TABLE sessions (
  id_hash TEXT PRIMARY KEY,
  agent_id BIGINT NOT NULL REFERENCES agents (id) ON DELETE CASCADE,
  created_at TEXT NOT NULL,
  last_seen_at TEXT NOT NULL,
  csrf_token TEXT NOT NULL,
  second_factor_done BOOLEAN NOT NULL,
  pending_totp_secret TEXT,
  client_addr TEXT NOT NULL,
  user_agent TEXT
);
CREATE INDEX sessions_agent_idx ON sessions (agent_id);

CREATE TABLE login_attempts (
  id {{id}},
  key_kind TEXT NOT NULL CHECK (key_kind IN ('account', 'address')),
  key_value TEXT NOT NULL,
  at TEXT NOT NULL,
  success BOOLEAN NOT NULL
);
CREATE INDEX login_attempts_key_idx ON login_attempts (key_kind, key_value, at);
CREATE INDEX login_attempts_at_idx ON login_attempts (at);

CREATE TABLE api_tokens (
  id {{id}},
  token_hash TEXT NOT NULL UNIQUE,
  agent_id BIGINT NOT NULL REFERENCES agents (id) ON DELETE CASCADE,
  name TEXT NOT NULL,
  created_at TEXT NOT NULL,
  last_used_at TEXT,
  revoked_at TEXT
);
CREATE INDEX api_tokens_agent_idx ON api_tokens (agent_id);

CREATE TABLE password_resets (
  id {{id}},
  token_hash TEXT NOT NULL UNIQUE,
  agent_id BIGINT NOT NULL REFERENCES agents (id) ON DELETE CASCADE,
  created_at TEXT NOT NULL,
  expires_at TEXT NOT NULL,
  used_at TEXT
);
CREATE INDEX password_resets_agent_idx ON password_resets (agent_id);
