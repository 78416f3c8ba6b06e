CREATE TRIGGER record_entry_append_only BEFORE UPDATE, DELETE ON record_entry
    FOR EACH ROW CALL 'org.raqib.server.system.AppendOnlyTrigger';
CREATE TRIGGER record_payload_append_only BEFORE UPDATE, DELETE ON record_payload
    FOR EACH ROW CALL 'org.raqib.server.system.AppendOnlyTrigger';
CREATE TRIGGER record_tile_append_only BEFORE UPDATE, DELETE ON record_tile
    FOR EACH ROW CALL 'org.raqib.server.system.AppendOnlyTrigger';
CREATE TRIGGER record_checkpoint_append_only BEFORE UPDATE, DELETE ON record_checkpoint
    FOR EACH ROW CALL 'org.raqib.server.system.AppendOnlyTrigger';
