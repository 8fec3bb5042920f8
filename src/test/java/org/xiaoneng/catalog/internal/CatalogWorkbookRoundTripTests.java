package org.xiaoneng.catalog.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.xiaoneng.IntegrationTest;
import org.xiaoneng.TestPrincipals;
import org.xiaoneng.catalog.ItemDetails;
import org.xiaoneng.catalog.Workbooks;
import org.xiaoneng.platform.DataScope;

/**
 * The Excel round trip: the demo catalog exported and imported again gives back every item exactly — name, kind,
 * departments, function, limits, commitments, themes, conditions, legal bases, materials in order with their blank
 * forms, fees, and the process with its parallel tasks. Imports run in a transaction that is rolled back at the end,
 * so that the shared demo catalog stays as it was for the other tests.
 */
@IntegrationTest
class CatalogWorkbookRoundTripTests {

    static final String[] ADMIN_PERMISSIONS = {"catalog:item:view", "catalog:item:edit", "catalog:item:publish"};

    @Autowired
    MockMvc mvc;

    @Autowired
    CatalogImport importer;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ItemJson json;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    CatalogWorkbookExport exporter;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void exportThenImportAsDraftsGivesBackEveryItemExactly() throws Exception {
        Map<String, ItemDetails> published = published();
        byte[] file = export("admin");
        assertThat(codesIn(file)).containsExactlyInAnyOrderElementsOf(published.keySet());
        assertThat(published).containsKeys("SWJ-XK-001", "JSJ-LH-001").hasSizeGreaterThanOrEqualTo(38);
        // the demo catalog has what the round trip must carry: a joint item, blank forms, fees, parallel tasks
        ItemDetails joint = published.get("JSJ-LH-001");
        assertThat(joint.coDepartments()).hasSize(2);
        assertThat(joint.process()).anySatisfy(stage -> assertThat(stage.tasks()).hasSizeGreaterThan(1));
        assertThat(published.values()).anySatisfy(d -> assertThat(d.fileIds()).isNotEmpty())
                .anySatisfy(d -> assertThat(d.fees()).isNotEmpty());

        List<String> progress = new ArrayList<>();
        Map<String, ItemDetails> drafts = rolledBack(() -> {
            CatalogImport.Outcome outcome = importer.run(file, "round-trip", "round trip", false, recorder(progress));
            assertThat(outcome.errors()).isEmpty();
            assertThat(outcome.updated()).isEqualTo(published.size());
            assertThat(outcome.created()).isZero();
            assertThat(outcome.published()).isZero();
            return details("SELECT code, draft AS content FROM catalog_item WHERE draft IS NOT NULL");
        });
        assertThat(drafts).containsAllEntriesOf(published);
        assertThat(progress).first().isEqualTo("validating 0");
        assertThat(progress).last().asString().startsWith("importing");
    }

    @Test
    void importedAndPublishedTheCatalogShowsTheSameContentAsTheNextVersion() throws Exception {
        Map<String, ItemDetails> published = published();
        byte[] file = export("admin");
        Map<String, ItemDetails> republished = rolledBack(() -> {
            CatalogImport.Outcome outcome = importer.run(file, "round-trip", "round trip", true, recorder(null));
            assertThat(outcome.errors()).isEmpty();
            assertThat(outcome.published()).isEqualTo(published.size());
            assertThat(jdbc.sql("""
                    SELECT count(*) FROM catalog_item i JOIN catalog_item_version v ON v.id = i.current_version_id
                     WHERE i.status = 'PUBLISHED' AND v.number = i.last_number AND v.number > 1""")
                    .query(Long.class).single()).isGreaterThanOrEqualTo(published.size());
            return published();
        });
        assertThat(republished).isEqualTo(published);
    }

