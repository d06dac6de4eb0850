package com.bolti.tenancy.application.port.in;

import com.bolti.tenancy.domain.model.Page;
import com.bolti.tenancy.domain.model.PageRequest;
import com.bolti.tenancy.domain.resource.PhoneNumber;

/** Lists the phone numbers of the active workspace, active and released; needs {@code phone_numbers.read}. */
public interface ListPhoneNumbersQuery {

    Page<PhoneNumber> list(WorkspaceRequest request, PageRequest page);
}
