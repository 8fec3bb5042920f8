package org.xiaoneng.portal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.xiaoneng.IntegrationTest;
import org.xiaoneng.catalog.CatalogFile;
import org.xiaoneng.catalog.Drafts;
import org.xiaoneng.catalog.ItemCatalog;
import org.xiaoneng.catalog.Material;
import org.xiaoneng.organization.OrganizationDirectory;
import org.xiaoneng.portal.Html;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The public portal over the demo catalog of 示范市, as anyone sees it without signing in: browsing and Chinese
 * partial search, the service guide of an item (and an older version of it), its blank forms, its PDF, the public API.
 */
@IntegrationTest
class ServiceGuideTests {

    static final RequestPostProcessor DEPTADMIN1 = httpBasic("deptadmin1", "Demo@2026");

    @Autowired
    MockMvc mvc;

    @Autowired
    ItemCatalog catalog;

    @Autowired
    OrganizationDirectory directory;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    Drafts drafts;

    @BeforeEach
    void setUp() {
        drafts = new Drafts(directory, jdbc);
    }

    @Test
    void browsesByDepartmentKindAndTheme() throws Exception {
        Html all = page(get("/portal/catalog"));
        assertThat(codes(all)).as("by code").startsWith("CGJ-XK-001").contains("GAJ-QR-001", "GTJ-XK-001")
                .hasSize(CatalogPages.PAGE_SIZE);
        assertThat(all.byId("catalog-next")).as("more than one page of demo items").isNotNull();
        assertThat(all.byId("catalog-department").text()).contains("市国土资源局");

        // a department finds the items it leads and the joint items it takes part in
        long gtj = drafts.department("GTJ");
        List<String> gtjCodes = codes(page(get("/portal/catalog").param("departmentId", String.valueOf(gtj))));
        assertThat(gtjCodes).contains("GTJ-XK-001", "GTJ-QR-001", "JSJ-LH-001").doesNotContain("SWJ-XK-001");
        assertThat(codes(page(get("/portal/catalog").param("kind", "LEVY")))).containsExactly("HBJ-ZS-001");
        assertThat(codes(page(get("/portal/catalog").param("theme", "企业开办"))))
                .contains("GSJ-QR-001", "SWJ-XK-001").doesNotContain("GAJ-QR-001", "HBJ-ZS-001");

        // page 2 continues where page 1 stopped
        Html second = page(get("/portal/catalog").param("page", "1"));
        assertThat(codes(second)).doesNotContainAnyElementsOf(codes(all));
        assertThat(second.byId("catalog-previous")).isNotNull();
    }

    @Test
    void eachItemShowsDepartmentsLimitsFeesAndOnlineApplication() throws Exception {
        Html joint = page(get("/portal/catalog").param("text", "联合审查"));
        Html item = joint.byId("catalog-item-JSJ-LH-001");
        assertThat(item).isNotNull();
        assertThat(item.text()).contains("建设项目开工联合审查", "JSJ-LH-001", "市建设局", "市国土资源局", "市环保局",
                "联合办理", "承诺时限 20 个工作日", "法定时限 45 个工作日", "免费", "可网上申请");
        Html charged = page(get("/portal/catalog").param("text", "JSJ-XK-001"))
                .byId("catalog-item-JSJ-XK-001");
        assertThat(charged.text()).contains("收费").doesNotContain("免费");
    }

