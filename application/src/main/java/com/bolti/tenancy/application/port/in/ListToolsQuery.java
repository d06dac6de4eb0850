package com.bolti.tenancy.application.port.in;

import com.bolti.tenancy.domain.model.Page;
import com.bolti.tenancy.domain.model.PageRequest;
import com.bolti.tenancy.domain.resource.Tool;

/** Lists the tools of the active workspace; needs {@code tools.read}. */
public interface ListToolsQuery {

    Page<Tool> list(WorkspaceRequest request, PageRequest page);
}
