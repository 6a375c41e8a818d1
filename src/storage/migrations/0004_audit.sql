-- The audit trail (docs/adr/0003-audit-hash-chain.md). Append-only, hash-chained events; no
-- foreign key to agents: audit rows must survive anything that happens to other tables.
-- Event ids are assigned by the application in chain order (last_id + 1 under the head lock).
CREATE TABLE audit_events (
  id BIGINT PRIMARY KEY,
  at TEXT NOT NULL,
  agent_id BIGINT NULL,
  action TEXT NOT NULL,
  object_type TEXT NOT NULL,
  object_id TEXT NOT NULL,
  client_addr TEXT NOT NULL,
  request_id TEXT NOT NULL,
  details TEXT NOT NULL,
  prev_hash TEXT NOT NULL,
  hash TEXT NOT NULL
);
CREATE INDEX audit_events_at ON audit_events (at);
CREATE INDEX audit_events_agent ON audit_events (agent_id);
CREATE INDEX audit_events_object ON audit_events (object_type, object_id);
CREATE INDEX audit_events_action ON audit_events (action);

-- The last appended event. One row, locked by every append so writers cannot fork the chain.
CREATE TABLE audit_chain_head (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  last_id BIGINT NOT NULL,
  last_hash TEXT NOT NULL
);
INSERT INTO audit_chain_head (id, last_id, last_hash)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');

-- One row per purge: the hash of the last purged event anchors the verification of the rest.
CREATE TABLE audit_purges (
  id {{id}},
  purged_at TEXT NOT NULL,
  up_to_id BIGINT NOT NULL,
  last_purged_hash TEXT NOT NULL,
  count BIGINT NOT NULL
);
CREATE INDEX audit_purges_up_to ON audit_purges (up_to_id);
