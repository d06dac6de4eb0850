-- Workspace resources: agents, tools, knowledge bases, contacts, phone numbers, call logs,
-- and the outbox that notifies the telephony service of released phone numbers.
--
-- Every resource row carries organization_id and workspace_id, pinned to the workspace's own
-- organization by a composite foreign key to workspaces (id, organization_id) with ON DELETE
-- CASCADE, so deleting a workspace or an organization removes its resources in set-based
-- cascades. References between resources are composite keys on (id, workspace_id), so the
-- database itself refuses a link between two workspaces. Every foreign key has an index whose
-- leading columns are its columns.

CREATE TABLE agents (
    id              uuid        PRIMARY KEY,
    organization_id uuid        NOT NULL,
    workspace_id    uuid        NOT NULL,
    name            text        NOT NULL,
    tags            text[]      NOT NULL DEFAULT '{}',
    -- Kept as the client sent it, like workspace settings.
    config          text        NOT NULL DEFAULT '{}',
    created_at      timestamptz NOT NULL,
    updated_at      timestamptz NOT NULL,
    CONSTRAINT agents_id_workspace_key UNIQUE (id, workspace_id),
    CONSTRAINT agents_config_object CHECK (json_typeof(config::json) = 'object'),
    CONSTRAINT agents_workspace_fk FOREIGN KEY (workspace_id, organization_id)
        REFERENCES workspaces (id, organization_id) ON DELETE CASCADE
);
-- Keyset pages per workspace; also the index of agents_workspace_fk.
CREATE INDEX agents_workspace_idx ON agents (workspace_id, organization_id, id);

CREATE TABLE tools (
    id              uuid        PRIMARY KEY,
    organization_id uuid        NOT NULL,
    workspace_id    uuid        NOT NULL,
    name            text        NOT NULL,
    kind            text        NOT NULL,
    config          text        NOT NULL DEFAULT '{}',
    created_at      timestamptz NOT NULL,
    updated_at      timestamptz NOT NULL,
    CONSTRAINT tools_id_workspace_key UNIQUE (id, workspace_id),
    CONSTRAINT tools_kind_known CHECK (kind IN ('HTTP', 'BUILT_IN')),
    CONSTRAINT tools_config_object CHECK (json_typeof(config::json) = 'object'),
    CONSTRAINT tools_workspace_fk FOREIGN KEY (workspace_id, organization_id)
        REFERENCES workspaces (id, organization_id) ON DELETE CASCADE
);
CREATE INDEX tools_workspace_idx ON tools (workspace_id, organization_id, id);

CREATE TABLE knowledge_bases (
    id              uuid        PRIMARY KEY,
    organization_id uuid        NOT NULL,
    workspace_id    uuid        NOT NULL,
    name            text        NOT NULL,
    description     text,
    created_at      timestamptz NOT NULL,
    updated_at      timestamptz NOT NULL,
    CONSTRAINT knowledge_bases_id_workspace_key UNIQUE (id, workspace_id),
    CONSTRAINT knowledge_bases_workspace_fk FOREIGN KEY (workspace_id, organization_id)
        REFERENCES workspaces (id, organization_id) ON DELETE CASCADE
);
CREATE INDEX knowledge_bases_workspace_idx ON knowledge_bases (workspace_id, organization_id, id);

CREATE TABLE agent_tools (
    agent_id        uuid NOT NULL,
    workspace_id    uuid NOT NULL,
    tool_id         uuid NOT NULL,
    organization_id uuid NOT NULL,
    PRIMARY KEY (agent_id, workspace_id, tool_id),
    CONSTRAINT agent_tools_agent_fk FOREIGN KEY (agent_id, workspace_id)
        REFERENCES agents (id, workspace_id) ON DELETE CASCADE,
    -- Deleting a tool unlinks it from every agent.
    CONSTRAINT agent_tools_tool_fk FOREIGN KEY (tool_id, workspace_id)
        REFERENCES tools (id, workspace_id) ON DELETE CASCADE,
    CONSTRAINT agent_tools_workspace_fk FOREIGN KEY (workspace_id, organization_id)
        REFERENCES workspaces (id, organization_id) ON DELETE CASCADE
);
CREATE INDEX agent_tools_tool_idx ON agent_tools (tool_id, workspace_id);
CREATE INDEX agent_tools_workspace_idx ON agent_tools (workspace_id, organization_id);

CREATE TABLE agent_knowledge_bases (
    agent_id          uuid NOT NULL,
    workspace_id      uuid NOT NULL,
    knowledge_base_id uuid NOT NULL,
    organization_id   uuid NOT NULL,
    PRIMARY KEY (agent_id, workspace_id, knowledge_base_id),
    CONSTRAINT agent_knowledge_bases_agent_fk FOREIGN KEY (agent_id, workspace_id)
        REFERENCES agents (id, workspace_id) ON DELETE CASCADE,
    CONSTRAINT agent_knowledge_bases_knowledge_base_fk FOREIGN KEY (knowledge_base_id, workspace_id)
        REFERENCES knowledge_bases (id, workspace_id) ON DELETE CASCADE,
    CONSTRAINT agent_knowledge_bases_workspace_fk FOREIGN KEY (workspace_id, organization_id)
        REFERENCES workspaces (id, organization_id) ON DELETE CASCADE
);
CREATE INDEX agent_knowledge_bases_knowledge_base_idx ON agent_knowledge_bases (knowledge_base_id, workspace_id);
CREATE INDEX agent_knowledge_bases_workspace_idx ON agent_knowledge_bases (workspace_id, organization_id);

