package org.xiaoneng.audit;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;
import org.xiaoneng.IntegrationTest;
import org.xiaoneng.TestPrincipals;
import org.xiaoneng.platform.Actor;
import org.xiaoneng.platform.DataScope;

/**
 * Staff see the entries of the departments in their data scope and their own actions — enforced in the query, for the
 * API and the console alike; entries without a department only with the all scope.
 */
@IntegrationTest
class AuditScopeIntegrationTests {

    static final long OWN_DEPARTMENT = 9101;
    static final long OTHER_DEPARTMENT = 9102;
    static final long ELSEWHERE = 9103;

    @Autowired ApplicationEventPublisher publisher;
    @Autowired TransactionTemplate transactions;
    @Autowired JdbcClient jdbc;
    @Autowired MockMvc mvc;

    String type;
    String viewerAccount;
    RequestPostProcessor viewer;
    RequestPostProcessor everything;
    List<AuditEntry> entries;

    @BeforeEach
    void publishEntriesOfSeveralDepartments() {
        AuditEvents events = new AuditEvents(publisher, transactions, jdbc);
        type = AuditEvents.uniqueRecordType("scope");
        viewerAccount = "viewer-" + type;
        viewer = TestPrincipals.staff(viewerAccount, OWN_DEPARTMENT, DataScope.of(Set.of(OWN_DEPARTMENT)),
                "audit:entry:view");
        everything = TestPrincipals.staff("supervisor-" + type, null, DataScope.everything(), "audit:entry:view");
        Actor someone = new Actor("someone", "承办岗", null, "10.0.0.1");
        Actor deputy = new Actor(viewerAccount, "承办岗B", "承办岗", "10.0.0.2");
        events.publish(
                AuditEvents.change(someone, type, "own-department", "a", "b", at("2026-03-10T10:00:00Z"),
                        OWN_DEPARTMENT),
                AuditEvents.change(someone, type, "other-department", "a", "b", at("2026-03-11T10:00:00Z"),
                        OTHER_DEPARTMENT),
                AuditEvents.change(someone, type, "no-department", "a", "b", at("2026-03-12T10:00:00Z"), null),
                AuditEvents.change(deputy, type, "own-action", "a", "b", at("2026-03-13T10:00:00Z"), ELSEWHERE));
        entries = events.awaitEntries(type, 4);
    }

    @Test
    void theApiShowsTheDepartmentsInScopeAndTheViewersOwnActions() throws Exception {
        mvc.perform(get("/api/v1/audit/entries").param("recordType", type).with(viewer))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.totalElements").value(2))
            .andExpect(jsonPath("$.entries[*].recordId").value(containsInAnyOrder("own-department", "own-action")));

        mvc.perform(get("/api/v1/audit/entries").param("recordType", type).with(everything))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.totalElements").value(4))
            .andExpect(jsonPath("$.entries[*].seq").value(contains(newestFirst())));

        mvc.perform(get("/api/v1/audit/entries").param("recordId", "own-action").param("recordType", type)
                .with(everything))
            .andExpect(jsonPath("$.entries[0].account").value(viewerAccount))
            .andExpect(jsonPath("$.entries[0].position").value("承办岗B"))
            .andExpect(jsonPath("$.entries[0].deputyFor").value("承办岗"))
            .andExpect(jsonPath("$.entries[0].address").value("10.0.0.2"))
            .andExpect(jsonPath("$.entries[0].departmentId").value(ELSEWHERE))
            .andExpect(jsonPath("$.entries[0].occurredAt").value("2026-03-13T10:00:00Z"));

        RequestPostProcessor stranger = TestPrincipals.staff("stranger-" + type, 1L, DataScope.of(Set.of(1L)),
                "audit:entry:view");
        mvc.perform(get("/api/v1/audit/entries").param("recordType", type).with(stranger))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.totalElements").value(0));
    }

