package com.jobtracker;

import static org.assertj.core.api.Assertions.assertThat;

import com.jobtracker.testing.ApiTest;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The IDOR inventory: every {@code /api/v1} endpoint with a path variable must be walked by a test that calls it
 * with another user's id (or proves it is scoped to the caller). Adding such an endpoint without naming the test
 * that covers it fails this test.
 */
class IdTakingEndpointsTest extends ApiTest {

    /** "METHOD pattern" → the test that proves a second user gets nothing of the first's through it. */
    private static final Map<String, String> COVERED = Map.ofEntries(
            Map.entry("GET /api/v1/applications/{id}", "applications.ApplicationOwnershipTest"),
            Map.entry("PUT /api/v1/applications/{id}", "applications.ApplicationOwnershipTest"),
            Map.entry("PATCH /api/v1/applications/{id}", "applications.ApplicationOwnershipTest"),
            Map.entry("DELETE /api/v1/applications/{id}", "applications.ApplicationOwnershipTest"),
            Map.entry("POST /api/v1/jobs/{jobId}/save", "jobs.SavedJobsTest"),
            Map.entry("DELETE /api/v1/jobs/{jobId}/save", "jobs.SavedJobsTest"),
            Map.entry("GET /api/v1/jobs/searches/{id}", "jobs.SavedSearchesTest"),
            Map.entry("PUT /api/v1/jobs/searches/{id}", "jobs.SavedSearchesTest"),
            Map.entry("DELETE /api/v1/jobs/searches/{id}", "jobs.SavedSearchesTest"),
            Map.entry("GET /api/v1/jobs/searches/{id}/new", "jobs.SavedSearchesTest"),
            Map.entry("POST /api/v1/jobs/searches/{id}/new/seen", "jobs.SavedSearchesTest"));

    /** Path variables that name no one's data. */
    private static final Set<String> NOT_IDS = Set.of("GET /api/v1/jobs/external/{source:linkedin|google|indeed}");

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void everyIdTakingEndpointIsCoveredByAnOwnershipTest() {
        Set<String> idTaking = new TreeSet<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> entry :
                mappings.getHandlerMethods().entrySet()) {
            for (String pattern : entry.getKey().getPatternValues()) {
                if (pattern.startsWith("/api/v1/") && pattern.contains("{")) {
                    entry.getKey()
                            .getMethodsCondition()
                            .getMethods()
                            .forEach(method -> idTaking.add(method + " " + pattern));
                }
            }
        }

        assertThat(idTaking).as("id-taking endpoints found").isNotEmpty();
        idTaking.removeAll(NOT_IDS);
        assertThat(COVERED.keySet()).containsAll(idTaking);
    }

    @Test
    void theNamedTestsExist() {
        COVERED.values()
                .forEach(test -> assertThat(classExists("com.jobtracker." + test))
                        .as(test)
                        .isTrue());
    }

    private static boolean classExists(String name) {
        try {
            Class.forName(name);
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }
}
