package com.bolti.tenancy.application.service;

import com.bolti.tenancy.application.port.in.CreateContactUseCase;
import com.bolti.tenancy.application.port.in.DeleteContactUseCase;
import com.bolti.tenancy.application.port.in.GetContactQuery;
import com.bolti.tenancy.application.port.in.ListContactsQuery;
import com.bolti.tenancy.application.port.in.UpdateContactUseCase;
import com.bolti.tenancy.application.port.in.WorkspaceRequest;
import com.bolti.tenancy.application.port.out.AuditTrail;
import com.bolti.tenancy.application.port.out.ContactRepository;
import com.bolti.tenancy.application.port.out.UnitOfWork;
import com.bolti.tenancy.application.port.out.WorkspaceRepository;
import com.bolti.tenancy.domain.access.Capability;
import com.bolti.tenancy.domain.error.ContactNotFoundException;
import com.bolti.tenancy.domain.model.Name;
import com.bolti.tenancy.domain.model.Page;
import com.bolti.tenancy.domain.model.PageRequest;
import com.bolti.tenancy.domain.model.UuidV7;
import com.bolti.tenancy.domain.model.WorkspaceScope;
import com.bolti.tenancy.domain.resource.Contact;
import com.bolti.tenancy.domain.resource.ContactId;
import com.bolti.tenancy.domain.resource.E164;
import com.bolti.tenancy.domain.resource.JsonObjectDocument;
import java.time.Clock;
import java.util.Map;

/** Use cases on contacts: list, read, create, update, delete. */
public final class ContactService implements ListContactsQuery, GetContactQuery, CreateContactUseCase,
        UpdateContactUseCase, DeleteContactUseCase {

    private final UnitOfWork unitOfWork;
    private final ActiveWorkspaces activeWorkspaces;
    private final ContactRepository contacts;
    private final AuditEvents audit;
    private final Clock clock;

    public ContactService(UnitOfWork unitOfWork, WorkspaceRepository workspaces, ContactRepository contacts,
            AuditTrail auditTrail, Clock clock) {
        this.unitOfWork = unitOfWork;
        this.activeWorkspaces = new ActiveWorkspaces(workspaces);
        this.contacts = contacts;
        this.audit = new AuditEvents(auditTrail, clock);
        this.clock = clock;
    }

    @Override
    public Page<Contact> list(WorkspaceRequest request, PageRequest page) {
        return unitOfWork.inTransaction(() ->
                contacts.list(activeWorkspaces.require(request, Capability.CONTACTS_READ), page));
    }

    @Override
    public Contact get(WorkspaceRequest request, ContactId id) {
        return unitOfWork.inTransaction(() -> find(activeWorkspaces.require(request, Capability.CONTACTS_READ), id));
    }

    @Override
    public Contact create(CreateContactCommand command) {
        Name name = new Name(command.name());
        E164 phoneNumber = E164.parse("phoneNumber", command.phoneNumber());
        JsonObjectDocument attributes = JsonObjectDocument.parse("attributes", command.attributesJson());

        return unitOfWork.inTransaction(() -> {
            WorkspaceScope scope = activeWorkspaces.require(command.request(), Capability.CONTACTS_CREATE);
            Contact contact = Contact.create(new ContactId(UuidV7.next(clock)), scope, name, phoneNumber, attributes,
                    Times.now(clock));
            contacts.add(contact);
            return contact;
        });
    }

    @Override
    public Contact update(UpdateContactCommand command) {
        Name newName = command.name().present() ? new Name(command.name().value()) : null;
        E164 newPhoneNumber = command.phoneNumber().present()
                ? E164.parse("phoneNumber", command.phoneNumber().value())
                : null;
        JsonObjectDocument newAttributes = command.attributesJson().present()
                ? JsonObjectDocument.parse("attributes", command.attributesJson().value())
                : null;

        return unitOfWork.inTransaction(() -> {
            WorkspaceScope scope = activeWorkspaces.require(command.request(), Capability.CONTACTS_UPDATE);
            Contact updated = find(scope, command.id()).revise(newName, newPhoneNumber, newAttributes,
                    Times.now(clock));
            contacts.update(updated);
            return updated;
        });
    }

    @Override
    public void delete(WorkspaceRequest request, ContactId id) {
        unitOfWork.inTransaction(() -> {
            WorkspaceScope scope = activeWorkspaces.require(request, Capability.CONTACTS_DELETE);
            find(scope, id);

            contacts.remove(scope, id);
            // The details leave out name and number: the audit trail keeps no personal data of contacts.
            audit.record(request.actor(), scope.organizationId(), Times.now(clock), "contact.deleted", "contact",
                    id.value(), Map.of("workspaceId", scope.workspaceId().toString()));
            return null;
        });
    }

    private Contact find(WorkspaceScope scope, ContactId id) {
        return contacts.find(scope, id).orElseThrow(() -> new ContactNotFoundException(id.value()));
    }
}
