-- Reference for the workspace deletion figure: deletes the workspace :'workspace_id' and its
-- rows with plain SQL, children first, in one transaction, and prints the elapsed time in
-- milliseconds on the server's clock.
\set ON_ERROR_STOP on
SELECT clock_timestamp() AS started \gset

BEGIN;
DELETE FROM call_logs WHERE workspace_id = :'workspace_id';
DELETE FROM agents WHERE workspace_id = :'workspace_id';
DELETE FROM workspace_members WHERE workspace_id = :'workspace_id';
DELETE FROM workspaces WHERE id = :'workspace_id';
COMMIT;

SELECT round(extract(epoch FROM clock_timestamp() - :'started'::timestamptz)::numeric * 1000, 1);