CREATE TABLE contacts (
    id              uuid        PRIMARY KEY,
    organization_id uuid        NOT NULL,
    workspace_id    uuid        NOT NULL,
    name            text        NOT NULL,
    phone_number    text        NOT NULL,
    attributes      text        NOT NULL DEFAULT '{}',
    created_at      timestamptz NOT NULL,
    updated_at      timestamptz NOT NULL,
    CONSTRAINT contacts_phone_number_e164 CHECK (phone_number ~ '^\+[0-9]{8,15}$'),
    CONSTRAINT contacts_attributes_object CHECK (json_typeof(attributes::json) = 'object'),
    CONSTRAINT contacts_workspace_fk FOREIGN KEY (workspace_id, organization_id)
        REFERENCES workspaces (id, organization_id) ON DELETE CASCADE
);
CREATE INDEX contacts_workspace_idx ON contacts (workspace_id, organization_id, id);

CREATE TABLE phone_numbers (
    id              uuid        PRIMARY KEY,
    organization_id uuid        NOT NULL,
    workspace_id    uuid        NOT NULL,
    e164            text        NOT NULL,
    status          text        NOT NULL,
    -- The one place where the link between an agent and its number is stored.
    agent_id        uuid,
    created_at      timestamptz NOT NULL,
    updated_at      timestamptz NOT NULL,
    released_at     timestamptz,
    CONSTRAINT phone_numbers_id_workspace_key UNIQUE (id, workspace_id),
    CONSTRAINT phone_numbers_e164_format CHECK (e164 ~ '^\+[0-9]{8,15}$'),
    CONSTRAINT phone_numbers_status_known CHECK (status IN ('ACTIVE', 'RELEASED')),
    CONSTRAINT phone_numbers_released_unassigned CHECK (status = 'ACTIVE' OR agent_id IS NULL),
    CONSTRAINT phone_numbers_workspace_fk FOREIGN KEY (workspace_id, organization_id)
        REFERENCES workspaces (id, organization_id) ON DELETE CASCADE,
    -- Deleting an agent unassigns its number; the number stays in its workspace.
    CONSTRAINT phone_numbers_agent_fk FOREIGN KEY (agent_id, workspace_id)
        REFERENCES agents (id, workspace_id) ON DELETE SET NULL (agent_id)
);
CREATE INDEX phone_numbers_workspace_idx ON phone_numbers (workspace_id, organization_id, id);
-- An active number belongs to one workspace at a time, across the whole service, whatever
-- the concurrency: the second of two concurrent purchases fails here.
CREATE UNIQUE INDEX phone_numbers_active_e164_key ON phone_numbers (e164) WHERE status = 'ACTIVE';
-- An agent has at most one number; also the index of phone_numbers_agent_fk.
CREATE UNIQUE INDEX phone_numbers_agent_key ON phone_numbers (agent_id, workspace_id) WHERE agent_id IS NOT NULL;

CREATE TABLE call_logs (
    id               uuid        PRIMARY KEY,
    organization_id  uuid        NOT NULL,
    workspace_id     uuid        NOT NULL,
    agent_id         uuid,
    phone_number_id  uuid,
    direction        text        NOT NULL,
    started_at       timestamptz NOT NULL,
    duration_seconds integer     NOT NULL,
    recording_url    text,
    created_at       timestamptz NOT NULL,
    CONSTRAINT call_logs_direction_known CHECK (direction IN ('INBOUND', 'OUTBOUND')),
    CONSTRAINT call_logs_duration_non_negative CHECK (duration_seconds >= 0),
    CONSTRAINT call_logs_workspace_fk FOREIGN KEY (workspace_id, organization_id)
        REFERENCES workspaces (id, organization_id) ON DELETE CASCADE,
    -- A call log outlives its agent.
    CONSTRAINT call_logs_agent_fk FOREIGN KEY (agent_id, workspace_id)
        REFERENCES agents (id, workspace_id) ON DELETE SET NULL (agent_id),
    CONSTRAINT call_logs_phone_number_fk FOREIGN KEY (phone_number_id, workspace_id)
        REFERENCES phone_numbers (id, workspace_id) ON DELETE SET NULL (phone_number_id)
);
CREATE INDEX call_logs_workspace_idx ON call_logs (workspace_id, organization_id, id);
CREATE INDEX call_logs_agent_idx ON call_logs (agent_id, workspace_id);
CREATE INDEX call_logs_phone_number_idx ON call_logs (phone_number_id, workspace_id);

-- Transactional outbox: messages for other services, written in the transaction of the change
-- they announce. It has no foreign key to organizations or workspaces on purpose, so that
-- deleting either never deletes a message that was not sent yet.
CREATE TABLE outbox_messages (
    id              bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    topic           text        NOT NULL,
    organization_id uuid        NOT NULL,
    workspace_id    uuid,
    subject_id      uuid        NOT NULL,
    payload         jsonb       NOT NULL,
    created_at      timestamptz NOT NULL,
    sent_at         timestamptz
);
-- A relay reads unsent messages in order.
CREATE INDEX outbox_messages_unsent_idx ON outbox_messages (id) WHERE sent_at IS NULL;
