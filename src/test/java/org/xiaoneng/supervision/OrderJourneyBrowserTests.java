package org.xiaoneng.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.xiaoneng.BrowserSupport;
import org.xiaoneng.IntegrationTest;
import org.xiaoneng.TestClock;
import org.xiaoneng.casework.CaseView;
import org.xiaoneng.casework.Casework;
import org.xiaoneng.catalog.ItemCatalog;

/**
 * From a red light to accountability in a real browser: the supervisor sees a case turn red on the supervision
 * console, issues a supervision order about it, the department answers it, the supervisor closes it, and the warning
 * the policy proposed for the handler's two late cases is confirmed with a reason.
 */
@IntegrationTest
class OrderJourneyBrowserTests {

    static final String PASSWORD = "Demo@2026";

    @Value("${local.server.port}")
    int port;

    @Autowired Casework casework;
    @Autowired ItemCatalog catalog;
    @Autowired JdbcClient jdbc;
    @Autowired TestClock clock;
    @Autowired Supervision supervision;

    WebDriver driver;

    @BeforeEach
    void start() {
        driver = BrowserSupport.startChromium();
    }

    @AfterEach
    void stop() {
        if (driver != null) {
            driver.quit();
        }
    }

    private WebElement waitFor(By by) {
        return BrowserSupport.visible(driver, by);
    }

    private void signInAs(String base, String account) {
        BrowserSupport.switchAccount(driver, base, account, PASSWORD);
    }

    @Test
    void aSupervisorSeesARedCaseOrdersTheDepartmentClosesTheOrderAndConfirmsTheWarning() {
        // two late cases of one handler (the policy warns for two), then the sweep
        Ledgers ledgers = new Ledgers(casework, catalog, jdbc, clock);
        CaseView accepted = lateCase(ledgers);
        String ref = "case:" + accepted.id();
        lateCase(ledgers);
        supervision.sweep();
        Ledgers.Row red = ledgers.row(ref).orElseThrow();
        assertThat(red.light()).isEqualTo("RED");

        String base = "http://localhost:" + port;
        signInAs(base, "supervisor1");
        driver.get(base + "/console/supervision?lang=zh_CN");
        assertThat(waitFor(By.id("supervision-" + red.id() + "-light")).getText()).contains("红灯");
        assertThat(driver.findElement(By.id("supervision-" + red.id())).getText()).contains(accepted.number());

        // the supervisor issues an order about the red deadline
        driver.findElement(By.id("menu-supervision-orders")).click();
        waitFor(By.id("orders-new")).click();
        new Select(waitFor(By.id("order-deadline"))).selectByValue(String.valueOf(red.id()));
        driver.findElement(By.id("order-title")).sendKeys("外资企业设立审批超期");
        driver.findElement(By.id("order-demand")).sendKeys("请于回复期限内说明超期原因并报送整改措施。");
        driver.findElement(By.id("order-issue-submit")).click();
        assertThat(waitFor(By.id("order-heading")).getText()).contains("外资企业设立审批超期");
        assertThat(driver.findElement(By.id("order-state")).getText()).isEqualTo("待回复");
        assertThat(driver.findElement(By.id("order-page")).getText()).contains(accepted.number(), "市商务局");
        String orderUrl = driver.getCurrentUrl();

        // the department answers
        signInAs(base, "deptadmin1");
        driver.get(orderUrl);
        waitFor(By.id("order-response-text")).sendKeys("因外资准入专家评审延误，已协调专家加快评审。");
        driver.findElement(By.id("order-measures")).sendKeys("建立专家评审提前预约机制。");
        driver.findElement(By.id("order-respond-submit")).click();
        waitFor(By.id("flash"));
        assertThat(driver.findElement(By.id("order-state")).getText()).isEqualTo("已回复待审核");

        // the supervisor closes it
        signInAs(base, "supervisor1");
        driver.get(orderUrl);
        waitFor(By.id("order-close-note")).sendKeys("整改措施可行，予以办结。");
        driver.findElement(By.id("order-close-submit")).click();
        waitFor(By.id("flash"));
        assertThat(driver.findElement(By.id("order-state")).getText()).isEqualTo("已办结");

        // the policy proposed a warning for the handler's two late cases
        long warning = Awaitility.await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(200))
                .until(() -> jdbc.sql("""
                        SELECT s.id FROM supervision_sanction s
                          JOIN supervision_sanction_evidence e ON e.sanction_id = s.id
                          JOIN supervision_light_change c ON e.ref = 'change:' || c.id
                          JOIN supervision_deadline d ON d.id = c.deadline_id
                         WHERE d.source_ref = :source AND s.kind = 'WARNING' LIMIT 1""")
                        .param("source", ref).query(Long.class).optional().orElse(null), id -> id != null);
        driver.findElement(By.id("menu-supervision-sanctions")).click();
        waitFor(By.id("sanction-" + warning + "-link")).click();
        assertThat(waitFor(By.id("sanction-grounds")).getText()).contains(accepted.number());
        driver.findElement(By.id("sanction-reason")).sendKeys("超期无正当理由，予以效能告诫。");
        driver.findElement(By.id("sanction-confirm")).click();
        waitFor(By.id("flash"));
        assertThat(driver.findElement(By.id("sanction-state")).getText()).isEqualTo("已确认");
    }

    /** An accepted case whose dates are put long in the past, so that it heads the lists once swept. */
    private CaseView lateCase(Ledgers ledgers) {
        CaseView accepted = ledgers.accepted();
        String ref = "case:" + accepted.id();
        ledgers.await(ref, r -> r.state().equals("OPEN"));
        ledgers.await(ref + ":task:1", r -> r.state().equals("OPEN"));
        jdbc.sql("""
                UPDATE supervision_deadline
                   SET due_on = CAST(CAST(:now AS TIMESTAMPTZ) AT TIME ZONE 'Asia/Shanghai' AS DATE) - 401,
                       due_at = CAST(:now AS TIMESTAMPTZ) - INTERVAL '400 days',
                       yellow_at = CAST(:now AS TIMESTAMPTZ) - INTERVAL '402 days',
                       next_change_at = CAST(:now AS TIMESTAMPTZ) - INTERVAL '1 minute'
                 WHERE source_ref = :source AND state = 'OPEN'""")
                .param("now", clock.instant().atOffset(java.time.ZoneOffset.UTC)).param("source", ref).update();
        return accepted;
    }
}
