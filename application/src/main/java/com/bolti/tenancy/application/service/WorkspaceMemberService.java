package com.bolti.tenancy.application.service;

import com.bolti.tenancy.application.port.in.ExplainCapabilitiesQuery;
import com.bolti.tenancy.application.port.in.ListWorkspaceMembersQuery;
import com.bolti.tenancy.application.port.in.RemoveWorkspaceMemberUseCase;
import com.bolti.tenancy.application.port.in.SetWorkspaceMemberUseCase;
import com.bolti.tenancy.application.port.out.AuditTrail;
import com.bolti.tenancy.application.port.out.UnitOfWork;
import com.bolti.tenancy.application.port.out.VisibleWorkspace;
import com.bolti.tenancy.application.port.out.WorkspaceMember;
import com.bolti.tenancy.application.port.out.WorkspaceMembers;
import com.bolti.tenancy.application.port.out.WorkspaceRepository;
import com.bolti.tenancy.domain.access.Capability;
import com.bolti.tenancy.domain.access.CapabilityGrant;
import com.bolti.tenancy.domain.access.GrantPolicy;
import com.bolti.tenancy.domain.access.OrganizationPower;
import com.bolti.tenancy.domain.access.PermissionOverrides;
import com.bolti.tenancy.domain.access.WorkspaceAccess;
import com.bolti.tenancy.domain.access.WorkspaceRole;
import com.bolti.tenancy.domain.error.AccessDeniedException;
import com.bolti.tenancy.domain.error.MemberNotFoundException;
import com.bolti.tenancy.domain.error.MemberNotInOrganizationException;
import com.bolti.tenancy.domain.error.WorkspaceNotFoundException;
import com.bolti.tenancy.domain.model.Page;
import com.bolti.tenancy.domain.model.PageRequest;
import com.bolti.tenancy.domain.model.UserId;
import com.bolti.tenancy.domain.model.WorkspaceId;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

/** Use cases on workspace memberships: list, explain, add or change, remove, leave. */
public final class WorkspaceMemberService implements ListWorkspaceMembersQuery, ExplainCapabilitiesQuery,
        SetWorkspaceMemberUseCase, RemoveWorkspaceMemberUseCase {

    private static final System.Logger LOG = System.getLogger(WorkspaceMemberService.class.getName());

    private final UnitOfWork unitOfWork;
    private final WorkspaceRepository workspaces;
    private final WorkspaceMembers members;
    private final AuditEvents audit;
    private final Clock clock;

    public WorkspaceMemberService(UnitOfWork unitOfWork, WorkspaceRepository workspaces, WorkspaceMembers members,
            AuditTrail auditTrail, Clock clock) {
        this.unitOfWork = unitOfWork;
        this.workspaces = workspaces;
        this.members = members;
        this.audit = new AuditEvents(auditTrail, clock);
        this.clock = clock;
    }

    @Override
    public Page<WorkspaceMember> list(UserId actor, WorkspaceId workspaceId, PageRequest page) {
        return unitOfWork.inTransaction(() -> {
            AccessPolicy.requireVisible(visibleTo(actor, workspaceId));
            return members.list(workspaceId, page);
        });
    }

    @Override
    public Map<Capability, CapabilityGrant> explain(UserId actor, WorkspaceId workspaceId, UserId member) {
        return unitOfWork.inTransaction(() -> {
            VisibleWorkspace workspace = visibleTo(actor, workspaceId);
            AccessPolicy.requireVisible(workspace);
            if (!actor.equals(member)) {
                requireMemberManagement(workspace);
            }
            VisibleWorkspace target = workspaces.findVisible(workspaceId, member, false)
                    .orElseThrow(() -> new MemberNotFoundException(member, "organization"));
            return target.access().resolveAll();
        });
    }

    @Override
    public Result set(SetWorkspaceMemberCommand command) {
        WorkspaceRole role = Roles.workspaceRole("role", command.role());
        Map<Capability, Boolean> overrides = PermissionOverrides.parse(command.permissions());

        return unitOfWork.inTransaction(() -> {
            VisibleWorkspace workspace = visibleTo(command.actor(), command.workspaceId());
            AccessPolicy.requireVisible(workspace);
            requireMemberManagement(workspace);
            WorkspaceAccess before = workspaces.findVisible(command.workspaceId(), command.member(), false)
                    .orElseThrow(() -> new MemberNotInOrganizationException(command.member()))
                    .access();
            WorkspaceAccess after = new WorkspaceAccess(before.organizationRole(), role, overrides);
            GrantPolicy.check(workspace.access(), before, after);

            Instant now = Times.now(clock);
            boolean created = before.workspaceRole() == null;
            if (created) {
                members.add(workspace.workspace().organizationId(), command.workspaceId(), command.member(), role,
                        overrides, now);
            } else {
                members.change(command.workspaceId(), command.member(), role, overrides);
            }
            audit.record(command.actor(), workspace.workspace().organizationId(), now,
                    created ? "workspace.member_added" : "workspace.member_changed", "workspace",
                    command.workspaceId().value(), details(command.member(), role, overrides));
            LOG.log(Level.INFO, "member {0} of workspace {1} set to {2}", command.member(), command.workspaceId(), role);
            return new Result(members.find(command.workspaceId(), command.member()).orElseThrow(), created);
        });
    }

    @Override
    public void remove(UserId actor, WorkspaceId workspaceId, UserId member) {
        unitOfWork.inTransaction(() -> {
            VisibleWorkspace workspace = visibleTo(actor, workspaceId);
            boolean leaving = actor.equals(member) && workspace.access().workspaceRole() != null;
            if (!leaving) {
                AccessPolicy.requireVisible(workspace);
                requireMemberManagement(workspace);
            }
            if (!members.remove(workspaceId, member)) {
                throw new MemberNotFoundException(member, "workspace");
            }
            LOG.log(Level.INFO, "member {0} removed from workspace {1}", member, workspaceId);
            audit.record(actor, workspace.workspace().organizationId(), Times.now(clock),
                    leaving ? "workspace.member_left" : "workspace.member_removed", "workspace",
                    workspaceId.value(), Map.of("userId", member.toString()));
            return null;
        });
    }

    private VisibleWorkspace visibleTo(UserId actor, WorkspaceId workspaceId) {
        return workspaces.findVisible(workspaceId, actor, false)
                .orElseThrow(() -> new WorkspaceNotFoundException(workspaceId.value()));
    }

    /** Requires {@code members.manage} in the workspace, or the organization's owner or admin role. */
    private static void requireMemberManagement(VisibleWorkspace workspace) {
        WorkspaceAccess access = workspace.access();
        if (!access.hasOrganizationPower(OrganizationPower.MANAGE_WORKSPACES)
                && !access.allows(Capability.MEMBERS_MANAGE)) {
            throw new AccessDeniedException(Capability.MEMBERS_MANAGE.wireName());
        }
    }

    private static Map<String, String> details(UserId member, WorkspaceRole role, Map<Capability, Boolean> overrides) {
        Map<String, String> details = new TreeMap<>();
        details.put("userId", member.toString());
        details.put("role", role.name());
        overrides.forEach((capability, granted) -> details.put("permissions." + capability.wireName(),
                granted.toString()));
        return details;
    }
}
