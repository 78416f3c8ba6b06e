-- After every migration: give the application role (RAQIB_DB_USER) what it needs and no more.
-- Migrations run as the owner role (RAQIB_DB_OWNER_USER); when both are the same role, nothing changes.
DO $$
DECLARE
    app_role text := '${appRole}';
    t record;
BEGIN
    IF app_role = '' OR app_role = current_user
            OR NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = app_role) THEN
        RETURN;
    END IF;
    EXECUTE format('GRANT USAGE ON SCHEMA %I TO %I', current_schema(), app_role);
    EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA %I TO %I', current_schema(), app_role);
    EXECUTE format('GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA %I TO %I', current_schema(), app_role);
    FOR t IN SELECT table_name FROM append_only_table LOOP
        EXECUTE format('REVOKE UPDATE, DELETE, TRUNCATE ON %I FROM %I', t.table_name, app_role);
    END LOOP;
    EXECUTE format('REVOKE ALL ON %I FROM %I', 'flyway_schema_history', app_role);
    EXECUTE format('GRANT SELECT ON %I TO %I', 'flyway_schema_history', app_role);
END
$$;
