package com.bolti.tenancy.application.service;

import com.bolti.tenancy.application.port.in.CallerIdentity;
import com.bolti.tenancy.application.port.in.GetProfileQuery;
import com.bolti.tenancy.application.port.in.ProvisionUserUseCase;
import com.bolti.tenancy.application.port.in.SignUpUseCase;
import com.bolti.tenancy.application.port.out.MemberOrganization;
import com.bolti.tenancy.application.port.out.OrganizationRepository;
import com.bolti.tenancy.application.port.out.UnitOfWork;
import com.bolti.tenancy.application.port.out.UserRepository;
import com.bolti.tenancy.application.port.out.VisibleWorkspace;
import com.bolti.tenancy.application.port.out.WorkspaceRepository;
import com.bolti.tenancy.domain.error.InvalidValueException;
import com.bolti.tenancy.domain.error.UserAlreadySignedUpException;
import com.bolti.tenancy.domain.model.Name;
import com.bolti.tenancy.domain.model.OrganizationId;
import com.bolti.tenancy.domain.model.Page;
import com.bolti.tenancy.domain.model.PageRequest;
import com.bolti.tenancy.domain.model.User;
import com.bolti.tenancy.domain.model.UserId;
import com.bolti.tenancy.domain.model.WorkspaceId;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Use cases about the caller: provisioning from a token, signup, and the profile. */
public final class IdentityService implements ProvisionUserUseCase, SignUpUseCase, GetProfileQuery {

    private static final System.Logger LOG = System.getLogger(IdentityService.class.getName());

    private static final String ORGANIZATION_NAME_SUFFIX = "'s organization";

    private final UnitOfWork unitOfWork;
    private final UserRepository users;
    private final OrganizationRepository organizations;
    private final WorkspaceRepository workspaces;
    private final OrganizationSetup setup;
    private final Clock clock;

    public IdentityService(UnitOfWork unitOfWork, UserRepository users,
            OrganizationRepository organizations, WorkspaceRepository workspaces,
            OrganizationSetup setup, Clock clock) {
        this.unitOfWork = unitOfWork;
        this.users = users;
        this.organizations = organizations;
        this.workspaces = workspaces;
        this.setup = setup;
        this.clock = clock;
    }

    @Override
    public User provision(CallerIdentity caller) {
        return unitOfWork.inTransaction(() ->
                users.provision(caller.subject(), caller.email(), caller.name(), Times.now(clock)));
    }

    @Override
    public SignUpResult signUp(SignUpCommand command) {
        Name workspaceName = name(command.workspaceName() == null
                ? OrganizationSetup.DEFAULT_WORKSPACE_NAME
                : command.workspaceName(), "workspaceName");
        Name requestedName = command.organizationName() == null
                ? null
                : name(command.organizationName(), "organizationName");

        return unitOfWork.inTransaction(() -> {
            User user = users.findById(command.actor()).orElseThrow();
            Name organizationName = requestedName != null ? requestedName : defaultOrganizationName(user);
            // NOTE: unlike organization creation, signup does not retry a derived slug that a
            // concurrent explicit slug or slug change took first; that rare race returns 409 slug.taken.
            SlugChoice slug = SlugChoice.of(null, organizationName.value(), OrganizationSetup.FALLBACK_SLUG);
            if (!users.markSignedUp(user.id(), Times.now(clock))) {
                throw new UserAlreadySignedUpException();
            }

            OrganizationSetup.Created created =
                    setup.createOwnedBy(user.id(), organizationName, slug, workspaceName.value());
            LOG.log(Level.INFO, "user {0} signed up", user.id());
            User signedUp = users.findById(user.id()).orElseThrow();
            return new SignUpResult(signedUp, created.organization(), created.workspace());
        });
    }

    @Override
    public Profile get(UserId actor) {
        return unitOfWork.inTransaction(() -> {
            User user = users.findById(actor).orElseThrow();
            List<MemberOrganization> memberships = allOrganizations(actor);
            Map<OrganizationId, List<VisibleWorkspace>> byOrganization = new LinkedHashMap<>();
            for (VisibleWorkspace workspace : workspaces.listActionable(actor)) {
                byOrganization.computeIfAbsent(workspace.workspace().organizationId(), id -> new ArrayList<>())
                        .add(workspace);
            }

            List<OrganizationEntry> entries = new ArrayList<>();
            for (MemberOrganization membership : memberships) {
                List<VisibleWorkspace> actionable =
                        byOrganization.getOrDefault(membership.organization().id(), List.of());
                WorkspaceId defaultWorkspace = actionable.isEmpty() ? null : actionable.get(0).workspace().id();
                entries.add(new OrganizationEntry(membership, defaultWorkspace, actionable));
            }
            return new Profile(user, entries);
        });
    }

    private List<MemberOrganization> allOrganizations(UserId actor) {
        List<MemberOrganization> all = new ArrayList<>();
        PageRequest page = new PageRequest(PageRequest.MAX_LIMIT, null);
        while (true) {
            Page<MemberOrganization> result = organizations.listForMember(actor, page);
            all.addAll(result.items());
            if (result.nextAfter() == null) {
                return all;
            }
            page = new PageRequest(PageRequest.MAX_LIMIT, result.nextAfter());
        }
    }

    /** Builds a name, reporting a violation under the command field that carried it. */
    private static Name name(String value, String field) {
        try {
            return new Name(value);
        } catch (InvalidValueException e) {
            throw new InvalidValueException(field, e.reason());
        }
    }

    /** Builds "{name}'s organization", shortening the name to stay within the name limit. */
    private static Name defaultOrganizationName(User user) {
        String owner = user.displayName();
        int room = Name.MAX_LENGTH - ORGANIZATION_NAME_SUFFIX.length();
        if (owner.codePointCount(0, owner.length()) > room) {
            owner = owner.substring(0, owner.offsetByCodePoints(0, room)).strip();
        }
        return new Name(owner + ORGANIZATION_NAME_SUFFIX);
    }
}
