CREATE TRIGGER access_audit_append_only BEFORE UPDATE, DELETE ON access_audit
    FOR EACH ROW CALL 'org.raqib.server.system.AppendOnlyTrigger';
