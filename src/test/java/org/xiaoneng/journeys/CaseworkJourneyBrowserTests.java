package org.xiaoneng.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.xiaoneng.BrowserSupport;
import org.xiaoneng.IntegrationTest;
import org.xiaoneng.calendar.StatutoryCalendar;
import org.xiaoneng.organization.OrganizationDirectory;
import org.xiaoneng.organization.StaffPost;

/**
 * The whole casework journey in real browsers, one for the applicant and one for the staff who take turns at it: an
 * applicant registers in the portal and applies online for 外商投资企业设立审批 without the name pre-approval notice;
 * the window clerk issues the one-time correction notice (一次性告知) on the case page; the applicant resubmits; the
 * clerk accepts; the handler starts processing; the three review tasks are claimed and completed from the inboxes
 * of their positions; the approver is away, so his deputy decides for him; the licence is issued, delivered at the
 * window and the case closed; the applicant sees the decision and rates the service.
 */
@IntegrationTest
class CaseworkJourneyBrowserTests {

    static final String STAFF_PASSWORD = "Demo@2026";
    static final String APPLICANT_PASSWORD = "Journey2026";
    static final String ITEM = "SWJ-XK-001";
    static final String MISSING = "企业名称预先核准通知书";
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    OrganizationDirectory directory;

    @Autowired
    StatutoryCalendar calendar;

    WebDriver applicant;
    WebDriver staff;
    String base;

    @BeforeEach
    void startBrowsers() {
        applicant = BrowserSupport.startChromium();
        staff = BrowserSupport.startChromium();
        base = "http://localhost:" + port;
    }

    @AfterEach
    void stopBrowsers() {
        for (WebDriver driver : new WebDriver[] {applicant, staff}) {
            if (driver != null) {
                driver.quit();
            }
        }
    }

