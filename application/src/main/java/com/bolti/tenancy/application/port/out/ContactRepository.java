package com.bolti.tenancy.application.port.out;

import com.bolti.tenancy.domain.model.Page;
import com.bolti.tenancy.domain.model.PageRequest;
import com.bolti.tenancy.domain.model.WorkspaceScope;
import com.bolti.tenancy.domain.resource.Contact;
import com.bolti.tenancy.domain.resource.ContactId;
import java.util.Optional;

/** Contacts of workspaces; every lookup names the workspace scope. */
public interface ContactRepository {

    void add(Contact contact);

    Optional<Contact> find(WorkspaceScope scope, ContactId id);

    /** Lists the workspace's contacts ordered by id. */
    Page<Contact> list(WorkspaceScope scope, PageRequest page);

    void update(Contact contact);

    /** Deletes the contact; returns {@code false} when the workspace has no such contact. */
    boolean remove(WorkspaceScope scope, ContactId id);
}
