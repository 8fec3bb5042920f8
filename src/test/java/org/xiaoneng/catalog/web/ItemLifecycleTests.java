package org.xiaoneng.catalog.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.xiaoneng.IntegrationTest;
import org.xiaoneng.catalog.Drafts;
import org.xiaoneng.catalog.ItemCatalog;
import org.xiaoneng.catalog.ItemPublished;
import org.xiaoneng.catalog.ItemUnpublished;
import org.xiaoneng.catalog.ItemVersion;
import org.xiaoneng.organization.OrganizationDirectory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The whole stack, with the demo accounts and their real roles: 市商务局's department admin creates an item, publishes
 * it, revises and republishes it, and withdraws it; every version stays readable; other departments' staff read what is
 * published and nothing else; every change is audited.
 */
@IntegrationTest
@RecordApplicationEvents
class ItemLifecycleTests {

    static final RequestPostProcessor DEPTADMIN1 = httpBasic("deptadmin1", "Demo@2026");
    static final RequestPostProcessor CLERK1 = httpBasic("clerk1", "Demo@2026");
    static final RequestPostProcessor HANDLER1 = httpBasic("handler1", "Demo@2026");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    OrganizationDirectory directory;

    @Autowired
    ItemCatalog catalog;

    @Autowired
    ApplicationEvents events;

    @Autowired
    JsonMapper json;

    Drafts drafts;
    String tag;

    @BeforeEach
    void setUp() {
        drafts = new Drafts(directory, jdbc);
        tag = Drafts.tag();
    }

    @Test
    void createPublishReviseRepublishAndWithdraw() throws Exception {
        String code = "SWJ-" + tag;
        String theme = "主题" + tag;
        assertThat(catalog.themes()).doesNotContain(theme); // the list is now remembered for a while
        JsonNode created = body(api(post("/api/v1/catalog/items"), DEPTADMIN1,
                Drafts.create(code, drafts.swj("外资项目备案" + tag)).replace("企业开办", theme))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("DRAFT"))
                .andExpect(jsonPath("$.draft.yellowThresholdDays").value(1))
                .andExpect(jsonPath("$.editable").value(true)));
        long id = created.get("id").asLong();
        assertThat(catalog.currentVersion(code)).isEmpty();

