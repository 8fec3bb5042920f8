package org.xiaoneng.catalog.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.xiaoneng.IntegrationTest;
import org.xiaoneng.catalog.Drafts;
import org.xiaoneng.catalog.Workbooks;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Excel import over the API and the console, with the demo accounts: a file with bad rows on every sheet is answered
 * with each error where Excel shows it, in Chinese and in English, and changes nothing; a department admin cannot
 * import another department's items; a large file is imported in the background with its progress; the same file
 * sent twice while it runs is one job; the console page starts an import and htmx polls its progress.
 */
@IntegrationTest
class CatalogExcelTests {

    static final RequestPostProcessor DEPTADMIN1 = httpBasic("deptadmin1", "Demo@2026");
    static final RequestPostProcessor ADMIN = httpBasic("admin", "Demo@2026");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    String tag;

    @BeforeEach
    void setUp() {
        tag = "ZZ" + Drafts.tag();
    }

    @AfterEach
    void removeGeneratedDrafts() {
        // generated items are drafts without versions or files: remove them, so the shared catalog stays the demo's
        jdbc.sql("DELETE FROM catalog_item WHERE code LIKE :prefix AND current_version_id IS NULL")
                .param("prefix", tag + "-%").update();
    }

    @Test
    void badRowsOnEverySheetAreAllReportedInChineseAndEnglishAndNothingChanges() throws Exception {
        byte[] exported = export(DEPTADMIN1);
        byte[] file;
        int promiseRow;
        int kindRow;
        int materialRow;
        int taskRow;
        int feeRow;
        int foreignRow;
        String statutory;
        try (Workbooks workbook = Workbooks.open(exported)) {
            promiseRow = workbook.rowOf("事项", "事项编码", "SWJ-XK-001");
            statutory = workbook.get("事项", promiseRow, "法定时限天数");
            workbook.set("事项", promiseRow, "承诺时限天数", "99");
            kindRow = workbook.rowOf("事项", "事项编码", "SWJ-XK-002");
            workbook.set("事项", kindRow, "事项类型", "许可证");
            materialRow = workbook.rowOf("申请材料", "事项编码", "SWJ-XK-003");
            workbook.set("申请材料", materialRow, "份数", "两份");
            taskRow = workbook.rowOf("办理流程", "事项编码", "SWJ-XK-004");
            workbook.set("办理流程", taskRow, "岗位编码", "SWJ-NOPE");
            feeRow = workbook.append("收费", Map.of("事项编码", "NO-SUCH-1", "序号", "1", "收费标准编码", "SF-GS-01"));
            foreignRow = workbook.append("事项", Map.of("事项编码", tag + "-1", "事项名称", "他局事项", "事项类型", "行政许可",
                    "牵头部门编码", "GSJ", "法定时限单位", "工作日", "法定时限天数", "20", "承诺时限单位", "工作日", "承诺时限天数", "5"));
            file = workbook.bytes();
        }
        List<Long> before = catalogState();

        String id = submit(file, false, DEPTADMIN1);
        JsonNode job = awaitFinished(id, DEPTADMIN1, "zh-CN");
        assertThat(job.get("state").asString()).isEqualTo("FAILED");
        assertThat(job.get("created").asInt() + job.get("updated").asInt()).isZero();
        List<String> errors = errors(job);
        assertThat(errors).contains(
                "事项|" + promiseRow + "|承诺时限天数|承诺时限（99 个工作日）不能超过法定时限（" + statutory + " 个工作日）。",
                "事项|" + kindRow + "|事项类型|“许可证”不是允许的值，可填：行政许可、行政确认、行政给付、行政征收、公共服务、其他。",
                "事项|" + foreignRow + "|牵头部门编码|牵头部门 GSJ 不在您可以编辑的范围内。",
                "申请材料|" + materialRow + "|份数|“两份”不是整数。",
                "收费|" + feeRow + "|事项编码|事项编码 NO-SUCH-1 不在“事项”工作表中。",
                "办理流程|" + taskRow + "|岗位编码|岗位编码“SWJ-NOPE”不存在或已停用。");
        assertThat(job.get("errorCount").asInt()).isEqualTo(errors.size());

        JsonNode english = json.readTree(mvc.perform(get("/api/v1/catalog/imports/{id}", id).with(DEPTADMIN1)
                        .header("Accept-Language", "en"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(errors(english)).contains(
                "Items (事项)|" + promiseRow + "|Promised limit days (承诺时限天数)|The promised limit (99 working days) may "
                        + "not exceed the statutory limit (" + statutory + " working days).",
                "Materials (申请材料)|" + materialRow + "|Copies (份数)|\"两份\" is not a whole number.",
                "Process (办理流程)|" + taskRow + "|Position code (岗位编码)|Position code \"SWJ-NOPE\" does not exist "
                        + "or is closed.");
        assertThat(catalogState()).isEqualTo(before);
    }

    @Test
    void aDepartmentAdminCannotImportAnotherDepartmentsItems() throws Exception {
        byte[] everything = export(ADMIN);
        byte[] own = export(DEPTADMIN1);
        int foreignRow;
        int takeoverRow;
        try (Workbooks workbook = Workbooks.open(everything)) {
            foreignRow = workbook.rowOf("事项", "事项编码", "GSJ-QR-001");
        }
        byte[] takeover;
        try (Workbooks workbook = Workbooks.open(own)) {
            // 市工商局's item, claimed for 市商务局: the existing item's department decides
            takeoverRow = workbook.append("事项", Map.of("事项编码", "GSJ-QR-001", "事项名称", "企业设立登记", "事项类型", "行政确认",
                    "牵头部门编码", "SWJ", "法定时限单位", "工作日", "法定时限天数", "15", "承诺时限单位", "工作日", "承诺时限天数", "3"));
            takeover = workbook.bytes();
        }
        List<Long> before = catalogState();

        List<String> errors = errors(awaitFinished(submit(everything, false, DEPTADMIN1), DEPTADMIN1, "zh-CN"));
        assertThat(errors).contains("事项|" + foreignRow + "|牵头部门编码|牵头部门 GSJ 不在您可以编辑的范围内。",
                "事项|" + foreignRow + "|事项编码|事项 GSJ-QR-001 已存在，其牵头部门不在您可以编辑的范围内。");
        assertThat(errors).noneMatch(e -> e.contains("SWJ-XK-001"));
        assertThat(errors(awaitFinished(submit(takeover, false, DEPTADMIN1), DEPTADMIN1, "zh-CN")))
                .contains("事项|" + takeoverRow + "|事项编码|事项 GSJ-QR-001 已存在，其牵头部门不在您可以编辑的范围内。");
        assertThat(catalogState()).isEqualTo(before);
    }

    @Test
    void aLargeFileIsImportedInTheBackgroundWithItsProgressAndTheSameFileTwiceIsOneJob() throws Exception {
        byte[] file = Workbooks.generated(tag, 2000);
        String location = mvc.perform(multipart("/api/v1/catalog/imports").file(xlsx(file)).with(DEPTADMIN1))
                .andExpect(status().isAccepted())
                .andExpect(header().string("Location", startsWith("/api/v1/catalog/imports/")))
                .andExpect(jsonPath("$.finished").value(false))
                .andReturn().getResponse().getHeader("Location");
        String id = location.substring(location.lastIndexOf('/') + 1);
        String again = submit(file, false, DEPTADMIN1);
        assertThat(again).isEqualTo(id);
        // a job is its owner's alone
        mvc.perform(get(location).with(ADMIN)).andExpect(status().isNotFound());

        Set<String> states = new LinkedHashSet<>();
        List<Integer> processed = new ArrayList<>();
        JsonNode done = await().atMost(Duration.ofMinutes(4)).pollInterval(Duration.ofMillis(200)).until(() -> {
            JsonNode job = job(id, DEPTADMIN1, "zh-CN");
            states.add(job.get("state").asString());
            if (job.get("state").asString().equals("IMPORTING")) {
                processed.add(job.get("processedRows").asInt());
            }
            return job;
        }, job -> job.get("finished").asBoolean());
        assertThat(done.get("state").asString()).as("errors: %s", done.get("errors")).isEqualTo("DONE");
        assertThat(done.get("created").asInt()).isEqualTo(2000);
        assertThat(done.get("totalRows").asInt()).isEqualTo(2000 + 2000 + 4000);
        assertThat(done.get("processedRows").asInt()).isEqualTo(8000);
        assertThat(done.get("percent").asInt()).isEqualTo(100);
        assertThat(states).last().isEqualTo("DONE");
        assertThat(states).containsAnyOf("QUEUED", "VALIDATING", "IMPORTING");
        assertThat(processed).isSorted();
        assertThat(jdbc.sql("SELECT count(*) FROM catalog_item WHERE code LIKE :p AND status = 'DRAFT'")
                .param("p", tag + "-%").query(Long.class).single()).isEqualTo(2000);
    }

    @Test
    void onlyExcelWorkbooksAreAccepted() throws Exception {
        mvc.perform(multipart("/api/v1/catalog/imports")
                        .file(new MockMultipartFile("file", "catalog.csv", "text/csv", "a,b".getBytes()))
                        .with(DEPTADMIN1))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("不支持该文件类型（text/csv）")));
        mvc.perform(multipart("/api/v1/catalog/imports")
                        .file(new MockMultipartFile("file", "catalog.xlsx", Workbooks.XLSX, "not a workbook".getBytes()))
                        .with(DEPTADMIN1))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("请上传 Excel 工作簿（.xlsx）")));
        mvc.perform(multipart("/api/v1/catalog/imports").file(xlsx(Workbooks.generated(tag, 1)))
                        .with(httpBasic("handler1", "Demo@2026")))
                .andExpect(status().isForbidden());
    }

    @Test
    void theConsolePageStartsAnImportAndHtmxPollsItsProgress() throws Exception {
        mvc.perform(get("/console/catalog/excel").with(DEPTADMIN1))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"excel-export\"")))
                .andExpect(content().string(containsString("id=\"excel-import-form\"")))
                .andExpect(content().string(containsString("id=\"excel-publish\"")));
        mvc.perform(get("/console/catalog/excel").with(httpBasic("clerk1", "Demo@2026")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"excel-export\"")))
                .andExpect(content().string(not(containsString("id=\"excel-import-form\""))));
        mvc.perform(get("/console/catalog/items").with(DEPTADMIN1))
                .andExpect(content().string(containsString("id=\"item-excel\"")));
        mvc.perform(get("/console/catalog/excel/export").with(httpBasic("clerk1", "Demo@2026")))
                .andExpect(status().isOk()).andExpect(content().contentType(Workbooks.XLSX));

        mvc.perform(multipart("/console/catalog/excel/imports")
                        .file(new MockMultipartFile("file", "notes.txt", "text/plain", "x".getBytes()))
                        .with(DEPTADMIN1).with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("id=\"form-error\"")));
        String page = mvc.perform(multipart("/console/catalog/excel/imports").file(xlsx(Workbooks.generated(tag, 3)))
                        .with(DEPTADMIN1).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/console/catalog/excel/imports/*"))
                .andReturn().getResponse().getRedirectedUrl();
        mvc.perform(get(page).with(DEPTADMIN1))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<html")))
                .andExpect(content().string(containsString("id=\"excel-job\"")));
        String fragment = await().atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofMillis(200))
                .until(() -> mvc.perform(get(page).header("HX-Request", "true").with(DEPTADMIN1))
                        .andReturn().getResponse().getContentAsString(), html -> html.contains("data-state=\"DONE\""));
        assertThat(fragment).doesNotContain("<html").doesNotContain("hx-trigger")
                .contains("导入完成：新建 3 个事项，更新 0 个事项（保存为草稿），公布 0 个事项。");
    }

    private byte[] export(RequestPostProcessor who) throws Exception {
        return mvc.perform(get("/api/v1/catalog/export").with(who)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
    }

    private String submit(byte[] file, boolean publish, RequestPostProcessor who) throws Exception {
        return json.readTree(mvc.perform(multipart("/api/v1/catalog/imports").file(xlsx(file))
                        .param("publish", String.valueOf(publish)).with(who))
                .andExpect(status().isAccepted()).andReturn().getResponse().getContentAsString()).get("id").asString();
    }

    private JsonNode awaitFinished(String id, RequestPostProcessor who, String language) {
        return await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(200))
                .until(() -> job(id, who, language), job -> job.get("finished").asBoolean());
    }

    private JsonNode job(String id, RequestPostProcessor who, String language) throws Exception {
        return json.readTree(mvc.perform(get("/api/v1/catalog/imports/{id}", id).with(who)
                        .header("Accept-Language", language))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    /** Each error as "sheet|row|column|message". */
    private static List<String> errors(JsonNode job) {
        List<String> errors = new ArrayList<>();
        job.get("errors").forEach(e -> errors.add(e.get("sheet").asString() + "|" + e.get("row").asInt() + "|"
                + e.get("column").asString() + "|" + e.get("message").asString()));
        return errors;
    }

    /** Items, versions, and the sum of the items' lock versions (any change to any item moves it). */
    private List<Long> catalogState() {
        return jdbc.sql("""
                SELECT (SELECT count(*) FROM catalog_item), (SELECT count(*) FROM catalog_item_version),
                       (SELECT coalesce(sum(version), 0) FROM catalog_item)""")
                .query((rs, row) -> List.of(rs.getLong(1), rs.getLong(2), rs.getLong(3))).single();
    }

    private static MockMultipartFile xlsx(byte[] content) {
        return new MockMultipartFile("file", "事项目录.xlsx", Workbooks.XLSX, content);
    }
}
