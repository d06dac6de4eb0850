package com.bolti.tenancy.domain.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Effective capabilities of one user in one workspace, against the contract's capability table. */
class WorkspaceAccessTest {

    /** Capabilities by workspace role, written out from the contract rather than read from the code. */
    private static final Map<WorkspaceRole, Set<String>> CONTRACT_DEFAULTS = Map.of(
            WorkspaceRole.ADMIN, Set.of(
                    "agents.read", "tools.read", "knowledge_bases.read", "contacts.read", "phone_numbers.read",
                    "agents.create", "agents.update", "tools.create", "tools.update",
                    "knowledge_bases.create", "knowledge_bases.update", "contacts.create", "contacts.update",
                    "agents.delete", "tools.delete", "knowledge_bases.delete", "contacts.delete",
                    "phone_numbers.assign", "phone_numbers.purchase", "phone_numbers.release",
                    "conversations.read", "workspace.settings.update", "members.manage"),
            WorkspaceRole.EDITOR, Set.of(
                    "agents.read", "tools.read", "knowledge_bases.read", "contacts.read", "phone_numbers.read",
                    "agents.create", "agents.update", "tools.create", "tools.update",
                    "knowledge_bases.create", "knowledge_bases.update", "contacts.create", "contacts.update",
                    "phone_numbers.assign", "conversations.read"),
            WorkspaceRole.VIEWER, Set.of(
                    "agents.read", "tools.read", "knowledge_bases.read", "contacts.read", "phone_numbers.read",
                    "conversations.read"));

    static Stream<Arguments> everyRoleAndCapability() {
        return Arrays.stream(WorkspaceRole.values())
                .flatMap(role -> Arrays.stream(Capability.values()).map(capability -> Arguments.of(role, capability)));
    }

    @Test
    void capabilitiesMatchContractNames() {
        List<String> wireNames = Arrays.stream(Capability.values()).map(Capability::wireName).toList();

        assertThat(wireNames).containsExactlyInAnyOrderElementsOf(CONTRACT_DEFAULTS.get(WorkspaceRole.ADMIN));
    }

    @Test
    void wireNamesRoundTrip() {
        for (Capability capability : Capability.values()) {
            assertThat(Capability.fromWireName(capability.wireName())).isEqualTo(capability);
        }
        assertThat(Capability.fromWireName("agents.fly")).isNull();
        assertThat(Capability.fromWireName("AGENTS.READ")).isNull();
    }

    @ParameterizedTest
    @MethodSource("everyRoleAndCapability")
    void roleDefaultsFollowContract(WorkspaceRole role, Capability capability) {
        WorkspaceAccess access = new WorkspaceAccess(OrganizationRole.MEMBER, role, Map.of());

        CapabilityGrant grant = access.resolve(capability);

        assertThat(grant.allowed()).isEqualTo(CONTRACT_DEFAULTS.get(role).contains(capability.wireName()));
        assertThat(grant.source()).isEqualTo(CapabilitySource.ROLE_DEFAULT);
        assertThat(grant.capability()).isEqualTo(capability);
    }

    @ParameterizedTest
    @MethodSource("everyRoleAndCapability")
    void organizationAdminRoleAddsNothing(WorkspaceRole role, Capability capability) {
        WorkspaceAccess asAdmin = new WorkspaceAccess(OrganizationRole.ADMIN, role, Map.of());
        WorkspaceAccess asMember = new WorkspaceAccess(OrganizationRole.MEMBER, role, Map.of());

        assertThat(asAdmin.resolve(capability)).isEqualTo(asMember.resolve(capability));
    }

    @ParameterizedTest
    @EnumSource(Capability.class)
    void ownerHoldsEveryCapability(Capability capability) {
        WorkspaceAccess withoutMembership = new WorkspaceAccess(OrganizationRole.OWNER, null, Map.of());
        WorkspaceAccess withRevokes = new WorkspaceAccess(OrganizationRole.OWNER, WorkspaceRole.VIEWER,
                Map.of(capability, false));

        assertThat(withoutMembership.resolve(capability))
                .isEqualTo(new CapabilityGrant(capability, true, CapabilitySource.ORGANIZATION_OWNER));
        assertThat(withRevokes.resolve(capability))
                .isEqualTo(new CapabilityGrant(capability, true, CapabilitySource.ORGANIZATION_OWNER));
    }

    @ParameterizedTest
    @EnumSource(value = OrganizationRole.class, names = {"ADMIN", "BILLING", "MEMBER"})
    void noMembershipGrantsNothing(OrganizationRole organizationRole) {
        WorkspaceAccess access = new WorkspaceAccess(organizationRole, null, Map.of());

        for (Capability capability : Capability.values()) {
            assertThat(access.resolve(capability))
                    .isEqualTo(new CapabilityGrant(capability, false, CapabilitySource.NO_MEMBERSHIP));
        }
        assertThat(access.allowed()).isEmpty();
        assertThat(access.canAct()).isFalse();
    }

    @Test
    void nonMemberOfOrganizationHasNothing() {
        WorkspaceAccess access = WorkspaceAccess.none();

        assertThat(access.allowed()).isEmpty();
        assertThat(access.canAct()).isFalse();
        assertThat(access.resolve(Capability.AGENTS_READ).source()).isEqualTo(CapabilitySource.NO_MEMBERSHIP);
        for (OrganizationPower power : OrganizationPower.values()) {
            assertThat(access.hasOrganizationPower(power)).isFalse();
        }
    }