        JsonNode first = body(api(post("/api/v1/catalog/items/{id}/publish", id), DEPTADMIN1, "{\"version\": 0}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.number").value(1))
                .andExpect(jsonPath("$.publishedBy").value("deptadmin1")));
        long firstVersion = first.get("id").asLong();
        assertThat(catalog.currentVersion(code).orElseThrow().details().themes()).contains(theme);
        assertThat(catalog.themes()).as("a publication brings its theme at once").contains(theme);
        assertThat(catalog.currentVersion(code)).map(ItemVersion::id).contains(firstVersion);
        ItemPublished published = events.stream(ItemPublished.class).filter(e -> e.itemId() == id).findFirst()
                .orElseThrow();
        assertThat(published.actor().account()).isEqualTo("deptadmin1");
        assertThat(published.departmentId()).isEqualTo(drafts.department("SWJ"));
        assertThat(published.versionId()).isEqualTo(firstVersion);

        // a revision is a new draft; the catalog keeps showing version 1 until it is published
        api(put("/api/v1/catalog/items/{id}/draft", id), DEPTADMIN1, Drafts.update(1, drafts.swj("外资项目备案（修订）" + tag)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("PUBLISHED"))
                .andExpect(jsonPath("$.draft.name").value("外资项目备案（修订）" + tag))
                .andExpect(jsonPath("$.current.details.name").value("外资项目备案" + tag));
        assertThat(catalog.currentVersion(code).orElseThrow().details().name()).isEqualTo("外资项目备案" + tag);

        // someone working from the state before the revision is stopped
        api(put("/api/v1/catalog/items/{id}/draft", id), DEPTADMIN1, Drafts.update(1, drafts.swj("旧页面" + tag)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("error.concurrentChange"));
        api(post("/api/v1/catalog/items/{id}/publish", id), DEPTADMIN1, "{\"version\": 1}")
                .andExpect(status().isConflict());

        long secondVersion = body(api(post("/api/v1/catalog/items/{id}/publish", id), DEPTADMIN1, "{\"version\": 2}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.number").value(2))).get("id").asLong();
        assertThat(catalog.currentVersion(code).orElseThrow().id()).isEqualTo(secondVersion);
        // the first version, which running cases may point at, is unchanged
        assertThat(catalog.version(firstVersion).orElseThrow().details().name()).isEqualTo("外资项目备案" + tag);
        assertThat(catalog.process(firstVersion).orElseThrow().stages()).hasSize(4);
        mvc.perform(get("/api/v1/catalog/items/{id}/versions", id).with(CLERK1)).andExpect(status().isOk())
                .andExpect(jsonPath("$[0].number").value(2)).andExpect(jsonPath("$[0].current").value(true))
                .andExpect(jsonPath("$[1].number").value(1)).andExpect(jsonPath("$[1].current").value(false));

        // withdrawal needs a reason
        api(post("/api/v1/catalog/items/{id}/unpublish", id), DEPTADMIN1, "{\"version\": 3, \"reason\": \"\"}")
                .andExpect(status().isBadRequest());
        api(post("/api/v1/catalog/items/{id}/unpublish", id), DEPTADMIN1,
                "{\"version\": 3, \"reason\": \"职能划转\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UNPUBLISHED"))
                .andExpect(jsonPath("$.unpublishedReason").value("职能划转"))
                .andExpect(jsonPath("$.unpublishedBy").value("deptadmin1"));
        assertThat(catalog.currentVersion(code)).isEmpty();
        assertThat(catalog.version(secondVersion)).isPresent();
        ItemUnpublished unpublished = events.stream(ItemUnpublished.class).filter(e -> e.itemId() == id).findFirst()
                .orElseThrow();
        assertThat(unpublished.reason()).isEqualTo("职能划转");

        // every step in the audit trail, under the item and its department
        List<String> actions = awaitAudit(id, 5);
        assertThat(actions).containsExactly("catalog.item.created", "catalog.item.published",
                "catalog.item.draftSaved", "catalog.item.published", "catalog.item.unpublished");
        assertThat(jdbc.sql("SELECT DISTINCT department_id FROM audit_entry WHERE record_type = 'item' "
                + "AND record_id = :id").param("id", String.valueOf(id)).query(Long.class).list())
                .containsExactly(drafts.department("SWJ"));
    }

    @Test
    void theDepartmentAdminIsRefusedForAnotherDepartmentsItem() throws Exception {
        long gsj = jdbc.sql("SELECT id FROM catalog_item WHERE code = 'GSJ-QR-001'").query(Long.class).single();
        int version = jdbc.sql("SELECT version FROM catalog_item WHERE id = :id").param("id", gsj)
                .query(Integer.class).single();
        api(post("/api/v1/catalog/items/{id}/unpublish", gsj), DEPTADMIN1,
                "{\"version\": %d, \"reason\": \"越权\"}".formatted(version))
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.code").value("error.outOfScope"));
        api(put("/api/v1/catalog/items/{id}/draft", gsj), DEPTADMIN1, Drafts.update(version, drafts.swj("越权" + tag)))
                .andExpect(status().isForbidden());
        api(post("/api/v1/catalog/items"), DEPTADMIN1, Drafts.create("GSJ-" + tag, drafts.draft("越权" + tag, "GSJ",
                20, 5, List.of(Map.entry("审核", "GSJ-DJ:2"))))).andExpect(status().isForbidden());
        assertThat(jdbc.sql("SELECT status FROM catalog_item WHERE id = :id").param("id", gsj).query(String.class)
                .single()).isEqualTo("PUBLISHED");
        // but he reads it: it is published
        mvc.perform(get("/api/v1/catalog/items/{id}", gsj).with(DEPTADMIN1)).andExpect(status().isOk())
                .andExpect(jsonPath("$.editable").value(false));
    }

    @Test
    void staffReadPublishedItemsButOnlyTheirOwnDepartmentsDrafts() throws Exception {
        String code = "SWJ-" + tag;
        long id = body(api(post("/api/v1/catalog/items"), DEPTADMIN1, Drafts.create(code, drafts.swj("草稿" + tag)))
                .andExpect(status().isCreated())).get("id").asLong();

        // the window clerk (行政服务中心) reads the published catalog, not 市商务局's draft
        long published = jdbc.sql("SELECT id FROM catalog_item WHERE code = 'SWJ-XK-001'").query(Long.class).single();
        mvc.perform(get("/api/v1/catalog/items/{id}", published).with(CLERK1)).andExpect(status().isOk())
                .andExpect(jsonPath("$.current.details.name").value("外商投资企业设立审批"))
                .andExpect(jsonPath("$.draft").doesNotExist());
        mvc.perform(get("/api/v1/catalog/items/{id}", id).with(CLERK1)).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/catalog/items").param("q", tag).with(CLERK1)).andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(0));
        mvc.perform(get("/api/v1/catalog/items").param("size", "500").with(CLERK1)).andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].code", hasItem("SWJ-XK-001")))
                .andExpect(jsonPath("$.items[*].code", not(hasItem(code))));
        api(post("/api/v1/catalog/items"), CLERK1, Drafts.create("XZ-" + tag, drafts.swj("无权" + tag)))
                .andExpect(status().isForbidden());

        // a handler of 市商务局 sees the draft but may not publish it
        mvc.perform(get("/api/v1/catalog/items").param("q", tag).with(HANDLER1)).andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1)).andExpect(jsonPath("$.items[0].hasDraft").value(true));
        api(post("/api/v1/catalog/items/{id}/publish", id), HANDLER1, "{\"version\": 0}")
                .andExpect(status().isForbidden());
    }

    @Test
    void rulesAreRefusedWithAClearMessage() throws Exception {
        String tooSlow = drafts.draft("承诺超期" + tag, "SWJ", 20, 25, List.of(Map.entry("受理", "SWJ-CB:1")));
        api(post("/api/v1/catalog/items"), DEPTADMIN1, Drafts.create("SWJ-" + tag, tooSlow))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("catalog.rule.promiseExceedsStatutory"))
                .andExpect(jsonPath("$.detail").value("承诺时限（25 个工作日）不能超过法定时限（20 个工作日）。"));
        String longProcess = drafts.draft("流程超期" + tag, "SWJ", 20, 5, List.of(Map.entry("受理", "SWJ-CB:1"),
                Map.entry("会审", "SWJ-SH:3,SWJ-SP:4,SWJ-CBB:2"), Map.entry("送达", "SWJ-CB:1")));
        api(post("/api/v1/catalog/items"), DEPTADMIN1, Drafts.create("SWJ-" + tag, longProcess))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("catalog.rule.processExceedsPromise"))
                .andExpect(jsonPath("$.detail").value(
                        "办理流程各环节时限合计 6 个工作日，超过了承诺时限（5 个工作日）。请缩短环节时限或调整承诺。"));
        String wrongPosition = drafts.draft("岗位不符" + tag, "SWJ", 20, 5, List.of(Map.entry("受理", "SWJ-CB:1")))
                .replace("\"departmentId\": " + drafts.department("SWJ"),
                        "\"departmentId\": " + drafts.department("GSJ"));
        api(post("/api/v1/catalog/items"), DEPTADMIN1, Drafts.create("SWJ-" + tag, wrongPosition))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("catalog.rule.positionElsewhere"));
        api(post("/api/v1/catalog/items"), DEPTADMIN1, Drafts.create("SWJ-XK-001", drafts.swj("重复编码" + tag)))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("catalog.item.codeTaken"));
        api(post("/api/v1/catalog/items"), DEPTADMIN1, "{\"code\": \"x\", \"draft\": {\"name\": \"\"}}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors['draft.name']").exists());
    }

    private ResultActions api(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
            RequestPostProcessor who, String body) throws Exception {
        return mvc.perform(request.with(who).contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private JsonNode body(ResultActions result) throws Exception {
        return json.readTree(result.andReturn().getResponse().getContentAsString());
    }

    private List<String> awaitAudit(long itemId, int count) {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).until(() -> audit(itemId).size()
                >= count);
        return audit(itemId);
    }

    private List<String> audit(long itemId) {
        return jdbc.sql("SELECT action FROM audit_entry WHERE record_type = 'item' AND record_id = :id ORDER BY seq")
                .param("id", String.valueOf(itemId)).query(String.class).list();
    }
}
