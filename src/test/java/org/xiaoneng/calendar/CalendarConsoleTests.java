package org.xiaoneng.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.xiaoneng.IntegrationTest;
import org.xiaoneng.TestPrincipals;
import org.xiaoneng.calendar.internal.CalendarIndexes;
import org.xiaoneng.platform.AuditableEvent;
import org.xiaoneng.platform.DataScope;

/**
 * System admins correct the calendar in the console: each change audited, corrections that turn days over
 * published with their dates, CSV files taken whole or not at all. Works in 2027, a year without notice, and puts the
 * shared database back after each test.
 */
@IntegrationTest
@RecordApplicationEvents
class CalendarConsoleTests {

    private static final LocalDate MONDAY = LocalDate.of(2027, 3, 1);
    private static final LocalDate SATURDAY = LocalDate.of(2027, 3, 6);

    @Autowired
    MockMvc mvc;

    @Autowired
    StatutoryCalendar calendar;

    @Autowired
    ApplicationEvents events;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    CalendarIndexes indexes;

    @Autowired
    tools.jackson.databind.json.JsonMapper json;

    @AfterEach
    void putTheCalendarBack() {
        jdbc.sql("DELETE FROM calendar_day WHERE day >= DATE '2027-01-01'").update();
        indexes.reload();
    }

    static RequestPostProcessor admin() {
        return TestPrincipals.staff("admin", null, DataScope.everything(), "calendar:day:edit");
    }

    @Test
    void aLocalHolidayTurnsAWorkingDayOverIsAuditedAndPublishedWithItsDate() throws Exception {
        long revision = calendar.revision();
        Deadline before = calendar.deadline(LocalDate.of(2027, 2, 26), LimitUnit.WORKING_DAYS, 3);
        assertThat(before.due()).isEqualTo(LocalDate.of(2027, 3, 3));
        events.clear();

        mvc.perform(post("/console/calendar/days").with(admin()).with(csrf())
                        .param("date", MONDAY.toString()).param("kind", "LOCAL_HOLIDAY").param("name", "建市纪念日"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/console/calendar?year=2027"));

        assertThat(calendar.isWorkingDay(MONDAY)).isFalse();
        assertThat(calendar.deadline(LocalDate.of(2027, 2, 26), LimitUnit.WORKING_DAYS, 3).due())
                .isEqualTo(LocalDate.of(2027, 3, 4));
        AuditableEvent audited = events.stream(AuditableEvent.class).findFirst().orElseThrow();
        assertThat(audited.action()).isEqualTo("calendar.day.created");
        assertThat(audited.recordId()).isEqualTo("2027-03-01");
        assertThat(audited.after()).contains("LOCAL_HOLIDAY").contains("建市纪念日");
        assertThat(audited.actor().account()).isEqualTo("admin");
        CalendarCorrected corrected = events.stream(CalendarCorrected.class).findFirst().orElseThrow();
        assertThat(corrected.changedDates()).containsExactly(MONDAY);
        assertThat(corrected.revision()).isGreaterThan(revision).isEqualTo(calendar.revision());
        assertThat(corrected.affects(before.start(), before.due())).isTrue();
        assertThat(corrected.affects(LocalDate.of(2027, 3, 2), LocalDate.of(2027, 3, 9))).isFalse();
        assertThat(calendar.couldChange(before.start(), before.due(), before.revision())).isTrue();
        assertThat(calendar.couldChange(LocalDate.of(2027, 4, 1), LocalDate.of(2027, 4, 9), before.revision()))
                .isFalse();
        assertThat(calendar.changedSince(revision)).containsExactly(MONDAY);

        // renaming changes no working day: audited, but no correction
        int version = version(MONDAY);
        events.clear();
        mvc.perform(post("/console/calendar/days/{date}", MONDAY).with(admin()).with(csrf())
                        .param("kind", "LOCAL_HOLIDAY").param("name", "建市四十周年").param("version", "" + version))
                .andExpect(status().is3xxRedirection());
        assertThat(events.stream(AuditableEvent.class).map(AuditableEvent::action)).containsExactly("calendar.day.updated");
        assertThat(events.stream(CalendarCorrected.class)).isEmpty();

        // removing it turns the day back
        events.clear();
        mvc.perform(post("/console/calendar/days/{date}/remove", MONDAY).with(admin()).with(csrf())
                        .param("version", "" + version(MONDAY)).header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"calendar-message\"")))
                .andExpect(content().string(not(containsString("id=\"console-menu\""))));
        assertThat(calendar.isWorkingDay(MONDAY)).isTrue();
        assertThat(events.stream(CalendarCorrected.class).findFirst().orElseThrow().changedDates())
                .containsExactly(MONDAY);
    }

