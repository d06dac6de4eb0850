package com.bolti.tenancy.application.port.in;

import com.bolti.tenancy.domain.resource.PhoneNumber;
import java.util.UUID;

/**
 * Buys a phone number for the active workspace; needs {@code phone_numbers.purchase}, and
 * {@code phone_numbers.assign} as well when it is assigned to an agent at once.
 */
public interface PurchasePhoneNumberUseCase {

    /**
     * @param e164    the number as sent
     * @param agentId an agent of the same workspace to assign the number to, or {@code null}
     */
    record PurchasePhoneNumberCommand(WorkspaceRequest request, String e164, UUID agentId) {
    }

    PhoneNumber purchase(PurchasePhoneNumberCommand command);
}
