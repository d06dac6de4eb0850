package com.bolti.tenancy.application.port.in;

import com.bolti.tenancy.domain.model.WorkspaceId;
import com.bolti.tenancy.domain.resource.Agent;
import com.bolti.tenancy.domain.resource.AgentId;
import java.util.List;
import java.util.UUID;

/**
 * Recreates an agent of the active workspace in another workspace of the same organization:
 * name, tags and config are copied, tools and knowledge bases are linked by name, and phone
 * numbers never move. Needs {@code agents.read} here and {@code agents.create} there.
 */
public interface CopyAgentUseCase {

    record CopyAgentCommand(WorkspaceRequest request, AgentId agentId, WorkspaceId targetWorkspaceId) {
    }

    /** A tool or knowledge base of the source agent that the target workspace has no namesake for. */
    record Unresolved(Kind kind, UUID sourceId, String name) {

        public enum Kind {
            TOOL, KNOWLEDGE_BASE
        }
    }

    /** The new agent, and what could not be linked in the order of the source agent's links. */
    record Copy(Agent agent, List<Unresolved> unresolved) {
    }

    Copy copy(CopyAgentCommand command);
}
