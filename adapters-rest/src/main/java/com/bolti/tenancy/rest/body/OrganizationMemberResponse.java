package com.bolti.tenancy.rest.body;

import com.bolti.tenancy.application.port.out.OrganizationMember;
import java.time.Instant;
import java.util.UUID;

/** A member of an organization. */
public record OrganizationMemberResponse(UUID userId, String email, String name, String role, Instant joinedAt) {

    public static OrganizationMemberResponse of(OrganizationMember member) {
        return new OrganizationMemberResponse(member.userId().value(), member.email(), member.name(),
                member.role().name(), member.joinedAt());
    }
}
