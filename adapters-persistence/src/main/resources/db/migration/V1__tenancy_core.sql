-- Core tenancy schema: users, organizations, workspaces and the memberships between them.
-- Every tenant-owned table carries organization_id (and workspace_id where it has one), and
-- every foreign key has an index whose leading columns match it.

CREATE TABLE users (
    id           uuid PRIMARY KEY,
    subject      text        NOT NULL,
    email        text,
    name         text,
    created_at   timestamptz NOT NULL,
    signed_up_at timestamptz,
    CONSTRAINT users_subject_key UNIQUE (subject)
);

CREATE TABLE organizations (
    id         uuid PRIMARY KEY,
    name       text        NOT NULL,
    slug       text        NOT NULL,
    logo_url   text,
    settings   text        NOT NULL DEFAULT '{}',
    plan_tier  text        NOT NULL DEFAULT 'free',
    created_at timestamptz NOT NULL,
    updated_at timestamptz NOT NULL,
    version    bigint      NOT NULL DEFAULT 0,
    -- Uniqueness across the service is held here, not by a read before the write.
    CONSTRAINT organizations_slug_key UNIQUE (slug),
    CONSTRAINT organizations_slug_format CHECK (slug ~ '^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$'),
    CONSTRAINT organizations_plan_tier_known CHECK (plan_tier IN ('free', 'starter', 'growth', 'enterprise')),
    -- Settings are kept as the client sent them (text, not jsonb, keeps key order and spacing).
    CONSTRAINT organizations_settings_object CHECK (json_typeof(settings::json) = 'object')
);

CREATE TABLE organization_members (
    id              uuid PRIMARY KEY,
    organization_id uuid        NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
    user_id         uuid        NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    role            text        NOT NULL,
    joined_at       timestamptz NOT NULL,
    CONSTRAINT organization_members_key UNIQUE (organization_id, user_id),
    CONSTRAINT organization_members_role_known CHECK (role IN ('OWNER', 'ADMIN', 'BILLING', 'MEMBER'))
);
-- At most one owner per organization, whatever the concurrency.
CREATE UNIQUE INDEX organization_members_one_owner
    ON organization_members (organization_id) WHERE role = 'OWNER';
CREATE INDEX organization_members_user_idx ON organization_members (user_id, organization_id);

CREATE TABLE workspaces (
    id              uuid PRIMARY KEY,
    organization_id uuid        NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
    name            text        NOT NULL,
    slug            text        NOT NULL,
    settings        text        NOT NULL DEFAULT '{}',
    created_at      timestamptz NOT NULL,
    updated_at      timestamptz NOT NULL,
    version         bigint      NOT NULL DEFAULT 0,
    -- Also serves as the index of the organization_id foreign key.
    CONSTRAINT workspaces_slug_key UNIQUE (organization_id, slug),
    -- Target of composite foreign keys that pin a row to the workspace's own organization.
    CONSTRAINT workspaces_id_organization_key UNIQUE (id, organization_id),
    CONSTRAINT workspaces_slug_format CHECK (slug ~ '^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$'),
    CONSTRAINT workspaces_settings_object CHECK (json_typeof(settings::json) = 'object')
);

CREATE TABLE workspace_members (
    id              uuid PRIMARY KEY,
    organization_id uuid        NOT NULL,
    workspace_id    uuid        NOT NULL,
    user_id         uuid        NOT NULL,
    role            text        NOT NULL,
    permissions     jsonb       NOT NULL DEFAULT '{}',
    joined_at       timestamptz NOT NULL,
    CONSTRAINT workspace_members_key UNIQUE (workspace_id, user_id),
    CONSTRAINT workspace_members_role_known CHECK (role IN ('ADMIN', 'EDITOR', 'VIEWER')),
    CONSTRAINT workspace_members_permissions_object CHECK (jsonb_typeof(permissions) = 'object'),
    CONSTRAINT workspace_members_workspace_fk FOREIGN KEY (workspace_id, organization_id)
        REFERENCES workspaces (id, organization_id) ON DELETE CASCADE,
    -- A workspace member is always an organization member; leaving the organization
    -- removes every workspace membership in it.
    CONSTRAINT workspace_members_organization_member_fk FOREIGN KEY (organization_id, user_id)
        REFERENCES organization_members (organization_id, user_id) ON DELETE CASCADE
);
CREATE INDEX workspace_members_organization_user_idx ON workspace_members (organization_id, user_id);
CREATE INDEX workspace_members_user_idx ON workspace_members (user_id);

CREATE TABLE audit_events (
    id              uuid PRIMARY KEY,
    organization_id uuid        NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
    occurred_at     timestamptz NOT NULL,
    actor_user_id   uuid        REFERENCES users (id) ON DELETE SET NULL,
    action          text        NOT NULL,
    target_type     text        NOT NULL,
    target_id       uuid,
    details         jsonb       NOT NULL DEFAULT '{}'
);
-- Newest-first keyset pagination per organization; also the organization_id foreign key index.
CREATE INDEX audit_events_organization_idx ON audit_events (organization_id, id DESC);
CREATE INDEX audit_events_actor_idx ON audit_events (actor_user_id);
