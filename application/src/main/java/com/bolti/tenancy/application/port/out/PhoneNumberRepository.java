package com.bolti.tenancy.application.port.out;

import com.bolti.tenancy.domain.model.Page;
import com.bolti.tenancy.domain.model.PageRequest;
import com.bolti.tenancy.domain.model.WorkspaceScope;
import com.bolti.tenancy.domain.resource.AgentId;
import com.bolti.tenancy.domain.resource.PhoneNumber;
import com.bolti.tenancy.domain.resource.PhoneNumberId;
import java.util.Optional;

/**
 * Phone numbers bought by workspaces, active and released. The link between an agent and its
 * number is stored here only. Every lookup names the workspace scope.
 */
public interface PhoneNumberRepository {

    /**
     * Stores a newly purchased number; throws {@code PhoneNumberTakenException} when the
     * number is active in any workspace, also when a concurrent purchase won the race.
     */
    void add(PhoneNumber number);

    /**
     * Returns the number, or empty. With {@code forUpdate} the row stays locked until the
     * transaction ends.
     */
    Optional<PhoneNumber> find(WorkspaceScope scope, PhoneNumberId id, boolean forUpdate);

    /** Returns the number linked to the agent, or empty; the row stays locked until the transaction ends. */
    Optional<PhoneNumber> lockByAgent(WorkspaceScope scope, AgentId agentId);

    /** Lists the workspace's numbers, active and released, ordered by id. */
    Page<PhoneNumber> list(WorkspaceScope scope, PageRequest page);

    /** Writes status, agent, release time and update time. */
    void update(PhoneNumber number);
}
