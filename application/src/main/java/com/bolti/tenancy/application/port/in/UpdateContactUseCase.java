package com.bolti.tenancy.application.port.in;

import com.bolti.tenancy.domain.resource.Contact;
import com.bolti.tenancy.domain.resource.ContactId;

/** Changes name, phone number or attributes of a contact of the active workspace; needs {@code contacts.update}. */
public interface UpdateContactUseCase {

    /** Each field is absent to keep it; {@code attributes} replaces the stored object as a whole. */
    record UpdateContactCommand(WorkspaceRequest request, ContactId id, FieldUpdate<String> name,
            FieldUpdate<String> phoneNumber, FieldUpdate<String> attributesJson) {
    }

    Contact update(UpdateContactCommand command);
}
