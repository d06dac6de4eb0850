package com.bolti.tenancy.application.port.in;

import com.bolti.tenancy.domain.resource.Contact;

/** Creates a contact in the active workspace; needs {@code contacts.create}. */
public interface CreateContactUseCase {

    /**
     * @param phoneNumber    an E.164 number as sent
     * @param attributesJson the text of a JSON object, or {@code null} for {@code {}}
     */
    record CreateContactCommand(WorkspaceRequest request, String name, String phoneNumber, String attributesJson) {
    }

    Contact create(CreateContactCommand command);
}
