package com.bolti.tenancy.application.port.in;

import com.bolti.tenancy.domain.resource.AgentId;

/**
 * Deletes an agent of the active workspace; needs {@code agents.delete}. Its phone number
 * stays in the workspace, unassigned, and its call logs stay without an agent.
 */
public interface DeleteAgentUseCase {

    void delete(WorkspaceRequest request, AgentId agentId);
}
