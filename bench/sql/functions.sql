-- Helpers of the benchmark seed. They live in the schema bench of the benchmark database,
-- which bench/run creates for one run and drops at the end.
CREATE SCHEMA bench;

-- Builds a UUID with the layout of version 7 (RFC 9562): 48 bits of Unix time in
-- milliseconds, the version 7, the variant and 74 bits taken from md5(salt). Because the
-- bits come from a hash, the same (ms, salt) always gives the same id, which lets pgbench
-- rebuild a member's id from its number.
CREATE FUNCTION bench.uuid7(ms bigint, salt text) RETURNS uuid
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT (lpad(to_hex(ms), 12, '0') || '7' || substr(md5(salt), 1, 3)
            || substr('89ab', 1 + ('x' || substr(md5(salt), 4, 1))::bit(4)::int % 4, 1)
            || substr(md5(salt), 5, 15))::uuid
$$;

-- Join time of seeded member n: five minutes apart from 2025-01-01T00:00:00Z, so ids grow
-- with n and 100,000 members span about a year, all before the service's own rows.
CREATE FUNCTION bench.member_ms(n integer) RETURNS bigint
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT 1735689600000 + n::bigint * 300000
$$;

CREATE FUNCTION bench.member_user_id(n integer) RETURNS uuid
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT bench.uuid7(bench.member_ms(n), 'user:' || n)
$$;

-- Creation time of seeded agent n of a workspace: one minute apart from 2025-06-01T00:00:00Z.
CREATE FUNCTION bench.agent_ms(n integer) RETURNS bigint
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT 1748736000000 + n::bigint * 60000
$$;

CREATE FUNCTION bench.agent_id(workspace uuid, n integer) RETURNS uuid
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT bench.uuid7(bench.agent_ms(n), 'agent:' || workspace || ':' || n)
$$;
