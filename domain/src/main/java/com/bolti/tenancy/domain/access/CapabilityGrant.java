package com.bolti.tenancy.domain.access;

/** Outcome for one capability: whether it is allowed, and why. */
public record CapabilityGrant(Capability capability, boolean allowed, CapabilitySource source) {
}
