-- Appointments, notes, exits and reviews of a social path (issue 3, package D).
-- The tables are in 0006; this seeds the configurable list of appointment motives and adds
-- the indexes the agenda and the reviews need.
INSERT INTO appointment_motives (code, label, active, position, created_at, updated_at) VALUES
  ('orientation', 'Orientation', TRUE, 1, '2025-01-01T00:00:00Z', '2025-01-01T00:00:00Z'),
  ('diagnostic', 'Diagnostic', TRUE, 2, '2025-01-01T00:00:00Z', '2025-01-01T00:00:00Z'),
  ('accompagnement', 'Accompagnement', TRUE, 3, '2025-01-01T00:00:00Z', '2025-01-01T00:00:00Z'),
  ('signature_contrat', 'Signature de contrat', TRUE, 4, '2025-01-01T00:00:00Z',
   '2025-01-01T00:00:00Z'),
  ('suivi', 'Suivi', TRUE, 5, '2025-01-01T00:00:00Z', '2025-01-01T00:00:00Z'),
  ('atelier', 'Atelier', TRUE, 6, '2025-01-01T00:00:00Z', '2025-01-01T00:00:00Z'),
  ('bilan', 'Bilan', TRUE, 7, '2025-01-01T00:00:00Z', '2025-01-01T00:00:00Z');

CREATE INDEX appointments_by_status ON appointments (status, starts_at);
