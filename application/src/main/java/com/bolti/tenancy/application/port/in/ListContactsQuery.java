package com.bolti.tenancy.application.port.in;

import com.bolti.tenancy.domain.model.Page;
import com.bolti.tenancy.domain.model.PageRequest;
import com.bolti.tenancy.domain.resource.Contact;

/** Lists the contacts of the active workspace; needs {@code contacts.read}. */
public interface ListContactsQuery {

    Page<Contact> list(WorkspaceRequest request, PageRequest page);
}
