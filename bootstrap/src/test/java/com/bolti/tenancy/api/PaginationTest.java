package com.bolti.tenancy.api;

import static com.bolti.tenancy.test.Api.as;
import static com.bolti.tenancy.test.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

import com.bolti.tenancy.test.Fixtures;
import com.bolti.tenancy.test.Fixtures.SignedUp;
import com.bolti.tenancy.test.TestUser;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Keyset pagination of lists: limits, cursors and stability under inserts. */
@QuarkusTest
class PaginationTest {

    @ParameterizedTest
    @ValueSource(strings = {"0", "201", "-1", "abc", "1.5", "99999999999"})
    void invalidLimitIsRejected(String limit) {
        Response response = as(TestUser.fresh("Lim")).queryParam("limit", limit).get("/v1/organizations");

        assertProblem(response, 400, "request.invalid_parameter");
    }

    @ParameterizedTest
    @ValueSource(strings = {"garbage", "!!!", "azE6bm90LWEtdXVpZA"})
    void invalidCursorIsRejected(String cursor) {
        Response response = as(TestUser.fresh("Cur")).queryParam("cursor", cursor).get("/v1/organizations");

        assertProblem(response, 400, "request.invalid_parameter");
    }

    @ParameterizedTest
    @ValueSource(strings = {"limit=", "cursor=", "limit=2&limit=3", "limit"})
    void emptyOrRepeatedParameterIsRejected(String query) {
        Response response = com.bolti.tenancy.test.Api.brokenAs(TestUser.fresh("Raw")).get("/v1/organizations?" + query);

        assertProblem(response, 400, "request.invalid_parameter");
    }

    @Test
    void invalidLimitOnWorkspacesIsRejected() {
        TestUser owner = TestUser.fresh("Owner");
        SignedUp signup = Fixtures.signUp(owner);

        Response response = as(owner).queryParam("limit", "0")
                .get("/v1/organizations/{orgId}/workspaces", signup.organizationId());

        assertProblem(response, 400, "request.invalid_parameter");
    }

    @Test
    void limitBoundsAreAccepted() {
        TestUser user = TestUser.fresh("Bounds");
        Fixtures.createOrganization(user, "Bounds One");
        Fixtures.createOrganization(user, "Bounds Two");

        as(user).queryParam("limit", "1").get("/v1/organizations").then().statusCode(200)
                .body("items", hasSize(1))
                .body("nextCursor", notNullValue());
        as(user).queryParam("limit", "200").get("/v1/organizations").then().statusCode(200)
                .body("items", hasSize(2))
                .body("nextCursor", equalTo(null));
    }

    @Test
    void pagesReturnEachOrganizationOnce() {
        TestUser walker = TestUser.fresh("Walker");
        List<String> created = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            created.add(Fixtures.createOrganization(walker, "Walk " + i));
        }

        List<String> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            Response page = page(walker, cursor);
            seen.addAll(page.path("items.id"));
            cursor = page.path("nextCursor");
            pages++;
        } while (cursor != null);

        assertThat(pages).isEqualTo(3);
        assertThat(seen).containsExactlyElementsOf(created);
    }

    @Test
    void pagesStayStableUnderInserts() {
        TestUser walker = TestUser.fresh("Walker");
        List<String> created = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            created.add(Fixtures.createOrganization(walker, "Stable " + i));
        }

        List<String> seen = new ArrayList<>();
        List<String> insertedDuringWalk = new ArrayList<>();
        String cursor = null;
        do {
            Response page = page(walker, cursor);
            List<String> ids = page.path("items.id");
            assertThat(ids).hasSizeLessThanOrEqualTo(2);
            seen.addAll(ids);
            cursor = page.path("nextCursor");
            if (insertedDuringWalk.size() < 3) {
                insertedDuringWalk.add(Fixtures.createOrganization(walker, "Inserted " + insertedDuringWalk.size()));
            }
        } while (cursor != null);

        assertThat(seen).doesNotHaveDuplicates();
        assertThat(seen).containsSubsequence(created);
        assertThat(seen).containsAll(created);
        assertThat(seen).isSubsetOf(concat(created, insertedDuringWalk));
    }

    @Test
    void lastPageHasNullCursor() {
        TestUser user = TestUser.fresh("Last");
        Fixtures.createOrganization(user, "Last One");
        Fixtures.createOrganization(user, "Last Two");
        Fixtures.createOrganization(user, "Last Three");

        Response first = page(user, null);
        Response second = page(user, first.path("nextCursor"));

        first.then().body("items", hasSize(2)).body("nextCursor", notNullValue());
        second.then().body("items", hasSize(1)).body("nextCursor", equalTo(null));
    }

    @Test
    void fullLastPageHasNullCursor() {
        TestUser user = TestUser.fresh("Full");
        Fixtures.createOrganization(user, "Full One");
        Fixtures.createOrganization(user, "Full Two");

        page(user, null).then().body("items", hasSize(2)).body("nextCursor", equalTo(null));
    }

    @Test
    void cursorRevealsNothingOfOtherTenants() {
        TestUser user = TestUser.fresh("Peek");
        Fixtures.createOrganization(user, "Peek One");
        Fixtures.createOrganization(user, "Peek Two");
        Fixtures.createOrganization(user, "Peek Three");
        String cursor = page(user, null).path("nextCursor");

        Response response = as(TestUser.fresh("Other")).queryParam("limit", "2").queryParam("cursor", cursor)
                .get("/v1/organizations");

        response.then().statusCode(200).body("items", hasSize(0)).body("nextCursor", equalTo(null));
        assertThat(new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.US_ASCII)).startsWith("k1:");
    }

    private static Response page(TestUser user, String cursor) {
        var request = as(user).queryParam("limit", "2");
        if (cursor != null) {
            request.queryParam("cursor", cursor);
        }
        Response response = request.get("/v1/organizations");
        response.then().statusCode(200);
        return response;
    }

    private static List<String> concat(List<String> first, List<String> second) {
        List<String> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }
}
