-- Département and meta tables. Dialect tokens: {{id}} = auto-generated integer primary key.
CREATE TABLE departements (
  code TEXT PRIMARY KEY,
  name TEXT NOT NULL
);
