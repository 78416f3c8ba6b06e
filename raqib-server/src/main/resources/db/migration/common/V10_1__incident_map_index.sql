-- The map, the lists and the counts read a period of one log's incidents by status: an index holding every
-- column they filter and group on answers them without visiting the rows (the map needs only positions; the
-- list then reads its at most few hundred rows by key). It replaces the narrower (log, status, time) index.
DROP INDEX incident_status_time;
CREATE INDEX incident_period ON incident (log_id, status, occurred_from, occurred_day, lon, lat, sub_type,
    event_type, responsible, duplicate_of);
