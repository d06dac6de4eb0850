package com.bolti.tenancy.application.service;

import com.bolti.tenancy.application.port.out.AuditEvent;
import com.bolti.tenancy.application.port.out.AuditTrail;
import com.bolti.tenancy.application.port.out.MemberOrganization;
import com.bolti.tenancy.application.port.out.OrganizationMembers;
import com.bolti.tenancy.application.port.out.OrganizationRepository;
import com.bolti.tenancy.application.port.out.VisibleWorkspace;
import com.bolti.tenancy.application.port.out.WorkspaceMembers;
import com.bolti.tenancy.application.port.out.WorkspaceRepository;
import com.bolti.tenancy.domain.access.OrganizationRole;
import com.bolti.tenancy.domain.access.WorkspaceAccess;
import com.bolti.tenancy.domain.access.WorkspaceRole;
import com.bolti.tenancy.domain.model.Name;
import com.bolti.tenancy.domain.model.Organization;
import com.bolti.tenancy.domain.model.OrganizationId;
import com.bolti.tenancy.domain.model.Settings;
import com.bolti.tenancy.domain.model.Slug;
import com.bolti.tenancy.domain.model.UserId;
import com.bolti.tenancy.domain.model.UuidV7;
import com.bolti.tenancy.domain.model.Workspace;
import com.bolti.tenancy.domain.model.WorkspaceId;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Creates an organization with its owner and first workspace, inside the caller's
 * transaction. Shared by signup and by organization creation.
 */
public final class OrganizationSetup {

    private static final System.Logger LOG = System.getLogger(OrganizationSetup.class.getName());

    static final String FALLBACK_SLUG = "organization";
    static final String DEFAULT_WORKSPACE_NAME = "Default";

    /** Organization and first workspace made by one setup. */
    record Created(MemberOrganization organization, VisibleWorkspace workspace) {
    }

    private final OrganizationRepository organizations;
    private final OrganizationMembers organizationMembers;
    private final WorkspaceRepository workspaces;
    private final WorkspaceMembers workspaceMembers;
    private final AuditTrail auditTrail;
    private final Clock clock;

    public OrganizationSetup(OrganizationRepository organizations,
            OrganizationMembers organizationMembers, WorkspaceRepository workspaces,
            WorkspaceMembers workspaceMembers, AuditTrail auditTrail, Clock clock) {
        this.organizations = organizations;
        this.organizationMembers = organizationMembers;
        this.workspaces = workspaces;
        this.workspaceMembers = workspaceMembers;
        this.auditTrail = auditTrail;
        this.clock = clock;
    }

    Created createOwnedBy(UserId owner, Name name, SlugChoice slugChoice, String workspaceName) {
        Instant now = Times.now(clock);
        Name firstWorkspaceName = new Name(workspaceName);

        Organization organization = Organization.create(
                new OrganizationId(UuidV7.next(clock)), name, slugChoice.pick(organizations::slugsLike), now);
        organizations.add(organization);
        organizationMembers.add(organization.id(), owner, OrganizationRole.OWNER, now);

        Workspace workspace = Workspace.create(new WorkspaceId(UuidV7.next(clock)), organization.id(),
                firstWorkspaceName, firstWorkspaceSlug(firstWorkspaceName), Settings.EMPTY, now);
        workspaces.add(workspace);
        workspaceMembers.add(organization.id(), workspace.id(), owner, WorkspaceRole.ADMIN, Map.of(), now);

        record(owner, organization.id(), now, "organization.created", "organization",
                organization.id().value(), Map.of("slug", organization.slug().value()));
        record(owner, organization.id(), now, "workspace.created", "workspace",
                workspace.id().value(), Map.of("slug", workspace.slug().value()));

        LOG.log(Level.INFO, "organization {0} created with workspace {1}", organization.id(), workspace.id());
        return new Created(
                new MemberOrganization(organization, OrganizationRole.OWNER),
                new VisibleWorkspace(workspace,
                        new WorkspaceAccess(OrganizationRole.OWNER, WorkspaceRole.ADMIN, Map.of())));
    }

    /** Derives the first workspace's slug; a new organization has no other workspace slugs. */
    private static Slug firstWorkspaceSlug(Name workspaceName) {
        return SlugChoice.of(null, workspaceName.value(), WorkspaceService.FALLBACK_SLUG)
                .pick(base -> Set.of());
    }

    private void record(UserId actor, OrganizationId organizationId, Instant now, String action,
            String targetType, UUID targetId, Map<String, String> details) {
        auditTrail.record(new AuditEvent(UuidV7.next(clock), organizationId, now, actor, action,
                targetType, targetId, details));
    }
}
