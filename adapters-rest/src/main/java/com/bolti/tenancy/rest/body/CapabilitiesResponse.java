package com.bolti.tenancy.rest.body;

import com.bolti.tenancy.domain.access.Capability;
import com.bolti.tenancy.domain.access.CapabilityGrant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Every capability of one user in one workspace, with whether it is allowed and why. */
public record CapabilitiesResponse(UUID userId, UUID workspaceId, List<Entry> capabilities) {

    /** One capability, whether it is allowed, and the source of that result. */
    public record Entry(String capability, boolean allowed, String source) {
    }

    public static CapabilitiesResponse of(UUID userId, UUID workspaceId, Map<Capability, CapabilityGrant> grants) {
        return new CapabilitiesResponse(userId, workspaceId, grants.values().stream()
                .map(grant -> new Entry(grant.capability().wireName(), grant.allowed(), grant.source().name()))
                .toList());
    }
}
