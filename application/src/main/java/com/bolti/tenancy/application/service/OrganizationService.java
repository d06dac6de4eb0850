package com.bolti.tenancy.application.service;

import com.bolti.tenancy.application.port.in.CreateOrganizationUseCase;
import com.bolti.tenancy.application.port.in.FieldUpdate;
import com.bolti.tenancy.application.port.in.GetOrganizationQuery;
import com.bolti.tenancy.application.port.in.ListAuditEventsQuery;
import com.bolti.tenancy.application.port.in.ListOrganizationsQuery;
import com.bolti.tenancy.application.port.in.UpdateOrganizationUseCase;
import com.bolti.tenancy.application.port.out.AuditEvent;
import com.bolti.tenancy.application.port.out.AuditTrail;
import com.bolti.tenancy.application.port.out.MemberOrganization;
import com.bolti.tenancy.application.port.out.OrganizationRepository;
import com.bolti.tenancy.application.port.out.UnitOfWork;
import com.bolti.tenancy.domain.access.OrganizationPower;
import com.bolti.tenancy.domain.error.OrganizationNotFoundException;
import com.bolti.tenancy.domain.error.StaleVersionException;
import com.bolti.tenancy.domain.model.LogoUrl;
import com.bolti.tenancy.domain.model.Name;
import com.bolti.tenancy.domain.model.Organization;
import com.bolti.tenancy.domain.model.OrganizationId;
import com.bolti.tenancy.domain.model.Page;
import com.bolti.tenancy.domain.model.PageRequest;
import com.bolti.tenancy.domain.model.Settings;
import com.bolti.tenancy.domain.model.Slug;
import com.bolti.tenancy.domain.model.UserId;
import com.bolti.tenancy.domain.model.UuidV7;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Use cases on organizations themselves: create, read, list, update, audit log. */
public final class OrganizationService implements CreateOrganizationUseCase, GetOrganizationQuery,
        ListOrganizationsQuery, UpdateOrganizationUseCase, ListAuditEventsQuery {

    private static final System.Logger LOG = System.getLogger(OrganizationService.class.getName());

    private final UnitOfWork unitOfWork;
    private final OrganizationRepository organizations;
    private final OrganizationSetup setup;
    private final AuditTrail auditTrail;
    private final Clock clock;

    public OrganizationService(UnitOfWork unitOfWork, OrganizationRepository organizations,
            OrganizationSetup setup, AuditTrail auditTrail, Clock clock) {
        this.unitOfWork = unitOfWork;
        this.organizations = organizations;
        this.setup = setup;
        this.auditTrail = auditTrail;
        this.clock = clock;
    }

    @Override
    public MemberOrganization create(CreateOrganizationCommand command) {
        Name name = new Name(command.name());
        SlugChoice slug = SlugChoice.of(command.slug(), name.value(), OrganizationSetup.FALLBACK_SLUG);

        return slug.retryingRaces(() -> unitOfWork.inTransaction(() ->
                setup.createOwnedBy(command.actor(), name, slug, OrganizationSetup.DEFAULT_WORKSPACE_NAME)
                        .organization()));
    }

    @Override
    public MemberOrganization get(UserId actor, OrganizationId organizationId) {
        return unitOfWork.inTransaction(() -> findForMember(actor, organizationId, false));
    }

    @Override
    public Page<MemberOrganization> list(UserId actor, PageRequest page) {
        return unitOfWork.inTransaction(() -> organizations.listForMember(actor, page));
    }

    @Override
    public MemberOrganization update(UpdateOrganizationCommand command) {
        Name newName = command.name().present() ? new Name(command.name().value()) : null;
        Slug newSlug = command.slug().present() ? new Slug(command.slug().value()) : null;
        LogoUrl newLogo = command.logoUrl().present() && command.logoUrl().value() != null
                ? new LogoUrl(command.logoUrl().value())
                : null;
        Settings newSettings = command.settingsJson().present()
                ? new Settings(command.settingsJson().value())
                : null;

        return unitOfWork.inTransaction(() -> {
            MemberOrganization current = findForMember(command.actor(), command.organizationId(), true);
            AccessPolicy.require(current, OrganizationPower.UPDATE);
            Organization organization = current.organization();
            checkVersion(command.expectedVersion(), organization.version());

            Instant now = Times.now(clock);
            List<AuditEvent> events = new ArrayList<>();
            if (newName != null && !newName.equals(organization.name())) {
                events.add(event(command.actor(), organization, now, "organization.renamed",
                        Map.of("from", organization.name().value(), "to", newName.value())));
                organization.rename(newName, now);
            }
            if (newSlug != null && !newSlug.equals(organization.slug())) {
                events.add(event(command.actor(), organization, now, "organization.slug_changed",
                        Map.of("from", organization.slug().value(), "to", newSlug.value())));
                organization.changeSlug(newSlug, now);
            }
            if (command.logoUrl().present()) {
                String logo = newLogo == null ? null : newLogo.value();
                if (!Objects.equals(logo, organization.logoUrl())) {
                    events.add(event(command.actor(), organization, now, "organization.logo_changed",
                            Map.of()));
                    organization.changeLogo(logo, now);
                }
            }
            if (newSettings != null && !newSettings.equals(organization.settings())) {
                events.add(event(command.actor(), organization, now, "organization.settings_changed",
                        Map.of()));
                organization.replaceSettings(newSettings, now);
            }

            if (!events.isEmpty()) {
                organizations.update(organization);
                LOG.log(Level.INFO, "organization {0} updated: {1} change(s)", organization.id(), events.size());
                events.forEach(auditTrail::record);
            }
            return findForMember(command.actor(), command.organizationId(), false);
        });
    }

    @Override
    public Page<AuditEvent> list(UserId actor, OrganizationId organizationId, PageRequest page) {
        return unitOfWork.inTransaction(() -> {
            MemberOrganization organization = findForMember(actor, organizationId, false);
            AccessPolicy.require(organization, OrganizationPower.MANAGE_MEMBERS);
            return auditTrail.listNewestFirst(organizationId, page);
        });
    }

    private MemberOrganization findForMember(UserId actor, OrganizationId id, boolean forUpdate) {
        return organizations.findForMember(id, actor, forUpdate)
                .orElseThrow(() -> new OrganizationNotFoundException(id.value()));
    }

    private AuditEvent event(UserId actor, Organization organization, Instant now, String action,
            Map<String, String> details) {
        return new AuditEvent(UuidV7.next(clock), organization.id(), now,
                actor, action, "organization", organization.id().value(), details);
    }

    static void checkVersion(Long expectedVersion, long currentVersion) {
        if (expectedVersion != null && expectedVersion != currentVersion) {
            throw new StaleVersionException(currentVersion);
        }
    }
}
