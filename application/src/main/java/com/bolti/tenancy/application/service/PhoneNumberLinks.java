package com.bolti.tenancy.application.service;

import com.bolti.tenancy.application.port.out.AgentRepository;
import com.bolti.tenancy.application.port.out.PhoneNumberRepository;
import com.bolti.tenancy.domain.error.AgentNotFoundException;
import com.bolti.tenancy.domain.error.PhoneNumberNotFoundException;
import com.bolti.tenancy.domain.model.WorkspaceScope;
import com.bolti.tenancy.domain.resource.AgentId;
import com.bolti.tenancy.domain.resource.PhoneNumber;
import com.bolti.tenancy.domain.resource.PhoneNumberId;
import java.time.Instant;

/**
 * Changes the one-to-one link between agents and phone numbers, which both the agent's
 * {@code phoneNumberId} and the number's {@code agentId} show. Rows are locked agent first,
 * then number, in every use case, so that concurrent changes wait instead of deadlocking.
 */
final class PhoneNumberLinks {

    private final PhoneNumberRepository phoneNumbers;
    private final AgentRepository agents;

    PhoneNumberLinks(PhoneNumberRepository phoneNumbers, AgentRepository agents) {
        this.phoneNumbers = phoneNumbers;
        this.agents = agents;
    }

    /**
     * Links an active number to an agent of the same workspace. The agent's previous number
     * and the number's previous agent lose their link.
     */
    PhoneNumber link(WorkspaceScope scope, PhoneNumberId numberId, AgentId agentId, Instant now) {
        agents.find(scope, agentId, true).orElseThrow(() -> new AgentNotFoundException(agentId.value()));
        PhoneNumber number = phoneNumbers.find(scope, numberId, true)
                .orElseThrow(() -> new PhoneNumberNotFoundException(numberId.value()));
        number.requireActive();

        phoneNumbers.lockByAgent(scope, agentId)
                .filter(previous -> !previous.id().equals(numberId))
                .ifPresent(previous -> phoneNumbers.update(previous.assignTo(null, now)));
        PhoneNumber linked = number.assignTo(agentId, now);
        phoneNumbers.update(linked);
        return linked;
    }

    /** Removes the link of the agent's number, if it has one. */
    void unlinkAgent(WorkspaceScope scope, AgentId agentId, Instant now) {
        phoneNumbers.lockByAgent(scope, agentId)
                .ifPresent(number -> phoneNumbers.update(number.assignTo(null, now)));
    }
}
