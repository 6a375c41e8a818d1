-- Work lists read, for a whole perimeter at once, the appointments still to come or to record
-- (status a_venir) and the last one held per person (status honore): an index by status and
-- person keeps both reads off the full history of appointments. (Named apart from 0010's
-- appointments_by_status (status, starts_at), which the two branches both created.)
CREATE INDEX appointments_by_status_person ON appointments (status, person_id, starts_at);
