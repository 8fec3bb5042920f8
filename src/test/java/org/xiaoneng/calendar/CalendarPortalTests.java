package org.xiaoneng.calendar;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.xiaoneng.IntegrationTest;

/** The public year page renders without login, marks the notice's days, and its calculator answers like the API. */
@IntegrationTest
class CalendarPortalTests {

    @Autowired
    MockMvc mvc;

    @Test
    void theYear2025IsShownWithItsHolidaysAndWorkedWeekendsMarked() throws Exception {
        mvc.perform(get("/portal/calendar").param("year", "2025"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("2025 年办事日历")))
                .andExpect(content().string(containsString("id=\"calendar-month-12\"")))
                .andExpect(content().string(containsString("class=\"cal-holiday\" id=\"calendar-day-2025-10-01\" title=\"国庆节、中秋节\"")))
                .andExpect(content().string(containsString("class=\"cal-adjusted\" id=\"calendar-day-2025-09-28\"")))
                .andExpect(content().string(containsString("class=\"cal-weekend\" id=\"calendar-day-2025-10-12\"")))
                .andExpect(content().string(containsString("class=\"cal-working\" id=\"calendar-day-2025-10-13\"")))
                .andExpect(content().string(containsString("id=\"calendar-legend\"")))
                .andExpect(content().string(not(containsString("id=\"calendar-provisional\""))));
    }

    @Test
    void aYearWithoutNoticeSaysSoAndEnglishWorks() throws Exception {
        mvc.perform(get("/portal/calendar").param("year", "2027").param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Working-day calendar 2027")))
                .andExpect(content().string(containsString("id=\"calendar-provisional\"")))
                .andExpect(content().string(containsString("September")));
    }

    @Test
    void theCalculatorAnswersOnThePageAndAsAnHtmxFragment() throws Exception {
        mvc.perform(get("/portal/calendar").param("year", "2025").param("start", "2025-09-26")
                        .param("unit", "WORKING_DAYS").param("amount", "20"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-due=\"2025-10-30\"")))
                .andExpect(content().string(containsString("id=\"calendar-month-1\"")));
        mvc.perform(get("/portal/calendar").param("start", "2025-09-26").param("unit", "NATURAL_DAYS")
                        .param("amount", "5").header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-due=\"2025-10-09\"")))
                .andExpect(content().string(not(containsString("calendar-month-1"))));
        mvc.perform(get("/portal/calendar").param("start", "2004-01-01").param("unit", "WORKING_DAYS")
                        .param("amount", "3").header("HX-Request", "true"))
                .andExpect(content().string(containsString("id=\"calculator-problems\"")))
                .andExpect(content().string(containsString("超出日历范围")));
        mvc.perform(get("/portal/calendar").param("start", "2025-01-01").param("unit", "WORKING_DAYS")
                        .param("amount", "").header("HX-Request", "true").header("Accept-Language", "en"))
                .andExpect(content().string(containsString("Please enter the number of days.")));
    }
}
