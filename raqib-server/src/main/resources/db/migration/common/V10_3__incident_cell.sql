-- The incidents counted per cell of a fixed grid (IncidentCellTable.GRID degrees; cx, cy: the cell's column
-- and row, FLOOR(lon / GRID) and FLOOR(lat / GRID)) and status, over a local day (days = 1) and over the week
-- from a Monday (days = 7), kept by the incident projection on every report, step and merge (and rebuilt by
-- replaying the log). The clustered map of a large view reads the weeks its period covers and the days at its
-- edges instead of every incident. A merged duplicate is counted in no row; a row falling to 0 is deleted.
-- Filled for the incidents already projected by IncidentCounting when the server starts.
CREATE TABLE incident_cell (
    log_id     VARCHAR(100)      NOT NULL,
    days       INTEGER           NOT NULL,
    first_day  DATE              NOT NULL,
    status     VARCHAR(20)       NOT NULL,
    cx         INTEGER           NOT NULL,
    cy         INTEGER           NOT NULL,
    n          BIGINT            NOT NULL,
    PRIMARY KEY (log_id, days, first_day, status, cx, cy)
);