    /** A draft is what the export with drafts writes, and not what it writes without. */
    @Test
    void withDraftsTheExportCarriesTheDraft() {
        long id = jdbc.sql("SELECT id FROM catalog_item WHERE code = 'SWJ-XK-001'").query(Long.class).single();
        ItemDetails current = published().get("SWJ-XK-001");
        ItemDetails renamed = Items.renamed(current, current.name() + "（修订草稿）");
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            jdbc.sql("UPDATE catalog_item SET draft = CAST(:draft AS jsonb) WHERE id = :id")
                    .param("draft", json.write(renamed)).param("id", id).update();
            try {
                // in this (rolled back) transaction, not over HTTP: a request would not see the uncommitted draft
                signIn("admin", DataScope.everything());
                ByteArrayOutputStream withDrafts = new ByteArrayOutputStream();
                ByteArrayOutputStream withoutDrafts = new ByteArrayOutputStream();
                exporter.write(true, withDrafts);
                exporter.write(false, withoutDrafts);
                try (Workbooks drafts = Workbooks.open(withDrafts.toByteArray());
                        Workbooks versions = Workbooks.open(withoutDrafts.toByteArray())) {
                    int row = drafts.rowOf("事项", "事项编码", "SWJ-XK-001");
                    assertThat(drafts.get("事项", row, "事项名称")).isEqualTo(renamed.name());
                    assertThat(drafts.get("事项", row, "导出内容（仅供参考）")).isEqualTo("草稿");
                    int versionRow = versions.rowOf("事项", "事项编码", "SWJ-XK-001");
                    assertThat(versions.get("事项", versionRow, "事项名称")).isEqualTo(current.name());
                    assertThat(versions.get("事项", versionRow, "导出内容（仅供参考）")).startsWith("第 ");
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                status.setRollbackOnly();
            }
        });
    }

    private byte[] export(String account) throws Exception {
        return mvc.perform(get("/api/v1/catalog/export").with(httpBasic(account, "Demo@2026")))
                .andExpect(status().isOk())
                .andExpect(content().contentType(Workbooks.XLSX))
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString(".xlsx")))
                .andReturn().getResponse().getContentAsByteArray();
    }

    private Map<String, ItemDetails> published() {
        return details("""
                SELECT i.code, v.content FROM catalog_item i JOIN catalog_item_version v ON v.id = i.current_version_id
                 WHERE i.status = 'PUBLISHED'""");
    }

    private Map<String, ItemDetails> details(String sql) {
        Map<String, ItemDetails> byCode = new LinkedHashMap<>();
        jdbc.sql(sql).query((rs, row) -> Map.entry(rs.getString("code"), json.read(rs.getString("content"))))
                .list().forEach(e -> byCode.put(e.getKey(), e.getValue()));
        return byCode;
    }

    private static Set<String> codesIn(byte[] file) throws Exception {
        Set<String> codes = new HashSet<>();
        try (Workbooks workbook = Workbooks.open(file)) {
            for (int row = 2; row <= workbook.lastRow("事项"); row++) {
                codes.add(workbook.get("事项", row, "事项编码"));
            }
        }
        return codes;
    }

    /** Runs the work as the system admin in a transaction that is rolled back afterwards. */
    private <T> T rolledBack(Supplier<T> work) {
        signIn("admin", DataScope.everything());
        return new TransactionTemplate(transactions).execute(status -> {
            try {
                return work.get();
            } finally {
                status.setRollbackOnly();
            }
        });
    }

    /** Signs in a staff member with the catalog's permissions over the scope, for calls outside a request. */
    static void signIn(String account, DataScope scope) {
        TestPrincipals.Staff staff = new TestPrincipals.Staff(account, account, null, null, scope);
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(staff,
                null, Arrays.stream(ADMIN_PERMISSIONS).map(SimpleGrantedAuthority::new).toList()));
    }

    private static CatalogImport.Progress recorder(List<String> log) {
        return new CatalogImport.Progress() {
            @Override
            public void validating(int processed, int total) {
                if (log != null) {
                    log.add("validating " + processed);
                }
            }

            @Override
            public void importing(int processed, int total) {
                if (log != null) {
                    log.add("importing " + processed);
                }
            }
        };
    }
}
