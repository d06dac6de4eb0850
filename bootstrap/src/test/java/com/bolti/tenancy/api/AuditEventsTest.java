package com.bolti.tenancy.api;

import static com.bolti.tenancy.test.Api.as;
import static com.bolti.tenancy.test.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.bolti.tenancy.test.Fixtures;
import com.bolti.tenancy.test.Fixtures.SignedUp;
import com.bolti.tenancy.test.Memberships;
import com.bolti.tenancy.test.TestUser;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The audit log of an organization: written with each change, readable by owner and admins only. */
@QuarkusTest
class AuditEventsTest {

    private static final String AUDIT_EVENTS = "/v1/organizations/{orgId}/audit-events";

    @Test
    void changesAreListedNewestFirst() {
        TestUser owner = TestUser.fresh("Owner");
        SignedUp signup = Fixtures.signUp(owner);
        String newSlug = Fixtures.uniqueSlug("audited");
        as(owner).body(Map.of("slug", newSlug)).patch("/v1/organizations/{orgId}", signup.organizationId())
                .then().statusCode(200);

        Response response = as(owner).get(AUDIT_EVENTS, signup.organizationId());

        response.then().statusCode(200)
                .body("items[0].action", equalTo("organization.slug_changed"))
                .body("items[0].actorUserId", equalTo(signup.userId()))
                .body("items[0].targetId", equalTo(signup.organizationId()))
                .body("items[0].details.to", equalTo(newSlug));
        List<String> actions = response.path("items.action");
        assertThat(actions).containsExactly("organization.slug_changed", "workspace.created", "organization.created");
    }

    @Test
    void rejectedChangeWritesNoEvent() {
        TestUser owner = TestUser.fresh("Owner");
        SignedUp signup = Fixtures.signUp(owner);
        List<String> before = as(owner).get(AUDIT_EVENTS, signup.organizationId()).path("items.id");

        as(owner).body(Map.of("slug", "admin")).patch("/v1/organizations/{orgId}", signup.organizationId())
                .then().statusCode(422);

        List<String> after = as(owner).get(AUDIT_EVENTS, signup.organizationId()).path("items.id");
        assertThat(after).isEqualTo(before);
    }

    @Test
    void memberCannotReadAuditLog() {
        SignedUp signup = Fixtures.signUp(TestUser.fresh("Owner"));
        TestUser member = TestUser.fresh("Member");
        Memberships.addToOrganization(signup.organizationId(), Fixtures.userId(member), "MEMBER");

        assertProblem(as(member).get(AUDIT_EVENTS, signup.organizationId()), 403, "access.denied");
    }

    @Test
    void strangerCannotReadAuditLog() {
        SignedUp signup = Fixtures.signUp(TestUser.fresh("Owner"));

        assertProblem(as(TestUser.fresh("Stranger")).get(AUDIT_EVENTS, signup.organizationId()),
                404, "organization.not_found");
    }
}
