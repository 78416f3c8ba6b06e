-- The read audit of personal data is append-only, like the access audit.
INSERT INTO append_only_table (table_name) VALUES ('person_read'), ('person_read_subject');

CREATE TRIGGER person_read_append_only BEFORE UPDATE OR DELETE ON person_read
    FOR EACH ROW EXECUTE FUNCTION raqib_refuse_change();
CREATE TRIGGER person_read_no_truncate BEFORE TRUNCATE ON person_read
    FOR EACH STATEMENT EXECUTE FUNCTION raqib_refuse_change();
CREATE TRIGGER person_read_subject_append_only BEFORE UPDATE OR DELETE ON person_read_subject
    FOR EACH ROW EXECUTE FUNCTION raqib_refuse_change();
CREATE TRIGGER person_read_subject_no_truncate BEFORE TRUNCATE ON person_read_subject
    FOR EACH STATEMENT EXECUTE FUNCTION raqib_refuse_change();
