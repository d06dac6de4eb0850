-- Workspace resources: :agent_count agents and :call_log_count call logs in each workspace of
-- :'workspace_ids' (a PostgreSQL array literal) of :'organization_id'. Every call log names a
-- seeded agent of its own workspace, as the call runtime records them.
\set ON_ERROR_STOP on

BEGIN;

INSERT INTO agents (id, organization_id, workspace_id, name, tags, config, created_at, updated_at)
SELECT bench.agent_id(w, n), :'organization_id', w, 'Agent ' || n,
       ARRAY['support', (ARRAY['en', 'de', 'es'])[1 + n % 3]],
       '{"voice":"alloy","language":"en-US","greeting":"Thanks for calling. How can I help?",'
           || '"maxCallMinutes":15,"transferNumber":"+14155550100"}',
       to_timestamp(bench.agent_ms(n) / 1000.0), to_timestamp(bench.agent_ms(n) / 1000.0)
FROM unnest(:'workspace_ids'::uuid[]) AS w, generate_series(1, :agent_count) AS n;

-- Calls start 30 seconds apart from 2025-09-01T00:00:00Z, and one in four is outbound.
INSERT INTO call_logs (id, organization_id, workspace_id, agent_id, phone_number_id, direction,
                       started_at, duration_seconds, recording_url, created_at)
SELECT bench.uuid7(t.ms, 'call:' || w || ':' || n), :'organization_id', w,
       bench.agent_id(w, 1 + n % :agent_count), NULL,
       CASE WHEN n % 4 = 0 THEN 'OUTBOUND' ELSE 'INBOUND' END,
       to_timestamp(t.ms / 1000.0), 20 + n % 600,
       'https://recordings.bolti.example/' || w || '/' || n || '.wav', to_timestamp(t.ms / 1000.0)
FROM unnest(:'workspace_ids'::uuid[]) AS w, generate_series(1, :call_log_count) AS n,
     LATERAL (SELECT 1756684800000 + n::bigint * 30000 AS ms) AS t;

COMMIT;
