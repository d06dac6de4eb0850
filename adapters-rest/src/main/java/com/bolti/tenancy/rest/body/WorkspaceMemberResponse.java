package com.bolti.tenancy.rest.body;

import com.bolti.tenancy.application.port.out.WorkspaceMember;
import com.bolti.tenancy.domain.access.Capability;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/** A member of a workspace: role, overrides as stored, and the capabilities they add up to. */
public record WorkspaceMemberResponse(UUID userId, String email, String name, String role,
        Map<String, Boolean> permissions, List<String> capabilities) {

    public static WorkspaceMemberResponse of(WorkspaceMember member) {
        Map<String, Boolean> permissions = new TreeMap<>();
        member.access().overrides().forEach((capability, granted) -> permissions.put(capability.wireName(), granted));
        return new WorkspaceMemberResponse(member.userId().value(), member.email(), member.name(),
                member.access().workspaceRole().name(), permissions,
                member.access().allowed().stream().map(Capability::wireName).toList());
    }
}
