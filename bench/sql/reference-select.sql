-- pgbench script of bench/run: reads one organization_members row by its unique key
-- (organization_id, user_id), for a random seeded member. pgbench passes organization_id and
-- member_count with -D. bench.member_user_id rebuilds the member's id inside the statement,
-- which adds an md5 of a short string to the statement's work.
\set n random(1, :member_count - 1)
SELECT role FROM organization_members WHERE organization_id = :organization_id AND user_id = bench.member_user_id(:n);
