package com.bolti.tenancy.rest.body;

import com.bolti.tenancy.domain.resource.Contact;
import com.fasterxml.jackson.annotation.JsonRawValue;
import java.time.Instant;
import java.util.UUID;

/** A contact as the API shows it; {@code attributes} is the stored JSON object as is. */
public record ContactResponse(UUID id, UUID workspaceId, String name, String phoneNumber,
        @JsonRawValue String attributes, Instant createdAt, Instant updatedAt) {

    public static ContactResponse of(Contact contact) {
        return new ContactResponse(contact.id().value(), contact.scope().workspaceId().value(),
                contact.name().value(), contact.phoneNumber().value(), contact.attributes().json(),
                contact.createdAt(), contact.updatedAt());
    }
}
