package org.xiaoneng.casework.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

import com.jayway.jsonpath.JsonPath;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.xiaoneng.IntegrationTest;
import org.xiaoneng.TestPrincipals;
import org.xiaoneng.casework.MaterialFileAttached;
import org.xiaoneng.catalog.ItemCatalog;
import org.xiaoneng.catalog.ItemVersion;
import org.xiaoneng.catalog.Material;
import org.xiaoneng.organization.OrganizationDirectory;
import org.xiaoneng.platform.DataScope;

/** Material files of a case over /api/v1: clerk1 at the window uploads, staff in scope download. */
@IntegrationTest
@RecordApplicationEvents
class MaterialFileApiTests {

    static final String PASSWORD = "Demo@2026";
    static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};

    @Autowired
    MockMvc mvc;

    @Autowired
    ItemCatalog catalog;

    @Autowired
    OrganizationDirectory directory;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEvents published;

    ItemVersion item() {
        return catalog.currentVersion("SWJ-XK-001").orElseThrow();
    }

    String material() {
        return item().details().materials().stream().filter(Material::required).map(Material::name).findFirst()
                .orElseThrow();
    }

    int receive() throws Exception {
        String materials = String.join(",", item().details().materials().stream().filter(Material::required)
                .map(m -> "\"" + m.name() + "\"").toList());
        String answer = mvc.perform(post("/api/v1/casework/cases").with(httpBasic("clerk1", PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"itemVersionId": %d, "channel": "WINDOW", "suppliedMaterials": [%s],
                                 "applicant": {"kind": "INDIVIDUAL", "name": "张三丰", "idNumber": "110101199003077777",
                                 "phone": "13812345678"}}""".formatted(item().id(), materials)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return JsonPath.read(answer, "$.id");
    }

    int stored(int caseId) {
        return jdbc.sql("SELECT count(*) FROM casework_material_file WHERE case_id = :id").param("id", caseId)
                .query(Integer.class).single();
    }

    @Test
    void theWindowUploadsAPdfAndStaffInScopeDownloadTheSameBytes() throws Exception {
        int id = receive();
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(PDF));
        String answer = mvc.perform(multipart("/api/v1/casework/cases/{id}/files", id)
                        .file(new MockMultipartFile("file", "C:\\扫描\\营业执照.pdf", "application/pdf", PDF))
                        .param("material", material()).with(httpBasic("clerk1", PASSWORD)))
                .andExpect(status().isCreated())
                .andExpect(header().exists(HttpHeaders.LOCATION))
                .andExpect(jsonPath("$.material").value(material()))
                .andExpect(jsonPath("$.filename").value("营业执照.pdf"))
                .andExpect(jsonPath("$.contentType").value("application/pdf"))
                .andExpect(jsonPath("$.size").value(PDF.length))
                .andExpect(jsonPath("$.sha256").value(sha))
                .andExpect(jsonPath("$.uploadedAt").exists())
                .andReturn().getResponse().getContentAsString();
        int fileId = JsonPath.read(answer, "$.id");

        String list = mvc.perform(get("/api/v1/casework/cases/{id}/files", id).with(httpBasic("handler1", PASSWORD)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat((List<Integer>) JsonPath.read(list, "$[*].id")).containsExactly(fileId);

        byte[] downloaded = mvc.perform(get("/api/v1/casework/cases/{id}/files/{fileId}", id, fileId)
                        .with(httpBasic("handler1", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.CONTENT_TYPE, "application/pdf"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string(HttpHeaders.ETAG, "\"" + sha + "\""))
                .andExpect(header().string(HttpHeaders.CONTENT_DISPOSITION,
                        org.hamcrest.Matchers.allOf(org.hamcrest.Matchers.startsWith("attachment;"),
                                org.hamcrest.Matchers.containsString(
                                        "filename*=UTF-8''%E8%90%A5%E4%B8%9A%E6%89%A7%E7%85%A7.pdf"))))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(downloaded).isEqualTo(PDF);

        // audited with the case number, the material, the filename and the checksum's start; no personal data
        MaterialFileAttached audited = published.stream(MaterialFileAttached.class)
                .filter(e -> e.caseId() == id).findFirst().orElseThrow();
        assertThat(audited.actor().account()).isEqualTo("clerk1");
        assertThat(audited.after()).isEqualTo(material() + ": 营业执照.pdf sha256 " + sha.substring(0, 12));
    }

    @Test
    void staffOutOfScopeGetNoFile() throws Exception {
        int id = receive();
        String answer = mvc.perform(multipart("/api/v1/casework/cases/{id}/files", id)
                        .file(new MockMultipartFile("file", "a.pdf", "application/pdf", PDF))
                        .param("material", material()).with(httpBasic("clerk1", PASSWORD)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        int fileId = JsonPath.read(answer, "$.id");
        long gsj = directory.departmentByCode("GSJ").orElseThrow().id();
        mvc.perform(get("/api/v1/casework/cases/{id}/files/{fileId}", id, fileId).with(TestPrincipals.staff(
                        "gsj-handler", gsj, DataScope.of(List.of(gsj)), "casework:case:view")))
                .andExpect(status().isForbidden())
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("%PDF"))));
        mvc.perform(get("/api/v1/casework/cases/{id}/files", id).with(TestPrincipals.staff(
                        "gsj-handler", gsj, DataScope.of(List.of(gsj)), "casework:case:view")))
                .andExpect(status().isForbidden());
        // viewing is not uploading
        mvc.perform(multipart("/api/v1/casework/cases/{id}/files", id)
                        .file(new MockMultipartFile("file", "b.pdf", "application/pdf", PDF))
                        .param("material", material()).with(httpBasic("supervisor1", PASSWORD)))
                .andExpect(status().isForbidden());
        assertThat(stored(id)).isEqualTo(1);
    }

    @Test
    void aPdfWhoseContentIsPngIsRefusedWithAClearMessageAndNothingStored() throws Exception {
        int id = receive();
        mvc.perform(multipart("/api/v1/casework/cases/{id}/files", id)
                        .file(new MockMultipartFile("file", "委派书.pdf", "application/pdf", PNG))
                        .param("material", material()).with(httpBasic("clerk1", PASSWORD))
                        .locale(Locale.ENGLISH).header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("casework.file.contentMismatch"))
                .andExpect(jsonPath("$.detail").value(
                        "File \"委派书.pdf\" is declared as PDF but its content is PNG; nothing was stored."));
        mvc.perform(multipart("/api/v1/casework/cases/{id}/files", id)
                        .file(new MockMultipartFile("file", "a.pdf", "application/pdf", PDF))
                        .param("material", "不存在的材料").with(httpBasic("clerk1", PASSWORD)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("casework.file.unknownMaterial"));
        // a withdrawn case takes no more files
        mvc.perform(post("/api/v1/casework/cases/{id}/withdrawal", id).with(httpBasic("clerk1", PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"version\": 1, \"reason\": \"申请人撤回\"}"))
                .andExpect(status().isOk());
        mvc.perform(multipart("/api/v1/casework/cases/{id}/files", id)
                        .file(new MockMultipartFile("file", "a.pdf", "application/pdf", PDF))
                        .param("material", material()).with(httpBasic("clerk1", PASSWORD)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("casework.file.caseFinal"));
        assertThat(stored(id)).isZero();
    }
}
