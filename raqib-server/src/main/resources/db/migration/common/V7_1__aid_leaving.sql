-- The consignments at the crossings on a day are those still there or that left after it began: an index on
-- when they left bounds that search, where the arrival index alone read every earlier consignment.
CREATE INDEX aid_consignment_leaving ON aid_consignment (log_id, left_at);
