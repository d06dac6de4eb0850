package com.bolti.tenancy.rest.body;

import com.bolti.tenancy.application.port.in.CopyAgentUseCase;
import java.util.List;
import java.util.UUID;

/** The agent made by a copy, and the links of the source that found no namesake in the target workspace. */
public record AgentCopyResponse(AgentResponse agent, List<UnresolvedLink> unresolved) {

    /** A tool or knowledge base of the source agent that the copy has no link for. */
    public record UnresolvedLink(String type, UUID sourceId, String name) {
    }

    public static AgentCopyResponse of(CopyAgentUseCase.Copy copy) {
        return new AgentCopyResponse(AgentResponse.of(copy.agent()), copy.unresolved().stream()
                .map(link -> new UnresolvedLink(link.kind().name(), link.sourceId(), link.name()))
                .toList());
    }
}