    @Test
    void searchesChinesePartialWordsWithHtmxAndWithoutJavaScript() throws Exception {
        // a plain GET (the form without JavaScript) answers the whole page, the search filled in
        Html full = page(get("/portal/catalog").param("text", "外商"));
        assertThat(full.byId("catalog-search")).isNotNull();
        assertThat(full.byId("catalog-text").attr("value")).isEqualTo("外商");
        assertThat(codes(full)).contains("SWJ-XK-001", "SWJ-XK-002").doesNotContain("JSJ-XK-001", "GAJ-QR-001");
        assertThat(full.byId("catalog-count").text()).contains("外商");

        // htmx asks for the results only
        String fragment = mvc.perform(get("/portal/catalog").param("text", "施工").header("HX-Request", "true"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(fragment).doesNotContain("<html").doesNotContain("catalog-search").contains("id=\"catalog-results\"");
        assertThat(codes(Html.parse(fragment))).contains("JSJ-XK-001").doesNotContain("SWJ-XK-001");
        // but when htmx restores a page from history (the back button, its cache expired) it needs all of it
        assertThat(mvc.perform(get("/portal/catalog").param("text", "施工").header("HX-Request", "true")
                .header("HX-History-Restore-Request", "true")).andReturn().getResponse().getContentAsString())
                .contains("<html").contains("id=\"catalog-search\"");

        // a word in the middle of a name, and a part of a code, match too; nonsense matches nothing, and says so
        assertThat(codes(page(get("/portal/catalog").param("text", "身份")))).contains("GAJ-QR-001");
        assertThat(codes(page(get("/portal/catalog").param("text", "hbj-zs")))).containsExactly("HBJ-ZS-001");
        Html none = page(get("/portal/catalog").param("text", "不存在的事项名称"));
        assertThat(codes(none)).isEmpty();
        assertThat(none.byId("catalog-empty")).isNotNull();
    }

    @Test
    void theGuideOfADemoItemShowsEverythingAnApplicantNeeds() throws Exception {
        Material form = catalog.currentVersion("SWJ-XK-001").orElseThrow().details().materials().get(0);
        Html guide = page(get("/portal/items/SWJ-XK-001"));

        assertThat(guide.byId("guide-title").text()).isEqualTo("外商投资企业设立审批");
        assertThat(guide.byId("guide-code").text()).isEqualTo("SWJ-XK-001");
        assertThat(guide.byId("guide-limits").text()).contains("法定时限 20 个工作日", "承诺时限 5 个工作日");
        assertThat(guide.byId("guide-faster").text()).isEqualTo("比法定时限快 75%（少 15 个工作日）");
        assertThat(guide.byId("guide-where").text()).contains("市行政服务中心 商务局窗口（2号）",
                "网上办事大厅");
        assertThat(guide.byId("guide-conditions").text()).contains("负面清单");
        assertThat(guide.byId("guide-free").text()).contains("免费");
        assertThat(guide.byId("guide-fees")).isNull();
        assertThat(guide.byId("guide-commitments").text()).contains("一次性告知", "首问负责", "承诺5个工作日内办结");
        assertThat(guide.byId("guide-legal").text()).contains("《中华人民共和国外商投资法》 第四条、第二十八条");

        // the materials checklist: source, form, copies, required or not, 容缺, note, and the blank form to download
        Html first = guide.byId("guide-material-0");
        assertThat(first.text()).contains("外商投资企业设立申请书", "申请人自备", "原件", "必需", "请下载空白表格");
        assertThat(first.first("a.guide-form").attr("href")).isEqualTo("/portal/files/" + form.blankFormFileId());
        assertThat(rowOf(guide, "法定代表人及董事会成员委派书").first(".guide-rongque").text()).isEqualTo("容缺");
        assertThat(rowOf(guide, "企业名称预先核准通知书").text()).contains("政府部门核发", "复印件")
                .doesNotContain("容缺");
        assertThat(rowOf(guide, "经会计师事务所出具的资信证明").text()).contains("中介机构出具", "视情形提交");

        // the flow diagram, inline, one box per task, and the PDF link
        Html svg = guide.byId("guide-flow").first("svg");
        assertThat(svg).isNotNull();
        assertThat(svg.first("title").text()).contains("外商投资企业设立审批");
        assertThat(svg.select("rect.flow-box")).hasSize(5);
        assertThat(svg.texts("g.flow-stage text.flow-stage-name"))
                .containsExactly("1. 受理", "2. 审查", "3. 审核", "4. 决定", "5. 送达");
        assertThat(guide.byId("guide-stages").text()).contains("审查：市商务局 承办岗（2 个工作日）");
        assertThat(guide.byId("guide-pdf").attr("href")).isEqualTo("/portal/items/SWJ-XK-001.pdf");
        assertThat(guide.byId("guide-older")).isNull();
    }

    @Test
    void theGuideOfAJointItemDrawsItsThreeDepartmentsSideBySideAndListsFees() throws Exception {
        Html joint = page(get("/portal/items/jsj-lh-001"));
        Html parallel = joint.first("g.flow-stage[data-tasks=3]");
        assertThat(parallel).isNotNull();
        assertThat(parallel.texts("text.flow-department"))
                .containsExactly("市建设局", "市国土资源局", "市环保局");
        assertThat(parallel.attrs("rect.flow-box", "y")).hasSize(3).containsOnly(
                parallel.first("rect.flow-box").attr("y"));
        assertThat(joint.byId("guide-summary").text()).contains("市建设局（牵头）、市国土资源局、市环保局");

        Html charged = page(get("/portal/items/JSJ-XK-001"));
        assertThat(charged.byId("guide-fees").text()).contains("城市基础设施配套费", "50.00～120.00 元/平方米",
                "按建筑面积计收");
        assertThat(charged.byId("guide-free")).isNull();
    }

    @Test
    void anOlderVersionStaysReadableAndPointsToTheCurrentOne() throws Exception {
        String tag = Drafts.tag();
        String code = "SWJ-" + tag;
        long id = body(api(post("/api/v1/catalog/items"), Drafts.create(code, drafts.swj("外资测试备案" + tag))))
                .get("id").asLong();
        long first = body(api(post("/api/v1/catalog/items/{id}/publish", id), "{\"version\": 0}")).get("id").asLong();
        api(put("/api/v1/catalog/items/{id}/draft", id), Drafts.update(1, drafts.swj("外资测试备案（修订）" + tag)));
        long second = body(api(post("/api/v1/catalog/items/{id}/publish", id), "{\"version\": 2}")).get("id").asLong();

        Html current = page(get("/portal/items/{code}", code));
        assertThat(current.byId("guide-title").text()).isEqualTo("外资测试备案（修订）" + tag);
        Html older = page(get("/portal/items/{code}/versions/{v}", code, first));
        assertThat(older.byId("guide-title").text()).isEqualTo("外资测试备案" + tag);
        assertThat(older.byId("guide-older").text()).contains("第 1 版", "第 2 版");
        assertThat(older.byId("guide-older").first("a").attr("href")).isEqualTo("/portal/items/" + code);
        assertThat(older.byId("guide-pdf").attr("href"))
                .isEqualTo("/portal/items/" + code + "/versions/" + first + ".pdf");
        assertThat(page(get("/portal/items/{code}/versions/{v}", code, second)).byId("guide-older"))
                .isNull();
        assertThat(pdfText(get("/portal/items/{code}/versions/{v}.pdf", code, first))).contains("外资测试备案" + tag)
                .doesNotContain("修订");

        // a version id only opens under its own item's code
        mvc.perform(get("/portal/items/SWJ-XK-001/versions/{v}", first)).andExpect(status().isNotFound());
        mvc.perform(get("/portal/items/{code}/versions/999999999", code)).andExpect(status().isNotFound());
    }

    @Test
    void blankFormsDownloadWithSafeHeadersAndOnlyWhenPublished() throws Exception {
        long fileId = catalog.currentVersion("SWJ-XK-001").orElseThrow().details().materials().get(0)
                .blankFormFileId();
        CatalogFile file = catalog.publishedFile(fileId).orElseThrow();
        MockHttpServletResponse response = mvc.perform(get("/portal/files/{id}", fileId))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", containsString("text/plain")))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("ETag", "\"" + file.sha256() + "\""))
                .andReturn().getResponse();
        assertThat(response.getHeader("Content-Disposition")).startsWith("attachment;")
                .contains("filename*=UTF-8''" + java.net.URLEncoder.encode(file.name(), StandardCharsets.UTF_8)
                        .replace("+", "%20"));
        assertThat(new String(response.getContentAsByteArray(), StandardCharsets.UTF_8)).contains("外商投资企业设立申请书");
        mvc.perform(get("/portal/files/{id}", fileId).header("If-None-Match", "\"" + file.sha256() + "\""))
                .andExpect(status().isNotModified());

        // a file uploaded for a draft is not public; neither is a file that does not exist
        String tag = Drafts.tag();
        long id = body(api(post("/api/v1/catalog/items"), Drafts.create("SWJ-" + tag, drafts.swj("草稿" + tag))))
                .get("id").asLong();
        long draftFile = body(mvc.perform(multipart("/api/v1/catalog/items/{id}/files", id)
                .file(new MockMultipartFile("file", "草稿表格.txt", "text/plain", "未公布".getBytes(StandardCharsets.UTF_8)))
                .with(DEPTADMIN1)).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString())
                .get("id").asLong();
        mvc.perform(get("/portal/files/{id}", draftFile)).andExpect(status().isNotFound())
                .andExpect(result -> assertThat(result.getResponse().getContentAsString()).doesNotContain("未公布"));
        mvc.perform(get("/portal/files/999999999")).andExpect(status().isNotFound());
    }