    @Test
    void grantAddsCapability() {
        WorkspaceAccess access = new WorkspaceAccess(OrganizationRole.MEMBER, WorkspaceRole.VIEWER,
                Map.of(Capability.AGENTS_CREATE, true));

        assertThat(access.resolve(Capability.AGENTS_CREATE))
                .isEqualTo(new CapabilityGrant(Capability.AGENTS_CREATE, true, CapabilitySource.OVERRIDE_GRANT));
        assertThat(access.resolve(Capability.AGENTS_UPDATE).allowed()).isFalse();
        assertThat(access.allowed()).hasSize(CONTRACT_DEFAULTS.get(WorkspaceRole.VIEWER).size() + 1);
    }

    @Test
    void revokeRemovesCapability() {
        WorkspaceAccess access = new WorkspaceAccess(OrganizationRole.MEMBER, WorkspaceRole.ADMIN,
                Map.of(Capability.AGENTS_DELETE, false));

        assertThat(access.resolve(Capability.AGENTS_DELETE))
                .isEqualTo(new CapabilityGrant(Capability.AGENTS_DELETE, false, CapabilitySource.OVERRIDE_REVOKE));
        assertThat(access.resolve(Capability.TOOLS_DELETE).allowed()).isTrue();
        assertThat(access.allowed()).hasSize(Capability.values().length - 1);
    }

    @Test
    void overrideMatchingDefaultReportsOverride() {
        WorkspaceAccess access = new WorkspaceAccess(OrganizationRole.MEMBER, WorkspaceRole.EDITOR,
                Map.of(Capability.AGENTS_READ, true, Capability.MEMBERS_MANAGE, false));

        assertThat(access.resolve(Capability.AGENTS_READ).source()).isEqualTo(CapabilitySource.OVERRIDE_GRANT);
        assertThat(access.resolve(Capability.MEMBERS_MANAGE).source()).isEqualTo(CapabilitySource.OVERRIDE_REVOKE);
    }

    @Test
    void everythingRevokedCannotAct() {
        Map<Capability, Boolean> revokeAll = new EnumMap<>(Capability.class);
        for (Capability capability : Capability.values()) {
            revokeAll.put(capability, false);
        }
        WorkspaceAccess access = new WorkspaceAccess(OrganizationRole.MEMBER, WorkspaceRole.ADMIN, revokeAll);

        assertThat(access.allowed()).isEmpty();
        assertThat(access.canAct()).isFalse();
    }

    @Test
    void viewerCanAct() {
        assertThat(new WorkspaceAccess(OrganizationRole.MEMBER, WorkspaceRole.VIEWER, Map.of()).canAct()).isTrue();
    }

    @Test
    void overridesWithoutRoleAreRejected() {
        assertThatThrownBy(() -> new WorkspaceAccess(OrganizationRole.MEMBER, null, Map.of(Capability.AGENTS_READ, true)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void resolveAllCoversEveryCapability() {
        WorkspaceAccess access = new WorkspaceAccess(OrganizationRole.MEMBER, WorkspaceRole.EDITOR, Map.of());

        assertThat(access.resolveAll().keySet()).isEqualTo(EnumSet.allOf(Capability.class));
    }

    @Test
    void organizationPowersFollowContract() {
        assertThat(powersOf(OrganizationRole.OWNER)).isEqualTo(EnumSet.allOf(OrganizationPower.class));
        assertThat(powersOf(OrganizationRole.ADMIN)).isEqualTo(EnumSet.of(OrganizationPower.READ,
                OrganizationPower.UPDATE, OrganizationPower.MANAGE_MEMBERS, OrganizationPower.MANAGE_WORKSPACES,
                OrganizationPower.READ_BILLING));
        assertThat(powersOf(OrganizationRole.BILLING)).isEqualTo(EnumSet.of(OrganizationPower.READ,
                OrganizationPower.READ_BILLING, OrganizationPower.MANAGE_BILLING));
        assertThat(powersOf(OrganizationRole.MEMBER)).isEqualTo(EnumSet.of(OrganizationPower.READ));
    }

    @Test
    void roleNamesAreExactUpperCase() {
        assertThat(WorkspaceRole.fromName("ADMIN")).isEqualTo(WorkspaceRole.ADMIN);
        assertThat(WorkspaceRole.fromName("admin")).isNull();
        assertThat(WorkspaceRole.fromName("OWNER")).isNull();
        assertThat(WorkspaceRole.fromName("")).isNull();
        assertThat(WorkspaceRole.fromName(null)).isNull();
        assertThat(OrganizationRole.fromName("OWNER")).isEqualTo(OrganizationRole.OWNER);
        assertThat(OrganizationRole.fromName("Owner")).isNull();
    }

    private static Set<OrganizationPower> powersOf(OrganizationRole role) {
        Set<OrganizationPower> powers = EnumSet.noneOf(OrganizationPower.class);
        for (OrganizationPower power : OrganizationPower.values()) {
            if (role.allows(power)) {
                powers.add(power);
            }
        }
        return powers;
    }
}