    @Test
    void anOnlineApplicationIsCorrectedAcceptedProcessedDecidedByADeputyDeliveredAndRated() throws Exception {
        // the applicant: an account by phone number, then the application without one required material
        String phone = "1391" + ThreadLocalRandom.current().nextInt(1000000, 9999999);
        applicant.get(base + "/portal/account/register");
        applicant.findElement(By.id("register-phone")).sendKeys(phone);
        applicant.findElement(By.id("register-name")).sendKeys("赵旅程");
        applicant.findElement(By.id("register-password")).sendKeys(APPLICANT_PASSWORD);
        applicant.findElement(By.id("register-confirmation")).sendKeys(APPLICANT_PASSWORD);
        applicant.findElement(By.id("register-submit")).click();
        waitFor(applicant).until(ExpectedConditions.presenceOfElementLocated(By.id("login-phone")));
        applicant.findElement(By.id("login-phone")).sendKeys(phone);
        applicant.findElement(By.id("login-password")).sendKeys(APPLICANT_PASSWORD);
        applicant.findElement(By.id("login-submit")).click();
        waitFor(applicant).until(ExpectedConditions.urlContains("/portal/my/cases"));

        applicant.get(base + "/portal/apply?item=" + ITEM);
        applicant.findElement(By.id("apply-id-number")).sendKeys("110101199001011237");
        for (WebElement material : applicant.findElements(By.cssSelector("#apply-form input[name=materials]"))) {
            if (!material.getAttribute("value").equals(MISSING) && !material.isSelected()) {
                material.click();
            }
        }
        applicant.findElement(By.id("apply-submit")).click();
        waitFor(applicant).until(ExpectedConditions.presenceOfElementLocated(By.id("case-query-code")));
        Matcher found = Pattern.compile("/portal/my/cases/(\\d+)").matcher(applicant.getCurrentUrl());
        assertThat(found.find()).isTrue();
        long caseId = Long.parseLong(found.group(1));
        String portalCase = applicant.getCurrentUrl();
        assertThat(text(applicant, "case-state")).contains("已收件");

        // the window clerk lists exactly the missing material in the one-time correction notice
        signInStaff("clerk1");
        openCase(caseId);
        assertThat(text(staff, "case-state")).contains("已收件");
        WebElement correction = staff.findElement(By.id("case-correction"));
        assertThat(correction.getText()).contains(MISSING);
        submit("case-correction");
        waitFor(staff).until(ExpectedConditions.textToBePresentInElementLocated(By.id("case-state"), "待补正"));
        // one notice only: the form is gone once it was issued
        assertThat(staff.findElements(By.id("case-correction"))).isEmpty();

        // the applicant reads the notice in the portal and resubmits the missing material
        applicant.get(portalCase);
        assertThat(text(applicant, "case-notice")).contains(MISSING);
        applicant.findElement(By.id("resubmit-0")).click();
        applicant.findElement(By.cssSelector("#case-resubmit button[type=submit]")).click();
        waitFor(applicant).until(ExpectedConditions.textToBePresentInElementLocated(By.id("case-state"), "已收件"));

        // the clerk accepts; the receipt is issued with the case's due date
        openCase(caseId);
        submit("case-accept");
        waitFor(staff).until(ExpectedConditions.textToBePresentInElementLocated(By.id("case-state"), "已受理"));
        assertThat(staff.findElement(By.id("case-notices")).getText()).contains("受理通知书");

        // the handler starts processing; the three reviews are claimed and completed from the inboxes
        signInStaff("handler1");
        openCase(caseId);
        submit("case-start");
        waitFor(staff).until(ExpectedConditions.textToBePresentInElementLocated(By.id("case-state"), "办理中"));
        signInStaff("clerk1");
        completeTask(caseId, 1, "材料齐全，转承办");
        signInStaff("handler1");
        completeTask(caseId, 2, "符合准入要求，建议准予");
        signInStaff("reviewer1");
        completeTask(caseId, 3, "审核同意");

        // the approver is away today; his deputy decides for him and the case says so
        StaffPost approver = directory.postOf("approver1").orElseThrow();
        String absence = absence(approver.staffId());
        try {
            signInStaff("approver2");
            openCase(caseId);
            new Select(staff.findElement(By.id("case-decide-position")))
                    .selectByValue(String.valueOf(approver.positionId()));
            new Select(staff.findElement(By.id("case-decide-outcome"))).selectByValue("APPROVED");
            staff.findElement(By.id("case-decide-reasons")).sendKeys("符合外商投资准入要求，材料齐全");
            staff.findElement(By.id("case-decide-basis")).sendKeys("《中华人民共和国外商投资法》第四条");
            submit("case-decide");
            waitFor(staff).until(ExpectedConditions.textToBePresentInElementLocated(By.id("case-state"), "已决定"));
            assertThat(text(staff, "case-timeline")).contains("approver2", approver.positionName());
        } finally {
            endAbsence(approver.staffId(), absence);
        }

        // the licence, its delivery at the window and the closing
        signInStaff("handler1");
        openCase(caseId);
        submit("case-certificate");
        waitFor(staff).until(ExpectedConditions.textToBePresentInElementLocated(By.id("case-timeline"), "handler1"));
        signInStaff("clerk1");
        openCase(caseId);
        new Select(staff.findElement(By.id("case-deliver-method"))).selectByValue("WINDOW");
        submit("case-deliver");
        waitFor(staff).until(ExpectedConditions.textToBePresentInElementLocated(By.id("case-state"), "已送达"));
        submit("case-close");
        waitFor(staff).until(ExpectedConditions.textToBePresentInElementLocated(By.id("case-state"), "已办结"));

        // the applicant sees the decision and rates the service
        applicant.get(portalCase);
        assertThat(text(applicant, "case-state")).contains("已办结", "准予许可");
        assertThat(text(applicant, "case-timeline")).contains("一次性告知补正", "补正材料", "受理", "作出决定", "办结");
        applicant.findElement(By.id("rate-VERY_SATISFIED")).click();
        applicant.findElement(By.id("rate-comment")).sendKeys("一次告知，少跑一趟");
        applicant.findElement(By.id("rate-submit")).click();
        waitFor(applicant).until(ExpectedConditions.presenceOfElementLocated(By.id("case-rating")));
        assertThat(text(applicant, "case-rating")).contains("非常满意", "一次告知，少跑一趟");
        assertThat(applicant.findElements(By.id("case-rate"))).isEmpty();
    }

