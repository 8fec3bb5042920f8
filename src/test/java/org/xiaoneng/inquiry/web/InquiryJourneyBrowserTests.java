package org.xiaoneng.inquiry.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.xiaoneng.BrowserSupport;
import org.xiaoneng.IntegrationTest;
import org.xiaoneng.TestClock;
import org.xiaoneng.organization.OrganizationDirectory;
import org.xiaoneng.organization.PositionRef;

/**
 * 首问负责制 in a real browser: the window clerk logs an inquiry and hands it on to 市商务局's 承办岗; a day later it
 * is still his and listed as unresolved on his own list; the handler confirms it from his desk list and answers it;
 * the supervisor's "only unresolved" filter (htmx) no longer shows it.
 */
@IntegrationTest
class InquiryJourneyBrowserTests {

    static final String PASSWORD = "Demo@2026";

    @Value("${local.server.port}")
    int port;

    @Autowired OrganizationDirectory directory;
    @Autowired TestClock clock;

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
        clock.reset();
    }

    private WebElement waitFor(By by) {
        return BrowserSupport.visible(driver, by);
    }

    private void signInAs(String base, String account) {
        BrowserSupport.switchAccount(driver, base, account, PASSWORD);
    }

    private String text(By by) {
        return waitFor(by).getText();
    }

    @Test
    void theFirstReceiverOwnsAnInquiryUntilTheDeskConfirmsAndAnswersIt() {
        String base = "http://localhost:" + port;
        String subject = "外资企业经营范围变更要带哪些材料 " + UUID.randomUUID();

        // the window logs it: he is its first receiver (首问责任人); the phone is shown masked
        signInAs(base, "clerk1");
        driver.get(base + "/console/inquiries/new");
        waitFor(By.id("inquiry-inquirer")).sendKeys("郑先生");
        driver.findElement(By.id("inquiry-phone")).sendKeys("13712345678");
        new Select(driver.findElement(By.id("inquiry-channel"))).selectByValue("WINDOW");
        driver.findElement(By.id("inquiry-subject")).sendKeys(subject);
        driver.findElement(By.id("inquiry-save")).click();
        assertThat(text(By.id("flash"))).contains("首问已登记");
        assertThat(text(By.id("inquiry-state"))).isEqualTo("已登记");
        assertThat(text(By.id("inquiry-phone"))).isEqualTo("137****5678");
        String url = driver.getCurrentUrl();
        long id = Long.parseLong(url.substring(url.lastIndexOf('/') + 1));

        // handed on to the desk that can answer it: it waits there for confirmation, still his
        new Select(waitFor(By.id("handover-desk"))).selectByValue(String.valueOf(desk("SWJ-CB")));
        driver.findElement(By.id("handover-note")).sendKeys("请承办岗答复材料要求");
        driver.findElement(By.id("handover-save")).click();
        assertThat(text(By.id("flash"))).contains("已转交");
        assertThat(text(By.id("inquiry-state"))).isEqualTo("已转交，待确认");
        String owner = directory.postOf("clerk1").orElseThrow().staffName();
        assertThat(text(By.id("inquiry-owner"))).startsWith("首问责任人 " + owner).contains("确认接收");

        // a day later, unanswered: listed as unresolved on his own list
        clock.advance(Duration.ofHours(25));
        driver.get(base + "/console/inquiries");
        assertThat(text(By.id("inquiries-unresolved"))).contains("超时未办结");
        assertThat(waitFor(By.id("inquiry-" + id + "-unresolved")).isDisplayed()).isTrue();

        // the desk confirms it from its list and answers it
        signInAs(base, "handler1");
        driver.get(base + "/console/inquiries/desk");
        waitFor(By.id("inquiry-" + id + "-open")).click();
        waitFor(By.id("confirm-save")).click();
        assertThat(text(By.id("flash"))).contains("已确认接收");
        waitFor(By.id("answer-text")).sendKeys("需提交变更申请书、章程修正案和营业执照副本。");
        driver.findElement(By.id("answer-save")).click();
        assertThat(text(By.id("inquiry-state"))).isEqualTo("已答复");
        assertThat(text(By.id("inquiry-answer"))).contains("章程修正案");

        // the supervisor's list of unresolved inquiries (filtered in place by htmx) no longer shows it
        signInAs(base, "supervisor1");
        driver.get(base + "/console/inquiries/department");
        waitFor(By.id("inquiry-" + id));
        driver.findElement(By.id("department-unresolved")).click();
        new WebDriverWait(driver, Duration.ofSeconds(15))
                .until(ExpectedConditions.invisibilityOfElementLocated(By.id("inquiry-" + id)));
        assertThat(driver.findElements(By.id("inquiry-" + id))).isEmpty();
    }

    private long desk(String code) {
        return directory.activePositions().stream().filter(p -> p.code().equals(code)).findFirst()
                .map(PositionRef::id).orElseThrow();
    }
}
