package com.bolti.tenancy.application.port.in;

import com.bolti.tenancy.domain.resource.PhoneNumber;
import com.bolti.tenancy.domain.resource.PhoneNumberId;
import java.util.UUID;

/**
 * Links an active phone number to an agent of the same workspace, or unlinks it; needs
 * {@code phone_numbers.assign}. An agent has at most one number, so the agent's previous
 * number, if any, is unlinked.
 */
public interface AssignPhoneNumberUseCase {

    /** @param agentId the agent to link, or {@code null} to unlink the number */
    record AssignPhoneNumberCommand(WorkspaceRequest request, PhoneNumberId id, UUID agentId) {
    }

    PhoneNumber assign(AssignPhoneNumberCommand command);
}
