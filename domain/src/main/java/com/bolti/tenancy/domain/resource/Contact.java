package com.bolti.tenancy.domain.resource;

import com.bolti.tenancy.domain.model.Name;
import com.bolti.tenancy.domain.model.WorkspaceScope;
import java.time.Instant;
import java.util.Objects;

/** Person that the agents of a workspace call or take calls from. */
public record Contact(ContactId id, WorkspaceScope scope, Name name, E164 phoneNumber,
        JsonObjectDocument attributes, Instant createdAt, Instant updatedAt) {

    public Contact {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(phoneNumber, "phoneNumber");
        Objects.requireNonNull(attributes, "attributes");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    public static Contact create(ContactId id, WorkspaceScope scope, Name name, E164 phoneNumber,
            JsonObjectDocument attributes, Instant now) {
        return new Contact(id, scope, name, phoneNumber, attributes, now, now);
    }

    /** Returns the contact with the given fields replaced; a {@code null} argument keeps the current value. */
    public Contact revise(Name newName, E164 newPhoneNumber, JsonObjectDocument newAttributes, Instant now) {
        return new Contact(id, scope,
                newName == null ? name : newName,
                newPhoneNumber == null ? phoneNumber : newPhoneNumber,
                newAttributes == null ? attributes : newAttributes,
                createdAt, now);
    }
}
