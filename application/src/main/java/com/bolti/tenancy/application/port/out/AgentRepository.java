package com.bolti.tenancy.application.port.out;

import com.bolti.tenancy.domain.model.Page;
import com.bolti.tenancy.domain.model.PageRequest;
import com.bolti.tenancy.domain.model.WorkspaceScope;
import com.bolti.tenancy.domain.resource.Agent;
import com.bolti.tenancy.domain.resource.AgentId;
import java.util.Optional;

/**
 * Agents with their tool and knowledge base links. Every lookup names the workspace scope,
 * and an agent of another workspace is never found.
 */
public interface AgentRepository {

    /** Stores a new agent with its tool and knowledge base links. */
    void add(Agent agent);

    /**
     * Returns the agent with its links and phone number, or empty. With {@code forUpdate} the
     * agent row stays locked until the transaction ends.
     */
    Optional<Agent> find(WorkspaceScope scope, AgentId id, boolean forUpdate);

    /** Lists the workspace's agents ordered by id, in a fixed number of statements whatever the page size. */
    Page<Agent> list(WorkspaceScope scope, PageRequest page);

    /** Writes name, tags and config and replaces the tool and knowledge base links. */
    void update(Agent agent);

    /** Deletes the agent; returns {@code false} when the workspace has no such agent. */
    boolean remove(WorkspaceScope scope, AgentId id);
}
