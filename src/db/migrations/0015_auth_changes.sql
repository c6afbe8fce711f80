-- ADR 046: a change to who may do what is announced by the database itself, whatever wrote it
-- (a use case, the CLI, a hand-written statement), so every instance's session cache forgets at
-- once. One NOTIFY per statement; PostgreSQL folds the same payload within a transaction into one
-- and delivers it at commit. A new session (a login) changes nothing already cached, so inserting
-- one is not announced; neither is a new user or a new workspace (nobody can be cached in it yet).
CREATE OR REPLACE FUNCTION greenroom_auth_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('greenroom_auth', '');
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER sessions_auth_changed AFTER UPDATE OR DELETE ON sessions FOR EACH STATEMENT EXECUTE FUNCTION greenroom_auth_changed();
--> statement-breakpoint
CREATE TRIGGER sessions_auth_truncated AFTER TRUNCATE ON sessions FOR EACH STATEMENT EXECUTE FUNCTION greenroom_auth_changed();
--> statement-breakpoint
CREATE TRIGGER users_auth_changed AFTER UPDATE OR DELETE ON users FOR EACH STATEMENT EXECUTE FUNCTION greenroom_auth_changed();
--> statement-breakpoint
CREATE TRIGGER workspaces_auth_changed AFTER UPDATE OR DELETE ON workspaces FOR EACH STATEMENT EXECUTE FUNCTION greenroom_auth_changed();
--> statement-breakpoint
CREATE TRIGGER workspace_members_auth_changed AFTER INSERT OR UPDATE OR DELETE ON workspace_members FOR EACH STATEMENT EXECUTE FUNCTION greenroom_auth_changed();
