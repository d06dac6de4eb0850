package com.bolti.tenancy.application.port.in;

import com.bolti.tenancy.domain.access.Capability;
import com.bolti.tenancy.domain.access.CapabilityGrant;
import com.bolti.tenancy.domain.model.UserId;
import com.bolti.tenancy.domain.model.WorkspaceId;
import java.util.Map;

/** Tells, for every capability, whether a user holds it in a workspace and why. */
public interface ExplainCapabilitiesQuery {

    Map<Capability, CapabilityGrant> explain(UserId actor, WorkspaceId workspaceId, UserId member);
}
