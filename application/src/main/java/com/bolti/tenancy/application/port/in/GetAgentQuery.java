package com.bolti.tenancy.application.port.in;

import com.bolti.tenancy.domain.resource.Agent;
import com.bolti.tenancy.domain.resource.AgentId;

/** Reads one agent of the active workspace; needs {@code agents.read}. */
public interface GetAgentQuery {

    Agent get(WorkspaceRequest request, AgentId agentId);
}
