package com.bolti.tenancy.application.port.in;

import com.bolti.tenancy.domain.resource.PhoneNumberId;

/**
 * Releases an active phone number of the active workspace; needs
 * {@code phone_numbers.release}. The number is unlinked from its agent, and the telephony
 * service learns of the release through the outbox.
 */
public interface ReleasePhoneNumberUseCase {

    void release(WorkspaceRequest request, PhoneNumberId id);
}
