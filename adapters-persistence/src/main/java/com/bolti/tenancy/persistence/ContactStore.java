package com.bolti.tenancy.persistence;

import com.bolti.tenancy.application.port.out.ContactRepository;
import com.bolti.tenancy.domain.model.Name;
import com.bolti.tenancy.domain.model.OrganizationId;
import com.bolti.tenancy.domain.model.Page;
import com.bolti.tenancy.domain.model.PageRequest;
import com.bolti.tenancy.domain.model.WorkspaceId;
import com.bolti.tenancy.domain.model.WorkspaceScope;
import com.bolti.tenancy.domain.resource.Contact;
import com.bolti.tenancy.domain.resource.ContactId;
import com.bolti.tenancy.domain.resource.E164;
import com.bolti.tenancy.domain.resource.JsonObjectDocument;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;

/** Contacts in PostgreSQL. */
@ApplicationScoped
class ContactStore implements ContactRepository, PanacheRepositoryBase<ContactEntity, UUID> {

    private static final ScopedRows<ContactEntity> ROWS = new ScopedRows<>(ContactEntity.class);

    @Override
    public void add(Contact contact) {
        ContactEntity entity = new ContactEntity();
        entity.id = contact.id().value();
        entity.organizationId = contact.scope().organizationId().value();
        entity.workspaceId = contact.scope().workspaceId().value();
        entity.createdAt = contact.createdAt();
        copy(contact, entity);
        getEntityManager().persist(entity);
        getEntityManager().flush();
    }

    @Override
    public Optional<Contact> find(WorkspaceScope scope, ContactId id) {
        return ROWS.find(getEntityManager(), scope, id.value(), false).map(ContactStore::toContact);
    }

    @Override
    public Page<Contact> list(WorkspaceScope scope, PageRequest page) {
        Page<ContactEntity> rows = ROWS.page(getEntityManager(), scope, page);
        return new Page<>(rows.items().stream().map(ContactStore::toContact).toList(), rows.nextAfter());
    }

    @Override
    public void update(Contact contact) {
        copy(contact, ROWS.find(getEntityManager(), contact.scope(), contact.id().value(), false).orElseThrow());
        getEntityManager().flush();
    }

    @Override
    public boolean remove(WorkspaceScope scope, ContactId id) {
        return ROWS.delete(getEntityManager(), scope, id.value());
    }

    private static void copy(Contact contact, ContactEntity entity) {
        entity.name = contact.name().value();
        entity.phoneNumber = contact.phoneNumber().value();
        entity.attributes = contact.attributes().json();
        entity.updatedAt = contact.updatedAt();
    }

    private static Contact toContact(ContactEntity entity) {
        return new Contact(new ContactId(entity.id),
                new WorkspaceScope(new OrganizationId(entity.organizationId), new WorkspaceId(entity.workspaceId)),
                new Name(entity.name), new E164(entity.phoneNumber), new JsonObjectDocument(entity.attributes),
                entity.createdAt, entity.updatedAt);
    }
}
