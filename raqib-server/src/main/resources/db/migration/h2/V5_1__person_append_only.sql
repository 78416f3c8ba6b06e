-- The read audit of personal data is append-only, like the access audit.
INSERT INTO append_only_table (table_name) VALUES ('person_read'), ('person_read_subject');

CREATE TRIGGER person_read_append_only BEFORE UPDATE, DELETE ON person_read
    FOR EACH ROW CALL 'org.raqib.server.system.AppendOnlyTrigger';
CREATE TRIGGER person_read_subject_append_only BEFORE UPDATE, DELETE ON person_read_subject
    FOR EACH ROW CALL 'org.raqib.server.system.AppendOnlyTrigger';
