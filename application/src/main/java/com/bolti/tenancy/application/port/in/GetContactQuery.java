package com.bolti.tenancy.application.port.in;

import com.bolti.tenancy.domain.resource.Contact;
import com.bolti.tenancy.domain.resource.ContactId;

/** Reads one contact of the active workspace; needs {@code contacts.read}. */
public interface GetContactQuery {

    Contact get(WorkspaceRequest request, ContactId id);
}
