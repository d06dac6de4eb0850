package com.bolti.tenancy.application.service;

import com.bolti.tenancy.application.port.in.AssignPhoneNumberUseCase;
import com.bolti.tenancy.application.port.in.GetPhoneNumberQuery;
import com.bolti.tenancy.application.port.in.ListPhoneNumbersQuery;
import com.bolti.tenancy.application.port.in.PurchasePhoneNumberUseCase;
import com.bolti.tenancy.application.port.in.ReleasePhoneNumberUseCase;
import com.bolti.tenancy.application.port.in.WorkspaceRequest;
import com.bolti.tenancy.application.port.out.AgentRepository;
import com.bolti.tenancy.application.port.out.AuditTrail;
import com.bolti.tenancy.application.port.out.PhoneNumberReleases;
import com.bolti.tenancy.application.port.out.PhoneNumberRepository;
import com.bolti.tenancy.application.port.out.ResourceReferences;
import com.bolti.tenancy.application.port.out.UnitOfWork;
import com.bolti.tenancy.application.port.out.WorkspaceRepository;
import com.bolti.tenancy.domain.access.Capability;
import com.bolti.tenancy.domain.error.PhoneNumberNotFoundException;
import com.bolti.tenancy.domain.model.Page;
import com.bolti.tenancy.domain.model.PageRequest;
import com.bolti.tenancy.domain.model.UuidV7;
import com.bolti.tenancy.domain.model.WorkspaceScope;
import com.bolti.tenancy.domain.resource.AgentId;
import com.bolti.tenancy.domain.resource.E164;
import com.bolti.tenancy.domain.resource.PhoneNumber;
import com.bolti.tenancy.domain.resource.PhoneNumberId;
import com.bolti.tenancy.domain.resource.ResourceType;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;

/** Use cases on phone numbers: list, read, purchase, assign to an agent, release. */
public final class PhoneNumberService implements ListPhoneNumbersQuery, GetPhoneNumberQuery,
        PurchasePhoneNumberUseCase, AssignPhoneNumberUseCase, ReleasePhoneNumberUseCase {

    private final UnitOfWork unitOfWork;
    private final ActiveWorkspaces activeWorkspaces;
    private final PhoneNumberRepository phoneNumbers;
    private final PhoneNumberReleases releases;
    private final ReferenceCheck references;
    private final PhoneNumberLinks links;
    private final AuditEvents audit;
    private final Clock clock;

    public PhoneNumberService(UnitOfWork unitOfWork, WorkspaceRepository workspaces,
            PhoneNumberRepository phoneNumbers, PhoneNumberReleases releases, AgentRepository agents,
            ResourceReferences references, AuditTrail auditTrail, Clock clock) {
        this.unitOfWork = unitOfWork;
        this.activeWorkspaces = new ActiveWorkspaces(workspaces);
        this.phoneNumbers = phoneNumbers;
        this.releases = releases;
        this.references = new ReferenceCheck(references);
        this.links = new PhoneNumberLinks(phoneNumbers, agents);
        this.audit = new AuditEvents(auditTrail, clock);
        this.clock = clock;
    }

    @Override
    public Page<PhoneNumber> list(WorkspaceRequest request, PageRequest page) {
        return unitOfWork.inTransaction(() ->
                phoneNumbers.list(activeWorkspaces.require(request, Capability.PHONE_NUMBERS_READ), page));
    }

    @Override
    public PhoneNumber get(WorkspaceRequest request, PhoneNumberId id) {
        return unitOfWork.inTransaction(() ->
                find(activeWorkspaces.require(request, Capability.PHONE_NUMBERS_READ), id, false));
    }

    @Override
    public PhoneNumber purchase(PurchasePhoneNumberCommand command) {
        E164 e164 = E164.parse("e164", command.e164());

        return unitOfWork.inTransaction(() -> {
            WorkspaceScope scope = command.agentId() == null
                    ? activeWorkspaces.require(command.request(), Capability.PHONE_NUMBERS_PURCHASE)
                    : activeWorkspaces.require(command.request(), Capability.PHONE_NUMBERS_PURCHASE,
                            Capability.PHONE_NUMBERS_ASSIGN);
            references.require(scope, ResourceType.AGENT, "agentId", command.agentId());

            Instant now = Times.now(clock);
            PhoneNumber number = PhoneNumber.purchase(new PhoneNumberId(UuidV7.next(clock)), scope, e164, now);
            phoneNumbers.add(number);
            if (command.agentId() != null) {
                number = links.link(scope, number.id(), new AgentId(command.agentId()), now);
            }
            audit.record(command.request().actor(), scope.organizationId(), now, "phone_number.purchased",
                    "phone_number", number.id().value(),
                    Map.of("workspaceId", scope.workspaceId().toString(), "e164", e164.value()));
            return number;
        });
    }

    @Override
    public PhoneNumber assign(AssignPhoneNumberCommand command) {
        return unitOfWork.inTransaction(() -> {
            WorkspaceScope scope = activeWorkspaces.require(command.request(), Capability.PHONE_NUMBERS_ASSIGN);
            PhoneNumber number = find(scope, command.id(), false);
            Instant now = Times.now(clock);
            if (command.agentId() == null) {
                PhoneNumber unlinked = find(scope, command.id(), true).assignTo(null, now);
                phoneNumbers.update(unlinked);
                return unlinked;
            }

            references.require(scope, ResourceType.AGENT, "agentId", command.agentId());
            number.requireActive();
            return links.link(scope, number.id(), new AgentId(command.agentId()), now);
        });
    }

    @Override
    public void release(WorkspaceRequest request, PhoneNumberId id) {
        unitOfWork.inTransaction(() -> {
            WorkspaceScope scope = activeWorkspaces.require(request, Capability.PHONE_NUMBERS_RELEASE);
            PhoneNumber number = find(scope, id, true);
            Instant now = Times.now(clock);
            PhoneNumber released = number.release(now);

            phoneNumbers.update(released);
            releases.announce(released, request.actor());
            audit.record(request.actor(), scope.organizationId(), now, "phone_number.released", "phone_number",
                    id.value(), Map.of("workspaceId", scope.workspaceId().toString(), "e164", number.e164().value()));
            return null;
        });
    }

    private PhoneNumber find(WorkspaceScope scope, PhoneNumberId id, boolean forUpdate) {
        return phoneNumbers.find(scope, id, forUpdate)
                .orElseThrow(() -> new PhoneNumberNotFoundException(id.value()));
    }
}
