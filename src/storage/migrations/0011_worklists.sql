-- Work lists read, for a whole perimeter at once, the appointments still to come or to record
-- (status a_venir) and the last one held per person (status honore): an index by status and
-- person keeps both reads off the full history of appointments. (0010 already names its
-- agenda index appointments_by_status.)
CREATE INDEX appointments_by_status_person ON appointments (status, person_id, starts_at);