    @Test
    void theAuditTrailRecordsTheChange() throws Exception {
        mvc.perform(post("/console/calendar/days").with(admin()).with(csrf())
                        .param("date", SATURDAY.toString()).param("kind", "ADJUSTED_WORKING_DAY").param("name", "调休"))
                .andExpect(status().is3xxRedirection());
        assertThat(calendar.isWorkingDay(SATURDAY)).isTrue();
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql("""
                SELECT count(*) FROM audit_entry
                 WHERE action = 'calendar.day.created' AND record_id = '2027-03-06' AND account = 'admin'""")
                .query(Long.class).single() > 0);
    }

    @Test
    void refusalsAreShownInTheEditorInTheReadersLanguage() throws Exception {
        mvc.perform(post("/console/calendar/days").with(admin()).with(csrf()).header("HX-Request", "true")
                        .param("year", "2027").param("date", MONDAY.toString()).param("kind", "ADJUSTED_WORKING_DAY")
                        .param("name", "调休"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"calendar-error\"")))
                .andExpect(content().string(containsString("2027-03-01 不是星期六或星期日")));
        mvc.perform(post("/console/calendar/days").with(admin()).with(csrf()).header("Accept-Language", "en")
                        .param("year", "2027").param("date", MONDAY.toString()).param("kind", "ADJUSTED_WORKING_DAY")
                        .param("name", "x"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("2027-03-01 is not a Saturday or Sunday")));
        // a holiday on a date that is special already
        mvc.perform(post("/console/calendar/days").with(admin()).with(csrf()).header("HX-Request", "true")
                        .param("date", "2025-10-01").param("kind", "LOCAL_HOLIDAY").param("name", "重复"))
                .andExpect(content().string(containsString("2025-10-01 已是特殊日期（国庆节、中秋节）")));
        mvc.perform(post("/console/calendar/days").with(admin()).with(csrf()).header("HX-Request", "true")
                        .param("date", "2100-01-04").param("kind", "HOLIDAY").param("name", "太远"))
                .andExpect(content().string(containsString("超出日历范围")));
        mvc.perform(post("/console/calendar/days").with(admin()).with(csrf()).header("HX-Request", "true")
                        .param("date", "2027-13-01").param("kind", "HOLIDAY").param("name", "x"))
                .andExpect(content().string(containsString("“2027-13-01”不是有效日期")));
        assertThat(calendar.year(2027).specialDays()).isEmpty();
        assertThat(calendar.specialDay(LocalDate.of(2025, 10, 1)).orElseThrow().kind()).isEqualTo(DayKind.HOLIDAY);
    }

    @Test
    void aValidCsvIsImportedWholeWithOneCorrectionForAllItsDays() throws Exception {
        String csv = """
                # 2027 (test)
                date,kind,name
                2027-03-01,HOLIDAY,测试假日
                2027-03-02,HOLIDAY,测试假日
                2027-03-06,ADJUSTED_WORKING_DAY,测试假日
                2027-03-07,LOCAL_HOLIDAY,周日的地方假
                """;
        events.clear();
        mvc.perform(multipart("/console/calendar/import").file(file(csv, StandardCharsets.UTF_8)).param("year", "2027")
                        .with(admin()).with(csrf()).header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("导入完成：新增 4 天，修改 0 天，0 天无变化。")))
                .andExpect(content().string(containsString("id=\"calendar-day-2027-03-07\"")));
        assertThat(calendar.year(2027).noticeLoaded()).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2027, 3, 6))).isTrue();
        assertThat(events.stream(AuditableEvent.class)).hasSize(4);
        List<CalendarCorrected> corrections = events.stream(CalendarCorrected.class).toList();
        assertThat(corrections).hasSize(1);
        // Sunday 03-07 was a day off before and still is: not a changed date
        assertThat(corrections.get(0).changedDates()).containsExactly(LocalDate.of(2027, 3, 1),
                LocalDate.of(2027, 3, 2), LocalDate.of(2027, 3, 6));

        // importing it again changes nothing; a corrected line updates its day
        events.clear();
        mvc.perform(multipart("/console/calendar/import").file(file(csv.replace("2027-03-02,HOLIDAY",
                                "2027-03-02,LOCAL_HOLIDAY"), StandardCharsets.UTF_8))
                        .with(admin()).with(csrf()).header("HX-Request", "true").header("Accept-Language", "en"))
                .andExpect(content().string(containsString("Imported: 0 days added, 1 changed, 3 unchanged.")));
        assertThat(events.stream(CalendarCorrected.class)).isEmpty();
    }

    @Test
    void aCsvWithBadLinesImportsNothingAndNamesEachLine() throws Exception {
        String csv = """
                date,kind,name
                2027-03-01,HOLIDAY,好的一行
                2027-02-30,HOLIDAY,没有这天
                2027-03-03,休息,类型不对
                2027-03-04,ADJUSTED_WORKING_DAY,周四不能调休上班
                2027-03-01,HOLIDAY,重复
                只有一列
                """;
        events.clear();
        mvc.perform(multipart("/console/calendar/import").file(file(csv, StandardCharsets.UTF_8)).param("year", "2027")
                        .with(admin()).with(csrf()).header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("文件未导入")))
                .andExpect(content().string(containsString("第 3 行：日期“2027-02-30”无效")))
                .andExpect(content().string(containsString("第 4 行：类型“休息”无效")))
                .andExpect(content().string(containsString("第 5 行：2027-03-04 不是星期六或星期日")))
                .andExpect(content().string(containsString("第 6 行：日期 2027-03-01 重复（第 2 行已有）")))
                .andExpect(content().string(containsString("第 7 行：应为三列")));
        assertThat(calendar.year(2027).specialDays()).isEmpty();
        assertThat(events.stream(AuditableEvent.class)).isEmpty();
        mvc.perform(multipart("/console/calendar/import").file(file(csv, StandardCharsets.UTF_8))
                        .with(admin()).with(csrf()).header("Accept-Language", "en"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Line 5: 2027-03-04 is not a Saturday or Sunday")));
    }

    @Test
    void aCsvSavedByExcelInGbkIsReadToo() throws Exception {
        String csv = "date,kind,name\r\n2027-03-01,LOCAL_HOLIDAY,地方节日\r\n";
        mvc.perform(multipart("/console/calendar/import").file(file(csv, Charset.forName("GBK")))
                        .with(admin()).with(csrf()).header("HX-Request", "true"))
                .andExpect(content().string(containsString("新增 1 天")));
        assertThat(calendar.specialDay(MONDAY).orElseThrow().name()).isEqualTo("地方节日");
        mvc.perform(get("/console/calendar/export").param("year", "2027").with(admin()))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("calendar-2027.csv")))
                .andExpect(content().string("date,kind,name\n2027-03-01,LOCAL_HOLIDAY,地方节日\n"));
    }

    @Test
    void onlyCalendarEditorsReachTheConsole() throws Exception {
        mvc.perform(get("/console/calendar").param("year", "2025").with(admin()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"console-menu\"")))
                .andExpect(content().string(containsString("href=\"/console/calendar\"")))
                .andExpect(content().string(containsString("id=\"calendar-day-2025-10-11\"")));
        mvc.perform(get("/console/calendar").param("year", "2027").with(admin()).header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"calendar-no-notice\"")))
                .andExpect(content().string(not(containsString("id=\"console-menu\""))));
        RequestPostProcessor clerk = TestPrincipals.staff("clerk1", null, DataScope.nothing(),
                "organization:department:view");
        mvc.perform(get("/console/calendar").with(clerk)).andExpect(status().isForbidden());
        mvc.perform(post("/console/calendar/days").with(clerk).with(csrf())
                        .param("date", MONDAY.toString()).param("kind", "HOLIDAY").param("name", "x"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/console/calendar")).andExpect(status().is3xxRedirection());
        mvc.perform(post("/console/calendar/days").with(admin())
                        .param("date", MONDAY.toString()).param("kind", "HOLIDAY").param("name", "x"))
                .andExpect(status().isForbidden()); // no CSRF token
        assertThat(calendar.isWorkingDay(MONDAY)).isTrue();
    }

    @Test
    void aStaleEditIsRefusedAndTheCorrectionEventSurvivesSerialization() throws Exception {
        mvc.perform(post("/console/calendar/days").with(admin()).with(csrf())
                        .param("date", MONDAY.toString()).param("kind", "LOCAL_HOLIDAY").param("name", "第一版"))
                .andExpect(status().is3xxRedirection());
        int seen = version(MONDAY);
        mvc.perform(post("/console/calendar/days/{date}", MONDAY).with(admin()).with(csrf())
                        .param("kind", "LOCAL_HOLIDAY").param("name", "第二版").param("version", "" + seen))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/console/calendar/days/{date}", MONDAY).with(admin()).with(csrf())
                        .header("HX-Request", "true")
                        .param("kind", "HOLIDAY").param("name", "过时的修改").param("version", "" + seen))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("该记录刚被其他人修改")));
        assertThat(calendar.specialDay(MONDAY).orElseThrow().name()).isEqualTo("第二版");

        // the event publication registry stores events as JSON for listeners that run after the commit
        CalendarCorrected corrected = new CalendarCorrected(7, new java.util.TreeSet<>(List.of(MONDAY, SATURDAY)),
                org.xiaoneng.platform.Actor.system(), java.time.Instant.parse("2026-11-28T02:00:00Z"));
        assertThat(json.readValue(json.writeValueAsString(corrected), CalendarCorrected.class)).isEqualTo(corrected);
    }

    private int version(LocalDate day) {
        return jdbc.sql("SELECT version FROM calendar_day WHERE day = :day").param("day", day).query(Integer.class)
                .single();
    }

    private static MockMultipartFile file(String text, Charset charset) {
        return new MockMultipartFile("file", "calendar.csv", "text/csv", text.getBytes(charset));
    }
}
