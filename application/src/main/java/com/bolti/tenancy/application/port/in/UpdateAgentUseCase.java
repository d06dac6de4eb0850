package com.bolti.tenancy.application.port.in;

import com.bolti.tenancy.domain.resource.Agent;
import com.bolti.tenancy.domain.resource.AgentId;
import java.util.List;
import java.util.UUID;

/**
 * Changes an agent of the active workspace; needs {@code agents.update}, and
 * {@code phone_numbers.assign} as well when the phone number link changes.
 */
public interface UpdateAgentUseCase {

    /**
     * Each field is absent to keep it. Lists replace the current ones as a whole; a
     * {@code phoneNumberId} of {@code null} unlinks the agent's number.
     */
    record UpdateAgentCommand(WorkspaceRequest request, AgentId agentId, FieldUpdate<String> name,
            FieldUpdate<List<String>> tags, FieldUpdate<String> configJson, FieldUpdate<List<UUID>> toolIds,
            FieldUpdate<List<UUID>> knowledgeBaseIds, FieldUpdate<UUID> phoneNumberId) {
    }

    Agent update(UpdateAgentCommand command);
}
