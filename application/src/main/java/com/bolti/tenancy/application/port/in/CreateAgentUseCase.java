package com.bolti.tenancy.application.port.in;

import com.bolti.tenancy.domain.resource.Agent;
import java.util.List;
import java.util.UUID;

/**
 * Creates an agent in the active workspace; needs {@code agents.create}, and
 * {@code phone_numbers.assign} as well when a phone number is linked.
 */
public interface CreateAgentUseCase {

    /**
     * @param tags             tag texts as sent, or {@code null} for none
     * @param configJson       the text of a JSON object, or {@code null} for {@code {}}
     * @param toolIds          ids of tools of the same workspace, or {@code null} for none
     * @param knowledgeBaseIds ids of knowledge bases of the same workspace, or {@code null}
     * @param phoneNumberId    an active number of the same workspace to link, or {@code null}
     */
    record CreateAgentCommand(WorkspaceRequest request, String name, List<String> tags, String configJson,
            List<UUID> toolIds, List<UUID> knowledgeBaseIds, UUID phoneNumberId) {
    }

    Agent create(CreateAgentCommand command);
}
