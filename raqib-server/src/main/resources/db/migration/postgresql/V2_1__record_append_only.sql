CREATE TRIGGER record_entry_append_only BEFORE UPDATE OR DELETE ON record_entry
    FOR EACH ROW EXECUTE FUNCTION raqib_refuse_change();
CREATE TRIGGER record_entry_no_truncate BEFORE TRUNCATE ON record_entry
    FOR EACH STATEMENT EXECUTE FUNCTION raqib_refuse_change();
CREATE TRIGGER record_payload_append_only BEFORE UPDATE OR DELETE ON record_payload
    FOR EACH ROW EXECUTE FUNCTION raqib_refuse_change();
CREATE TRIGGER record_payload_no_truncate BEFORE TRUNCATE ON record_payload
    FOR EACH STATEMENT EXECUTE FUNCTION raqib_refuse_change();
CREATE TRIGGER record_tile_append_only BEFORE UPDATE OR DELETE ON record_tile
    FOR EACH ROW EXECUTE FUNCTION raqib_refuse_change();
CREATE TRIGGER record_tile_no_truncate BEFORE TRUNCATE ON record_tile
    FOR EACH STATEMENT EXECUTE FUNCTION raqib_refuse_change();
CREATE TRIGGER record_checkpoint_append_only BEFORE UPDATE OR DELETE ON record_checkpoint
    FOR EACH ROW EXECUTE FUNCTION raqib_refuse_change();
CREATE TRIGGER record_checkpoint_no_truncate BEFORE TRUNCATE ON record_checkpoint
    FOR EACH STATEMENT EXECUTE FUNCTION raqib_refuse_change();
