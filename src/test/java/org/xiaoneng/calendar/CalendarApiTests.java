package org.xiaoneng.calendar;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.xiaoneng.IntegrationTest;

/** The public API: no login, the real notices from the database, and 400s that say what to fix in zh and en. */
@IntegrationTest
class CalendarApiTests {

    @Autowired
    MockMvc mvc;

    @Test
    void twentyWorkingDaysFromTheFridayBeforeNationalDay2025() throws Exception {
        mvc.perform(get("/api/v1/calendar/deadline").param("start", "2025-09-26").param("workingDays", "20"))
                .andExpect(status().isOk())
                .andExpect(content().json("""
                        {"start": "2025-09-26", "workingDays": 20, "due": "2025-10-30", "provisional": false}"""))
                .andExpect(jsonPath("$.naturalDays").doesNotExist())
                .andExpect(jsonPath("$.sameDay").doesNotExist());
    }

    @Test
    void naturalDaysAndSameDay() throws Exception {
        // five natural days end on 10-01, a holiday: the period ends on the next working day
        mvc.perform(get("/api/v1/calendar/deadline").param("start", "2025-09-26").param("naturalDays", "5"))
                .andExpect(status().isOk())
                .andExpect(content().json("""
                        {"start": "2025-09-26", "naturalDays": 5, "due": "2025-10-09"}"""))
                .andExpect(jsonPath("$.workingDays").doesNotExist());
        mvc.perform(get("/api/v1/calendar/deadline").param("start", "2025-10-03").param("sameDay", ""))
                .andExpect(status().isOk())
                .andExpect(content().json("""
                        {"start": "2025-10-03", "sameDay": true, "due": "2025-10-09"}"""));
        mvc.perform(get("/api/v1/calendar/deadline").param("start", "2025-09-28").param("sameDay", "true"))
                .andExpect(jsonPath("$.due").value("2025-09-28"));
    }

    @Test
    void workingDaysBetweenTwoDays() throws Exception {
        mvc.perform(get("/api/v1/calendar/working-days").param("from", "2025-09-26").param("to", "2025-10-30"))
                .andExpect(status().isOk())
                .andExpect(content().json("""
                        {"from": "2025-09-26", "to": "2025-10-30", "workingDays": 20, "provisional": false}"""));
        mvc.perform(get("/api/v1/calendar/working-days").param("from", "2025-10-30").param("to", "2025-09-26"))
                .andExpect(jsonPath("$.workingDays").value(-20));
    }

    @Test
    void aYearListsItsNoticeAndTheYearAfterTheLastNoticeIsProvisional() throws Exception {
        mvc.perform(get("/api/v1/calendar/years/2025"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.noticeLoaded").value(true))
                .andExpect(jsonPath("$.specialDays[?(@.date == '2025-10-11')].kind").value(hasItem("ADJUSTED_WORKING_DAY")))
                .andExpect(jsonPath("$.specialDays[?(@.date == '2025-10-01')].name").value(hasItem("国庆节、中秋节")));
        mvc.perform(get("/api/v1/calendar/years/2027"))
                .andExpect(jsonPath("$.noticeLoaded").value(false));
        // no 2027 notice: Friday 2027-01-01 counts as a working day under the weekday rule, hence "provisional"
        mvc.perform(get("/api/v1/calendar/deadline").param("start", "2026-12-25").param("workingDays", "10"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.due").value("2027-01-08"))
                .andExpect(jsonPath("$.provisional").value(true));
    }

    @Test
    void anOutOfRangeStartIsA400InTheCallersLanguage() throws Exception {
        mvc.perform(get("/api/v1/calendar/deadline").param("start", "2004-12-31").param("workingDays", "5"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.detail").value("提交的内容有误：日期 2004-12-31 超出日历范围（2005-01-01 至 2099-12-31）。"))
                .andExpect(jsonPath("$.errors.start").value("日期 2004-12-31 超出日历范围（2005-01-01 至 2099-12-31）。"));
        mvc.perform(get("/api/v1/calendar/deadline").param("start", "2004-12-31").param("workingDays", "5")
                        .header("Accept-Language", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.start")
                        .value("The date 2004-12-31 is outside the calendar (2005-01-01 to 2099-12-31)."));
    }

    @Test
    void aDueDateAfterTheRangeIsA400OnTheLimit() throws Exception {
        mvc.perform(get("/api/v1/calendar/deadline").param("start", "2099-12-20").param("workingDays", "30"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.workingDays", containsString("2099-12-20")))
                .andExpect(jsonPath("$.errors.workingDays", containsString("超出日历范围")));
    }

    @Test
    void malformedParametersAreEachNamed() throws Exception {
        mvc.perform(get("/api/v1/calendar/deadline").param("start", "2025-02-30").param("workingDays", "-1"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.start", containsString("2025-02-30")))
                .andExpect(jsonPath("$.errors.start", containsString("yyyy-MM-dd")))
                .andExpect(jsonPath("$.errors.workingDays", containsString("0 至 3650")));
        mvc.perform(get("/api/v1/calendar/deadline").param("workingDays", "3").param("naturalDays", "3")
                        .header("Accept-Language", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.start").value("Please give the parameter start."))
                .andExpect(jsonPath("$.errors.workingDays")
                        .value("Give exactly one of workingDays, naturalDays or sameDay=true."));
        mvc.perform(get("/api/v1/calendar/working-days").param("from", "2025-01-01"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.to").value("请提供参数 to。"));
        mvc.perform(get("/api/v1/calendar/years/2100"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.year", containsString("2100-01-01")));
    }
}
