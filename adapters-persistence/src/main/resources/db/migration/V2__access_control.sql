-- Access control: invitations, and indexes for keyset pagination of members.

-- Members are listed per organization and per workspace in membership order.
CREATE INDEX organization_members_organization_idx ON organization_members (organization_id, id);
CREATE INDEX workspace_members_workspace_idx ON workspace_members (workspace_id, id);
-- Index of the (workspace_id, organization_id) foreign key to workspaces.
CREATE INDEX workspace_members_workspace_organization_idx ON workspace_members (workspace_id, organization_id);
-- Invitations check whether an address already belongs to a member.
CREATE INDEX users_email_idx ON users (lower(email));

CREATE TABLE invitations (
    id              uuid PRIMARY KEY,
    organization_id uuid        NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
    email           text        NOT NULL,
    role            text        NOT NULL,
    -- SHA-256 of the token; the token itself is never stored.
    token_hash      bytea       NOT NULL,
    invited_by      uuid        REFERENCES users (id) ON DELETE SET NULL,
    created_at      timestamptz NOT NULL,
    expires_at      timestamptz NOT NULL,
    accepted_at     timestamptz,
    accepted_by     uuid        REFERENCES users (id) ON DELETE SET NULL,
    CONSTRAINT invitations_token_hash_key UNIQUE (token_hash),
    CONSTRAINT invitations_role_known CHECK (role IN ('ADMIN', 'BILLING', 'MEMBER'))
);
CREATE INDEX invitations_organization_idx ON invitations (organization_id, id);
CREATE INDEX invitations_invited_by_idx ON invitations (invited_by);
CREATE INDEX invitations_accepted_by_idx ON invitations (accepted_by);
-- One pending invitation per address and organization; a new one replaces the old.
CREATE UNIQUE INDEX invitations_one_pending_per_email
    ON invitations (organization_id, lower(email)) WHERE accepted_at IS NULL;

CREATE TABLE invitation_workspaces (
    invitation_id   uuid NOT NULL REFERENCES invitations (id) ON DELETE CASCADE,
    organization_id uuid NOT NULL,
    workspace_id    uuid NOT NULL,
    role            text NOT NULL,
    PRIMARY KEY (invitation_id, workspace_id),
    CONSTRAINT invitation_workspaces_role_known CHECK (role IN ('ADMIN', 'EDITOR', 'VIEWER')),
    -- The workspace must belong to the invitation's organization; deleting it drops it from
    -- pending invitations and leaves the rest of each invitation valid.
    CONSTRAINT invitation_workspaces_workspace_fk FOREIGN KEY (workspace_id, organization_id)
        REFERENCES workspaces (id, organization_id) ON DELETE CASCADE
);
CREATE INDEX invitation_workspaces_workspace_idx ON invitation_workspaces (workspace_id, organization_id);
