package com.bolti.tenancy.application.port.out;

import com.bolti.tenancy.domain.model.Page;
import com.bolti.tenancy.domain.model.PageRequest;
import com.bolti.tenancy.domain.model.WorkspaceScope;
import com.bolti.tenancy.domain.resource.Tool;
import com.bolti.tenancy.domain.resource.ToolId;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Tools of workspaces; every lookup names the workspace scope. */
public interface ToolRepository {

    void add(Tool tool);

    Optional<Tool> find(WorkspaceScope scope, ToolId id);

    /** Lists the workspace's tools ordered by id. */
    Page<Tool> list(WorkspaceScope scope, PageRequest page);

    /** Returns those of {@code ids} that are tools of the workspace, ordered by id. */
    List<Tool> findAll(WorkspaceScope scope, Collection<ToolId> ids);

    /** Returns the workspace's tools whose name is one of {@code names}, ordered by id. */
    List<Tool> findByNames(WorkspaceScope scope, Collection<String> names);

    void update(Tool tool);

    /** Deletes the tool and its links to agents; returns {@code false} when the workspace has no such tool. */
    boolean remove(WorkspaceScope scope, ToolId id);
}
