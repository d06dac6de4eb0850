package com.bolti.tenancy.application.port.in;

import com.bolti.tenancy.domain.model.Page;
import com.bolti.tenancy.domain.model.PageRequest;
import com.bolti.tenancy.domain.resource.Agent;

/** Lists the agents of the active workspace; needs {@code agents.read}. */
public interface ListAgentsQuery {

    Page<Agent> list(WorkspaceRequest request, PageRequest page);
}
