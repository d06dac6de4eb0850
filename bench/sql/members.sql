-- Organization members: :member_count - 1 users joined to :'organization_id' (the owner,
-- created through the API, is the last member), and the first :workspace_member_count of them
-- as members of each workspace in :'workspace_ids' (a PostgreSQL array literal).
\set ON_ERROR_STOP on

BEGIN;

INSERT INTO users (id, subject, email, name, created_at)
SELECT bench.member_user_id(n), 'bench-member-' || n, 'member-' || n || '@bench.example',
       'Member ' || n, to_timestamp(bench.member_ms(n) / 1000.0)
FROM generate_series(1, :member_count - 1) AS n;

-- One member in a hundred is ADMIN, one is BILLING, and the rest are MEMBER.
INSERT INTO organization_members (id, organization_id, user_id, role, joined_at)
SELECT bench.uuid7(bench.member_ms(n) + 1, 'membership:' || n), :'organization_id',
       bench.member_user_id(n),
       CASE n % 100 WHEN 0 THEN 'ADMIN' WHEN 1 THEN 'BILLING' ELSE 'MEMBER' END,
       to_timestamp(bench.member_ms(n) / 1000.0)
FROM generate_series(1, :member_count - 1) AS n;

-- Roles cycle through ADMIN, EDITOR and VIEWER, and every tenth membership has an override.
INSERT INTO workspace_members (id, organization_id, workspace_id, user_id, role, permissions, joined_at)
SELECT bench.uuid7(bench.member_ms(n) + 2, 'workspace-member:' || w || ':' || n), :'organization_id', w,
       bench.member_user_id(n),
       (ARRAY['ADMIN', 'EDITOR', 'VIEWER'])[1 + n % 3],
       CASE WHEN n % 10 = 0 THEN '{"agents.delete": true}'::jsonb ELSE '{}'::jsonb END,
       to_timestamp(bench.member_ms(n) / 1000.0)
FROM unnest(:'workspace_ids'::uuid[]) AS w, generate_series(1, :workspace_member_count) AS n;

COMMIT;
