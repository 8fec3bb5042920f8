package org.xiaoneng.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.xiaoneng.IntegrationTest;
import org.xiaoneng.organization.OrganizationDirectory;

/** The demo catalog of 示范市, read through the facade other modules use. */
@IntegrationTest
class DemoCatalogTests {

    @Autowired
    ItemCatalog catalog;

    @Autowired
    OrganizationDirectory directory;

    @Test
    void atLeastThirtyPublishedItemsAcrossTheDemoDepartments() {
        CatalogPage<ItemSummary> all = catalog.publishedItems(CatalogQuery.all(0, 500));
        assertThat(all.total()).isGreaterThanOrEqualTo(30);
        Set<String> departments = all.items().stream().map(i -> i.leadDepartment().code()).collect(Collectors.toSet());
        assertThat(departments).contains("SWJ", "JSJ", "GTJ", "GSJ", "WSJ", "HBJ", "GAJ", "WJJ", "CGJ");
        assertThat(all.items()).anyMatch(ItemSummary::free).anyMatch(i -> !i.free());
        assertThat(all.items()).anyMatch(i -> i.promisedLimit().unit() == LimitUnit.SAME_DAY);
        assertThat(all.items()).allMatch(i -> i.number() >= 1);
    }

    @Test
    void everyDemoItemKeepsItsPromiseWithinTheStatutoryLimitAndItsProcessWithinThePromise() {
        for (ItemSummary summary : catalog.publishedItems(CatalogQuery.all(0, 500)).items()) {
            ItemDetails details = catalog.version(summary.versionId()).orElseThrow().details();
            assertThat(details.process()).as(summary.code()).isNotEmpty();
            assertThat(details.legalBases()).as(summary.code()).isNotEmpty();
            assertThat(details.materials()).as(summary.code()).isNotEmpty();
            assertThat(details.processWorkingDays()).as(summary.code())
                    .isLessThanOrEqualTo(details.promisedLimit().amount());
            if (details.promisedLimit().unit() != LimitUnit.SAME_DAY) {
                assertThat(details.promisedLimit().unit()).isEqualTo(details.statutoryLimit().unit());
                assertThat(details.promisedLimit().amount()).as(summary.code())
                        .isLessThanOrEqualTo(details.statutoryLimit().amount());
            }
        }
    }

    @Test
    void aJointItemOfThreeDepartmentsWithParallelTasks() {
        ItemVersion joint = catalog.currentVersion("JSJ-LH-001").orElseThrow();
        assertThat(joint.details().departmentIds()).hasSize(3);
        ProcessDefinition process = catalog.process(joint.id()).orElseThrow();
        ProcessStage review = process.stages().stream().filter(s -> s.tasks().size() == 3).findFirst().orElseThrow();
        assertThat(review.tasks()).extracting(ProcessTask::departmentId)
                .containsExactlyInAnyOrderElementsOf(joint.details().departmentIds());
        assertThat(review.workingDays()).isEqualTo(8);
        assertThat(process.promisedLimit()).isEqualTo(TimeLimit.workingDays(20));
        assertThat(process.statutoryLimit()).isEqualTo(TimeLimit.workingDays(45));
        long gtj = directory.departmentByCode("GTJ").orElseThrow().id();
        assertThat(catalog.itemsOfDepartment(gtj)).extracting(ItemSummary::code).contains("JSJ-LH-001", "GTJ-XK-001");
    }

    @Test
    void searchByDepartmentKindThemeAndChineseText() {
        long swj = directory.departmentByCode("SWJ").orElseThrow().id();
        List<ItemSummary> swjItems = catalog.publishedItems(new CatalogQuery(swj, null, null, null, 0, 100)).items();
        assertThat(swjItems).isNotEmpty().allMatch(i -> i.leadDepartment().id() == swj);
        assertThat(catalog.publishedItems(new CatalogQuery(null, null, null, "外商投资", 0, 100)).items())
                .extracting(ItemSummary::code).contains("SWJ-XK-001", "SWJ-XK-002");
        assertThat(catalog.publishedItems(new CatalogQuery(null, ItemKind.LEVY, null, null, 0, 100)).items())
                .extracting(ItemSummary::code).containsExactly("HBJ-ZS-001");
        assertThat(catalog.publishedItems(new CatalogQuery(null, null, "企业开办", null, 0, 100)).items())
                .extracting(ItemSummary::code).contains("GSJ-QR-001", "SWJ-XK-001").doesNotContain("GAJ-QR-001");
        assertThat(catalog.themes()).contains("企业开办", "工程建设", "民生服务");
    }

    @Test
    void blankFormsOfPublishedItemsArePublicFiles() {
        Material form = catalog.currentVersion("SWJ-XK-001").orElseThrow().details().materials().get(0);
        assertThat(form.blankFormFileId()).isNotNull();
        CatalogFile file = catalog.publishedFile(form.blankFormFileId()).orElseThrow();
        assertThat(new String(file.content(), java.nio.charset.StandardCharsets.UTF_8)).contains("外商投资企业设立申请书");
        assertThat(file.sha256()).hasSize(64);
    }
}
