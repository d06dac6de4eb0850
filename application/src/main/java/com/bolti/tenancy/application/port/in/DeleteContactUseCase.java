package com.bolti.tenancy.application.port.in;

import com.bolti.tenancy.domain.resource.ContactId;

/** Deletes a contact of the active workspace; needs {@code contacts.delete}. */
public interface DeleteContactUseCase {

    void delete(WorkspaceRequest request, ContactId id);
}
