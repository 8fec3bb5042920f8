package org.xiaoneng.catalog.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.xiaoneng.IntegrationTest;
import org.xiaoneng.catalog.Drafts;
import org.xiaoneng.catalog.ItemCatalog;
import org.xiaoneng.organization.OrganizationDirectory;

/** The console's catalog pages: list with htmx, the item form with rows and inline errors, publish and withdraw. */
@IntegrationTest
class ItemPagesTests {

    static final RequestPostProcessor DEPTADMIN1 = httpBasic("deptadmin1", "Demo@2026");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    OrganizationDirectory directory;

    @Autowired
    ItemCatalog catalog;

    Drafts drafts;
    String tag;

    @BeforeEach
    void setUp() {
        drafts = new Drafts(directory, jdbc);
        tag = Drafts.tag();
    }

    @Test
    void theListAsAPageAndAsAnHtmxFragment() throws Exception {
        mvc.perform(get("/console/catalog/items").with(httpBasic("clerk1", "Demo@2026")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"console-menu\"")))
                .andExpect(content().string(containsString("id=\"item-row-SWJ-XK-001\"")))
                .andExpect(content().string(not(containsString("id=\"item-new\""))));
        mvc.perform(get("/console/catalog/items").param("q", "联合").header("HX-Request", "true")
                        .with(httpBasic("clerk1", "Demo@2026")))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("<html"))))
                .andExpect(content().string(containsString("id=\"item-row-JSJ-LH-001\"")))
                .andExpect(content().string(not(containsString("id=\"item-row-SWJ-XK-001\""))));
    }

    @Test
    void aRowIsAddedInPlace() throws Exception {
        mvc.perform(form(post("/console/catalog/items"), "SWJ-" + tag, "5").param("_action", "add:materials")
                        .header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("<html"))))
                .andExpect(content().string(containsString("id=\"item-material-1\"")))
                .andExpect(content().string(not(containsString("id=\"item-material-2\""))));
        mvc.perform(form(post("/console/catalog/items"), "SWJ-" + tag, "5").param("_action", "add:tasks:0")
                        .header("HX-Request", "true"))
                .andExpect(content().string(containsString("id=\"item-task-0-1\"")));
        assertThat(jdbc.sql("SELECT count(*) FROM catalog_item WHERE code = :c").param("c", "SWJ-" + tag)
                .query(Long.class).single()).isZero();
    }

    @Test
    void aBrokenRuleIsShownBesideItsFieldInChinese() throws Exception {
        mvc.perform(form(post("/console/catalog/items"), "SWJ-" + tag, "30"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("id=\"form-error\"")))
                .andExpect(content().string(containsString("承诺时限（30 个工作日）不能超过法定时限（20 个工作日）。")))
                // beside the promised limit, not only above the form
                .andExpect(content().string(containsString(
                        "<div class=\"text-danger small\">承诺时限（30 个工作日）不能超过法定时限（20 个工作日）。</div>")))
                .andExpect(content().string(containsString("value=\"外资咨询" + tag + "\"")));
        // a second material row left without a name
        mvc.perform(form(post("/console/catalog/items"), "SWJ-" + tag, "5").param("materials[1].name", "")
                        .param("materials[1].source", "APPLICANT").param("materials[1].form", "COPY")
                        .param("materials[1].copies", "1").param("materials[1].required", "true"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("不能为空")));
    }

    @Test
    void createPublishAndWithdrawInTheConsole() throws Exception {
        String code = "SWJ-" + tag;
        mvc.perform(form(post("/console/catalog/items"), code, "5"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/console/catalog/items/*"))
                .andExpect(flash().attribute("flash", "catalog.flash.created"));
        long id = jdbc.sql("SELECT id FROM catalog_item WHERE code = :c").param("c", code).query(Long.class).single();
        mvc.perform(get("/console/catalog/items/{id}", id).with(DEPTADMIN1))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"item-publish\"")))
                .andExpect(content().string(containsString("id=\"item-draft-process\"")));
        mvc.perform(get("/console/catalog/items/{id}/edit", id).with(DEPTADMIN1))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"item-stage-3\"")));

        mvc.perform(post("/console/catalog/items/{id}/publish", id).param("version", "0").with(DEPTADMIN1)
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        long versionId = catalog.currentVersion(code).orElseThrow().id();
        mvc.perform(get("/console/catalog/versions/{v}", versionId).with(httpBasic("clerk1", "Demo@2026")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"version-details-stage-0\"")));

        mvc.perform(post("/console/catalog/items/{id}/unpublish", id).param("version", "1").param("reason", " ")
                        .with(DEPTADMIN1).with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("撤销公布必须填写理由。")));
        mvc.perform(post("/console/catalog/items/{id}/unpublish", id).param("version", "1")
                        .param("reason", "事项取消").with(DEPTADMIN1).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/console/catalog/items/{id}", id).with(DEPTADMIN1))
                .andExpect(content().string(containsString("id=\"item-unpublished-reason\"")))
                .andExpect(content().string(containsString("事项取消")));
    }

    @Test
    void onlyEditorsGetTheForm() throws Exception {
        mvc.perform(get("/console/catalog/items/new").with(httpBasic("clerk1", "Demo@2026")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/console/catalog/items/new").with(DEPTADMIN1)).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"item-form-body\"")));
        long gsj = jdbc.sql("SELECT id FROM catalog_item WHERE code = 'GSJ-QR-001'").query(Long.class).single();
        mvc.perform(get("/console/catalog/items/{id}/edit", gsj).with(DEPTADMIN1)).andExpect(status().isForbidden());
    }

    /** A complete SWJ item form, promising {@code promised} of 20 working days; 受理 1 + 审查 2 + 决定 1 + 送达 1. */
    private MockHttpServletRequestBuilder form(MockHttpServletRequestBuilder request, String code, String promised) {
        request.with(DEPTADMIN1).with(csrf())
                .param("code", code).param("name", "外资咨询" + tag).param("kind", "LICENSING")
                .param("leadDepartmentId", String.valueOf(drafts.department("SWJ")))
                .param("legalBases[0].document", "《中华人民共和国外商投资法》").param("legalBases[0].articles", "第四条")
                .param("conditions[0]", "依法设立的外国投资者")
                .param("materials[0].name", "申请书").param("materials[0].source", "APPLICANT")
                .param("materials[0].form", "ORIGINAL").param("materials[0].copies", "1")
                .param("materials[0].required", "true").param("_materials[0].required", "on")
                .param("statutoryLimit.unit", "WORKING_DAYS").param("statutoryLimit.amount", "20")
                .param("promisedLimit.unit", "WORKING_DAYS").param("promisedLimit.amount", promised)
                .param("inServiceCenter", "true").param("onlineApplication", "true").param("window", "2号窗口")
                .param("themesText", "外商投资、企业开办")
                .param("commitments.quality", "一次性告知").param("commitments.attitude", "首问负责")
                .param("commitments.time", "承诺 5 个工作日");
        String[][] stages = {{"受理", "XZFWZX-ZHSL", "1"}, {"审查", "SWJ-CB", "2"}, {"决定", "SWJ-SP", "1"},
            {"送达", "XZFWZX-ZHSL", "1"}};
        for (int i = 0; i < stages.length; i++) {
            request.param("stages[" + i + "].name", stages[i][0])
                    .param("stages[" + i + "].tasks[0].positionId", String.valueOf(drafts.position(stages[i][1])))
                    .param("stages[" + i + "].tasks[0].workingDays", stages[i][2]);
        }
        return request;
    }
}
