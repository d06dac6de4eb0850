package com.bolti.tenancy.application.port.in;

import com.bolti.tenancy.domain.resource.PhoneNumber;
import com.bolti.tenancy.domain.resource.PhoneNumberId;

/** Reads one phone number of the active workspace; needs {@code phone_numbers.read}. */
public interface GetPhoneNumberQuery {

    PhoneNumber get(WorkspaceRequest request, PhoneNumberId id);
}
