-- A day's board groups every step of the day by crossing and stage: an index holding the columns it reads
-- answers it without visiting the rows.
CREATE INDEX aid_step_day_board ON aid_step (log_id, occurred_on, crossing, stage, conflict, trucks, prior_stage,
    waited_s);