    @Test
    void theGuideDownloadsAsAPdfThatKeepsItsChineseText() throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/portal/items/JSJ-LH-001.pdf"))
                .andExpect(status().isOk()).andExpect(header().string("Content-Type", "application/pdf"))
                .andReturn().getResponse();
        assertThat(response.getHeader("Content-Disposition")).startsWith("attachment;").contains("filename*=UTF-8''");
        byte[] bytes = response.getContentAsByteArray();
        assertThat(new String(bytes, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        String text = text(bytes);
        assertThat(text).contains("建设项目开工联合审查", "办事流程导引图", "联合审查", "市国土资源局", "市环保局",
                "承诺时限", "比法定时限快 56%", "施工图设计文件", "并联");

        mvc.perform(get("/portal/items/NOPE-404.pdf")).andExpect(status().isNotFound());
    }

    @Test
    void inEnglishWithLangEn() throws Exception {
        Html guide = page(get("/portal/items/SWJ-XK-001").param("lang", "en"));
        assertThat(guide.first("html").attr("lang")).isEqualTo("en");
        assertThat(guide.text()).contains("Service guide", "Materials to submit", "Flow diagram", "Where and how to apply");
        assertThat(guide.byId("guide-faster").text())
                .isEqualTo("75% faster than the statutory limit (15 working days sooner)");
        assertThat(guide.byId("guide-flow").texts("text.flow-days")).contains("2 working days",
                "same day");
        assertThat(page(get("/portal/catalog").param("lang", "en").param("text", "外商"))
                .byId("catalog-count").text()).isEqualTo("2 services matching \u201C外商\u201D");
        assertThat(pdfText(get("/portal/items/SWJ-XK-001.pdf").param("lang", "en"))).contains("Service guide",
                "外商投资企业设立审批");
    }

    @Test
    void anUnknownItemIsANotFoundPageInTheReadersLanguage() throws Exception {
        String body = mvc.perform(get("/portal/items/NOPE-404")).andExpect(status().isNotFound()).andReturn()
                .getResponse().getContentAsString();
        assertThat(Html.parse(body).byId("error-message").text()).contains("NOPE-404", "尚未公布");
    }

    @Test
    void thePublicApiListsSearchesAndReadsItemsWithoutLogin() throws Exception {
        mvc.perform(get("/api/v1/public/catalog").param("text", "外商"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(2))
                .andExpect(jsonPath("$.items[*].code", hasItem("SWJ-XK-001")))
                .andExpect(jsonPath("$.items[0].promisedLimit.amount").value(5))
                .andExpect(jsonPath("$.items[0].free").value(true));
        mvc.perform(get("/api/v1/public/catalog").param("size", "1000"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.size").value(PublicCatalogApi.MAX_SIZE));
        mvc.perform(get("/api/v1/public/catalog/items/{code}", "JSJ-LH-001"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.code").value("JSJ-LH-001"))
                .andExpect(jsonPath("$.current").value(true))
                .andExpect(jsonPath("$.details.name").value("建设项目开工联合审查"))
                .andExpect(jsonPath("$.details.coDepartments.length()").value(2))
                .andExpect(jsonPath("$.details.stages[1].tasks.length()").doesNotExist())
                .andExpect(jsonPath("$.details.process[1].tasks.length()").value(3))
                .andExpect(jsonPath("$.publishedBy").doesNotExist());
        mvc.perform(get("/api/v1/public/catalog/items/{code}", "NOPE-404"))
                .andExpect(status().isNotFound())
                .andExpect(header().string("Content-Type", containsString("application/problem+json")))
                .andExpect(jsonPath("$.code").value("portal.notFound.item"))
                .andExpect(jsonPath("$.detail", containsString("NOPE-404")))
                .andExpect(jsonPath("$.errorId").exists());
        long version = catalog.currentVersion("SWJ-XK-001").orElseThrow().id();
        mvc.perform(get("/api/v1/public/catalog/versions/{id}", version)).andExpect(status().isOk())
                .andExpect(jsonPath("$.code").value("SWJ-XK-001")).andExpect(jsonPath("$.current").value(true));
        mvc.perform(get("/v3/api-docs")).andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/public/catalog/items/{code}']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/public/catalog'].get.summary", containsString("Chinese")));
    }

    @Test
    void theHomePageLinksTheCatalogAndSearchesIt() throws Exception {
        Html home = page(get("/"));
        assertThat(home.byId("home-catalog").attr("href")).isEqualTo("/portal/catalog");
        Html form = home.byId("home-search");
        assertThat(form.attr("action")).isEqualTo("/portal/catalog");
        assertThat(form.select("input[name=text]")).hasSize(1);
        assertThat(codes(page(get("/portal/catalog").param("text", "登记")))).contains("GSJ-QR-001", "GAJ-QR-002");
        mvc.perform(get("/portal/catalog").param("kind", "NOT_A_KIND")).andExpect(status().isBadRequest());
        // absurd input is cut down to size rather than failing
        mvc.perform(get("/portal/catalog").param("text", "外".repeat(500)).param("page", "2147483647"))
                .andExpect(status().isOk());
    }

    @Test
    void draftsAreNotPublicAndAWithdrawnItemKeepsOnlyItsVersionsReadable() throws Exception {
        String tag = Drafts.tag();
        String draftCode = "SWJ-" + tag;
        api(post("/api/v1/catalog/items"), Drafts.create(draftCode, drafts.swj("草稿事项" + tag)));
        assertThat(codes(page(get("/portal/catalog").param("text", tag)))).isEmpty();
        mvc.perform(get("/portal/items/{code}", draftCode)).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/public/catalog/items/{code}", draftCode)).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/public/catalog").param("text", tag)).andExpect(jsonPath("$.total").value(0));

        String code = "SWJ-" + Drafts.tag();
        long id = body(api(post("/api/v1/catalog/items"), Drafts.create(code, drafts.swj("撤销测试" + tag))))
                .get("id").asLong();
        long version = body(api(post("/api/v1/catalog/items/{id}/publish", id), "{\"version\": 0}")).get("id")
                .asLong();
        assertThat(codes(page(get("/portal/catalog").param("text", "撤销测试" + tag)))).containsExactly(code);
        api(post("/api/v1/catalog/items/{id}/unpublish", id), "{\"version\": 1, \"reason\": \"职能划转\"}");

        assertThat(codes(page(get("/portal/catalog").param("text", "撤销测试" + tag)))).isEmpty();
        mvc.perform(get("/portal/items/{code}", code)).andExpect(status().isNotFound());
        mvc.perform(get("/portal/items/{code}.pdf", code)).andExpect(status().isNotFound());
        Html withdrawn = page(get("/portal/items/{code}/versions/{v}", code, version));
        assertThat(withdrawn.byId("guide-title").text()).isEqualTo("撤销测试" + tag);
        assertThat(withdrawn.byId("guide-withdrawn").text()).contains("已撤销公布");
        assertThat(withdrawn.byId("guide-older")).isNull();
        mvc.perform(get("/api/v1/public/catalog/versions/{v}", version)).andExpect(status().isOk())
                .andExpect(jsonPath("$.current").value(false));
    }

    private Html page(MockHttpServletRequestBuilder request) throws Exception {
        return Html.parse(mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString());
    }

    private static List<String> codes(Html page) {
        return page.attrs("[id^=catalog-item-]", "id").stream()
                .map(id -> id.substring("catalog-item-".length())).toList();
    }

    private static Html rowOf(Html guide, String material) {
        return guide.select("#guide-materials tbody tr").stream().filter(r -> r.text().contains(material))
                .findFirst().orElseThrow();
    }

    private String pdfText(MockHttpServletRequestBuilder request) throws Exception {
        return text(mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray());
    }

    static String text(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    private org.springframework.test.web.servlet.ResultActions api(MockHttpServletRequestBuilder request, String body)
            throws Exception {
        return mvc.perform(request.with(DEPTADMIN1).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(result -> assertThat(result.getResponse().getStatus()).as(result.getResponse()
                        .getContentAsString()).isBetween(200, 201));
    }

    private JsonNode body(org.springframework.test.web.servlet.ResultActions result) throws Exception {
        return body(result.andReturn().getResponse().getContentAsString());
    }

    private JsonNode body(String content) {
        return json.readTree(content);
    }
}
