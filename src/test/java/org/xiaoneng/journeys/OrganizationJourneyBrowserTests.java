package org.xiaoneng.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

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
import org.springframework.boot.test.web.server.LocalServerPort;
import org.xiaoneng.BrowserSupport;
import org.xiaoneng.IntegrationTest;

/**
 * The journeys of the foundation in a real browser: a department admin names a deputy (AB角), marks the holder away,
 * sees the deputy resolved and his actions in the audit trail; a window clerk cannot open another department's data.
 */
@IntegrationTest
class OrganizationJourneyBrowserTests {

    static final String PASSWORD = "Demo@2026";

    @LocalServerPort
    int port;

    WebDriver driver;
    WebDriverWait wait;
    String base;

    @BeforeEach
    void startBrowser() {
        driver = BrowserSupport.startChromium();
        wait = new WebDriverWait(driver, Duration.ofSeconds(15));
        wait.ignoring(StaleElementReferenceException.class); // htmx swaps fragments under our feet
        base = "http://localhost:" + port;
    }

    @AfterEach
    void stopBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    @Test
    void departmentAdminNamesADeputyMarksTheHolderAwayAndSeesItAudited() {
        int n = ThreadLocalRandom.current().nextInt(1000, 9999);
        String holderName = "测试员" + n;
        BrowserSupport.signIn(driver, base, "deptadmin1", PASSWORD);

        // a new colleague in 市商务局, who will hold the new position
        driver.get(base + "/console/organization/staff/new");
        choose(By.id("staff-department"), "市商务局");
        driver.findElement(By.id("staff-name")).sendKeys(holderName);
        driver.findElement(By.id("staff-number")).sendKeys("T" + n);
        driver.findElement(By.id("staff-mobile")).sendKeys("1390571" + n);
        driver.findElement(By.id("staff-submit")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("staff-title")));
        String staffUrl = driver.getCurrentUrl();

        // the position, with 承办岗B (王芳) as its deputy and the new colleague as its holder
        driver.get(base + "/console/organization/positions/new");
        assertThat(new Select(driver.findElement(By.id("position-department"))).getFirstSelectedOption().getText())
                .as("a new position starts in his own department").contains("市商务局");
        driver.findElement(By.id("position-code")).sendKeys("SWJ-T" + n);
        driver.findElement(By.id("position-name")).sendKeys("外资审核岗" + n);
        driver.findElement(By.id("position-responsibilities")).sendKeys("审核外商投资企业变更备案材料。");
        choose(By.id("position-deputy"), "承办岗B");
        choose(By.id("position-holder"), holderName);
        driver.findElement(By.id("position-submit")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("position-deputy-name"), "承办岗B"));
        String positionUrl = driver.getCurrentUrl();

        // before: the holder is there
        driver.findElement(By.id("acting-submit")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("acting-result"), holderName + "（在岗）"));

        // the holder is away today
        driver.get(staffUrl);
        driver.findElement(By.id("absence-reason")).sendKeys("外出参加培训");
        driver.findElement(By.id("absence-submit")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("absence-list"), "外出参加培训"));

        // now the deputy acts for him
        driver.get(positionUrl);
        driver.findElement(By.id("acting-submit")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("acting-result"),
                "王芳 代岗（代 " + holderName + "）"));
        assertThat(driver.findElement(By.id("acting-result")).getDomAttribute("data-account")).isEqualTo("handler2");

        // and every step is in the audit trail, attributed to him
        wait.until(d -> {
            d.get(base + "/console/audit?account=deptadmin1&action=organization.");
            return actions(d).containsAll(List.of("organization.staff.created", "organization.position.created",
                    "organization.absence.created"));
        });
        assertThat(driver.findElement(By.id("audit-results")).getText()).contains("外资审核岗" + n)
                .as("labels and department names a reader understands").contains("新建职位", "登记外出", "市商务局");
    }

    @Test
    void windowClerkCannotOpenAnotherDepartmentsData() {
        BrowserSupport.signIn(driver, base, "clerk1", PASSWORD);

        // his own department's positions are listed, 市商务局's are not
        driver.get(base + "/console/organization/positions");
        String list = driver.findElement(By.id("position-list")).getText();
        assertThat(list).contains("综合受理窗口岗").doesNotContain("承办岗B");

        // opening a 市商务局 position by its address is refused
        Long foreignPosition = idOfPosition("SWJ-CB");
        driver.get(base + "/console/organization/positions/" + foreignPosition);
        WebElement error = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("error-message")));
        assertThat(error.getText()).contains("无权");
        assertThat(driver.getPageSource()).doesNotContain("承办外商投资企业设立");

        // and so is reading it through the API with his session
        driver.get(base + "/api/v1/organization/positions/" + foreignPosition);
        assertThat(driver.getPageSource()).contains("403").doesNotContain("SWJ-CB");
    }

    private Long idOfPosition(String code) {
        WebDriver admin = BrowserSupport.startChromium();
        try {
            BrowserSupport.signIn(admin, base, "supervisor1", PASSWORD);
            admin.get(base + "/console/organization/positions?q=" + code);
            String href = admin.findElement(By.id("position-link-" + code)).getDomAttribute("href");
            return Long.valueOf(href.substring(href.lastIndexOf('/') + 1));
        } finally {
            admin.quit();
        }
    }

    private void choose(By select, String text) {
        WebElement element = wait.until(ExpectedConditions.presenceOfElementLocated(select));
        WebElement option = wait.until(d -> optionContaining(d.findElement(select), text));
        new Select(element).selectByValue(option.getDomAttribute("value"));
    }

    private static WebElement optionContaining(WebElement select, String text) {
        return select.findElements(By.tagName("option")).stream()
                .filter(o -> o.getText().strip().equals(text) || o.getText().contains(" · " + text + " ·")
                        || o.getText().startsWith(text + " ·") || o.getText().endsWith(" · " + text))
                .findFirst().orElse(null);
    }

    private static List<String> actions(WebDriver driver) {
        return driver.findElements(By.cssSelector("[id^='audit-entry-'][id$='-action']")).stream()
                .map(WebElement::getText).toList();
    }
}
