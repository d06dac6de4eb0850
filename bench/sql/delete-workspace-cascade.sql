-- Second reference for the workspace deletion figure: deletes the workspace :'workspace_id'
-- with one plain DELETE, which removes its rows through the schema's ON DELETE CASCADE
-- foreign keys, and prints the elapsed time in milliseconds on the server's clock.
\set ON_ERROR_STOP on
SELECT clock_timestamp() AS started \gset

BEGIN;
DELETE FROM workspaces WHERE id = :'workspace_id';
COMMIT;

SELECT round(extract(epoch FROM clock_timestamp() - :'started'::timestamptz)::numeric * 1000, 1);