    private void signInStaff(String account) {
        if (!staff.findElements(By.id("logout")).isEmpty()) {
            staff.findElement(By.id("logout")).click();
            waitFor(staff).until(ExpectedConditions.urlContains("/login"));
        }
        BrowserSupport.signIn(staff, base, account, STAFF_PASSWORD);
    }

    private void openCase(long caseId) {
        staff.get(base + "/console/cases/" + caseId);
        waitFor(staff).until(ExpectedConditions.presenceOfElementLocated(By.id("case-number")));
    }

    private void submit(String form) {
        WebElement button = staff.findElement(By.id(form + "-submit"));
        button.click();
        // a step answers with a new page (redirect, or the page again with the refusal): wait for it, not the old one
        waitFor(staff).until(ExpectedConditions.stalenessOf(button));
        waitFor(staff).until(d -> !d.findElements(By.id("flash")).isEmpty()
                || !d.findElements(By.id("form-error")).isEmpty());
        assertThat(staff.findElements(By.id("form-error"))).as("refused: %s", errorText()).isEmpty();
    }

    private String errorText() {
        List<WebElement> errors = staff.findElements(By.id("form-error"));
        return errors.isEmpty() ? "" : errors.get(0).getText();
    }

    private void completeTask(long caseId, int taskNo, String opinion) {
        staff.get(base + "/console/inbox");
        WebElement link = waitFor(staff).until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("a[href$='/console/inbox/" + caseId + "/tasks/" + taskNo + "']")));
        link.click();
        WebElement claim = waitFor(staff).until(ExpectedConditions.presenceOfElementLocated(By.id("task-claim")));
        claim.click();
        // the claim reloads the page: look for the completion form only on the new one
        waitFor(staff).until(ExpectedConditions.stalenessOf(claim));
        waitFor(staff).until(ExpectedConditions.presenceOfElementLocated(By.id("flash")));
        new Select(staff.findElement(By.id("task-outcome"))).selectByValue("PASS");
        staff.findElement(By.id("task-opinion")).sendKeys(opinion);
        staff.findElement(By.id("task-complete")).click();
        waitFor(staff).until(ExpectedConditions.urlMatches(".*/console/inbox$"));
    }

    /** The department admin marks the approver away today, through the API (the browser journey of that is elsewhere). */
    private String absence(long staffId) throws Exception {
        String today = calendar.today().toString();
        HttpResponse<String> response = api("POST", "/api/v1/organization/staff/" + staffId + "/absences",
                "{\"from\": \"%s\", \"to\": \"%s\", \"reason\": \"出差\"}".formatted(today, today));
        assertThat(response.statusCode()).isBetween(200, 299);
        Matcher id = Pattern.compile("\"id\"\\s*:\\s*(\\d+)").matcher(response.body());
        assertThat(id.find()).isTrue();
        return id.group(1);
    }

    private void endAbsence(long staffId, String absence) throws Exception {
        assertThat(api("DELETE", "/api/v1/organization/staff/" + staffId + "/absences/" + absence, null)
                .statusCode()).isBetween(200, 299);
    }

    private HttpResponse<String> api(String method, String path, String json) throws Exception {
        String basic = Base64.getEncoder().encodeToString(("deptadmin1:" + STAFF_PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Authorization", "Basic " + basic).header("Accept", "application/json");
        if (json != null) {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String text(WebDriver driver, String id) {
        return driver.findElement(By.id(id)).getText();
    }

    private static WebDriverWait waitFor(WebDriver driver) {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(15));
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }
}
