package org.xiaoneng.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.xiaoneng.IntegrationTest;
import org.xiaoneng.platform.Actor;

/** The facade other modules use, on the demo organization of 示范市. */
@IntegrationTest
class DirectoryIntegrationTests {

    private static final LocalDate DAY = LocalDate.of(2031, 3, 10);

    @Autowired
    OrganizationDirectory directory;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void removeTestAbsences() {
        jdbc.sql("DELETE FROM organization_absence WHERE reason = 'directory-test'").update();
    }

    @Test
    void departmentsByCodeAndTheirSubtree() {
        DepartmentRef swj = directory.departmentByCode("SWJ").orElseThrow();
        assertThat(swj.name()).isEqualTo("市商务局");
        assertThat(swj.active()).isTrue();
        DepartmentRef city = directory.departmentByCode("SFS").orElseThrow();
        assertThat(city.parentId()).isNull();
        assertThat(swj.parentId()).isEqualTo(city.id());
        assertThat(directory.department(swj.id())).contains(swj);
        assertThat(directory.subtreeOf(swj.id())).containsExactlyInAnyOrder(swj.id(), id("SWJ-BGS"), id("SWJ-WZK"),
                id("SWJ-SCK"));
        assertThat(directory.subtreeOf(city.id())).hasSizeGreaterThan(20);
        assertThat(directory.subtreeOf(-1)).isEmpty();
        assertThat(directory.departmentByCode("NOPE")).isEmpty();
    }

    @Test
    void everyDemoAccountHasAPost() {
        for (String account : new String[] {"admin", "clerk1", "handler1", "handler2", "reviewer1", "approver1",
            "approver2", "deptadmin1", "supervisor1", "leader1"}) {
            assertThat(directory.postOf(account)).as(account).isPresent();
        }
        StaffPost handler = directory.postOf("handler1").orElseThrow();
        assertThat(handler.positionName()).isEqualTo("承办岗");
        assertThat(handler.departmentId()).isEqualTo(id("SWJ"));
        assertThat(directory.postOf("supervisor1").orElseThrow().departmentId()).isEqualTo(id("XNB"));
        assertThat(directory.postOf("nobody")).isEmpty();
    }

    @Test
    void theDeputyActsWhileTheHolderIsAwayBoundariesIncluded() {
        long position = directory.postOf("handler1").orElseThrow().positionId();
        assertThat(directory.whoActsFor(position, DAY).orElseThrow().account()).isEqualTo("handler1");

        away("handler1", DAY, DAY.plusDays(2));
        assertThat(directory.whoActsFor(position, DAY.minusDays(1)).orElseThrow().account()).isEqualTo("handler1");
        for (LocalDate day = DAY; !day.isAfter(DAY.plusDays(2)); day = day.plusDays(1)) {
            Acting acting = directory.whoActsFor(position, day).orElseThrow();
            assertThat(acting.account()).as(day.toString()).isEqualTo("handler2");
            assertThat(acting.asDeputy()).isTrue();
            assertThat(acting.absentStaffName()).isEqualTo("张伟");
            assertThat(acting.actingPositionId()).isEqualTo(directory.postOf("handler2").orElseThrow().positionId());
        }
        assertThat(directory.whoActsFor(position, DAY.plusDays(3)).orElseThrow().account()).isEqualTo("handler1");

        away("handler2", DAY, DAY);
        assertThat(directory.whoActsFor(position, DAY)).isEmpty();
    }

    @Test
    void theActorIsRecordedAsDeputyForTheAbsentPosition() {
        long position = directory.postOf("handler1").orElseThrow().positionId();
        Actor handler1 = new Actor("handler1", null, null, "10.0.0.1");
        Actor handler2 = new Actor("handler2", null, null, "10.0.0.2");
        assertThat(directory.actorFor(handler1, position, DAY)).contains(new Actor("handler1", "承办岗", null,
                "10.0.0.1"));
        assertThat(directory.actorFor(handler2, position, DAY)).as("the holder is present").isEmpty();

        away("handler1", DAY, DAY);
        assertThat(directory.actorFor(handler2, position, DAY)).contains(new Actor("handler2", "承办岗B", "承办岗",
                "10.0.0.2"));
        assertThat(directory.actorFor(handler1, position, DAY)).as("the holder is away").isEmpty();
        assertThat(directory.actorFor(new Actor("clerk1", null, null, null), position, DAY)).isEmpty();
    }

    @Test
    void approver2StandsInForApprover1() {
        long position = directory.postOf("approver1").orElseThrow().positionId();
        away("approver1", DAY, DAY);
        assertThat(directory.whoActsFor(position, DAY).orElseThrow().account()).isEqualTo("approver2");
    }

    @Test
    void positionsAndFunctionsWithTheirDepartments() {
        long handler = directory.postOf("handler1").orElseThrow().positionId();
        PositionRef position = directory.position(handler).orElseThrow();
        assertThat(position.code()).isEqualTo("SWJ-CB");
        assertThat(position.departmentId()).isEqualTo(id("SWJ"));
        assertThat(directory.activePositions()).contains(position).allMatch(PositionRef::active);
        assertThat(directory.position(-1)).isEmpty();

        FunctionRef function = directory.functions().stream().filter(f -> f.code().equals("CGJ-02")).findFirst()
                .orElseThrow();
        assertThat(function.leadDepartmentId()).isEqualTo(id("CGJ"));
        assertThat(directory.function(function.id())).contains(function);
        assertThat(directory.function(-1)).isEmpty();
    }

    private void away(String account, LocalDate from, LocalDate to) {
        jdbc.sql("""
                INSERT INTO organization_absence (staff_id, from_date, to_date, reason, created_by, created_at)
                SELECT id, :from, :to, 'directory-test', 'test', :at FROM organization_staff WHERE account = :account""")
                .param("from", from).param("to", to).param("at", OffsetDateTime.now()).param("account", account)
                .update();
    }

    private long id(String code) {
        return directory.departmentByCode(code).orElseThrow().id();
    }
}