    @Test
    void filtersByActionPrefixDepartmentDateRangeAndPage() throws Exception {
        mvc.perform(get("/api/v1/audit/entries").param("recordType", type).param("action", "test.scope")
                .param("departmentId", Long.toString(OTHER_DEPARTMENT)).with(everything))
            .andExpect(jsonPath("$.entries[*].recordId").value(containsInAnyOrder("other-department")));

        mvc.perform(get("/api/v1/audit/entries").param("recordType", type).param("action", "test.nothing-like-it")
                .with(everything))
            .andExpect(jsonPath("$.totalElements").value(0));

        mvc.perform(get("/api/v1/audit/entries").param("recordType", type).param("from", "2026-03-11")
                .param("to", "2026-03-12").with(everything))
            .andExpect(jsonPath("$.entries[*].recordId")
                    .value(containsInAnyOrder("other-department", "no-department")));

        mvc.perform(get("/api/v1/audit/entries").param("recordType", type).param("size", "3").param("page", "1")
                .with(everything))
            .andExpect(jsonPath("$.totalPages").value(2))
            .andExpect(jsonPath("$.entries", hasSize(1)))
            .andExpect(jsonPath("$.entries[0].seq").value(entries.get(0).seq()));

        mvc.perform(get("/api/v1/audit/entries").param("size", "1000").with(everything))
            .andExpect(status().isBadRequest());
    }

    @Test
    void theConsoleListsOnlyEntriesInScopeAndNamesTheDeputy() throws Exception {
        long ownDepartment = seqOf("own-department");
        long ownAction = seqOf("own-action");
        mvc.perform(get("/console/audit").param("recordType", type).with(viewer))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("id=\"audit-filter-form\"")))
            .andExpect(content().string(containsString("id=\"audit-entry-" + ownDepartment + "\"")))
            .andExpect(content().string(containsString("id=\"audit-entry-" + ownAction + "\"")))
            .andExpect(content().string(containsString("作为 承办岗 的代岗")))
            .andExpect(content().string(not(containsString("id=\"audit-entry-" + seqOf("other-department") + "\""))))
            .andExpect(content().string(not(containsString("id=\"audit-entry-" + seqOf("no-department") + "\""))));

        mvc.perform(get("/console/audit").param("recordType", type).param("lang", "en").with(viewer))
            .andExpect(content().string(containsString("as deputy for 承办岗")));
    }

    @Test
    void anHtmxRequestGetsOnlyTheResultsFragment() throws Exception {
        mvc.perform(get("/console/audit").param("recordType", type).header("HX-Request", "true").with(everything))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("id=\"audit-results\"")))
            .andExpect(content().string(containsString("id=\"audit-entry-" + seqOf("no-department") + "\"")))
            .andExpect(content().string(not(containsString("<html"))))
            .andExpect(content().string(not(containsString("audit-filter-form"))));
    }

    @Test
    void readingTheTrailNeedsThePermission() throws Exception {
        RequestPostProcessor noPermission = TestPrincipals.staff("clerk-" + type, OWN_DEPARTMENT,
                DataScope.of(Set.of(OWN_DEPARTMENT)), "organization:staff:view");
        mvc.perform(get("/api/v1/audit/entries").with(noPermission)).andExpect(status().isForbidden());
        mvc.perform(get("/console/audit").with(noPermission)).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/audit/entries")).andExpect(status().isUnauthorized());
    }

    /** The entries' seqs, newest (highest) first — the order of the list. */
    private Object[] newestFirst() {
        return entries.stream().sorted(Comparator.comparingLong(AuditEntry::seq).reversed())
                .map(e -> (Object) (int) e.seq()).toArray();
    }

    private long seqOf(String recordId) {
        return entries.stream().filter(e -> e.recordId().equals(recordId)).findFirst().orElseThrow().seq();
    }

    private static Instant at(String instant) {
        return Instant.parse(instant);
    }
}
