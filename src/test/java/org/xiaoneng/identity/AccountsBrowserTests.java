package org.xiaoneng.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.xiaoneng.identity.IdentityTestSupport.DEMO_PASSWORD;
import static org.xiaoneng.identity.IdentityTestSupport.TEST_PASSWORD;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Value;
import org.xiaoneng.BrowserSupport;
import org.xiaoneng.IntegrationTest;

/** The system admin creates an account and grants it roles in a real browser; the refusal appears in place. */
@IntegrationTest
class AccountsBrowserTests {

    @Value("${local.server.port}")
    int port;

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
        return new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    @Test
    void adminCreatesAnAccountAndSeesTheSeparationOfDutiesRefusalInPlace() {
        String base = "http://localhost:" + port;
        BrowserSupport.signIn(driver, base, "admin", DEMO_PASSWORD);
        driver.get(base + "/console?lang=zh_CN"); // headless Chromium asks for English whatever --lang says
        driver.findElement(By.cssSelector("#console-menu a[href='/console/identity/accounts']")).click();
        waitFor(By.id("accounts-table"));
        driver.findElement(By.id("account-search-q")).sendKeys("approver");
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(ExpectedConditions.invisibilityOfElementLocated(By.id("account-row-clerk1")));
        assertThat(driver.findElements(By.id("account-row-approver1"))).hasSize(1);

        driver.findElement(By.id("account-new")).click();
        driver.findElement(By.id("account-username")).sendKeys("browser1");
        driver.findElement(By.id("account-display-name")).sendKeys("浏览器测试");
        new Select(driver.findElement(By.id("account-department"))).selectByVisibleText("\u3000市商务局");
        driver.findElement(By.id("account-password")).sendKeys("short");
        driver.findElement(By.id("account-save")).click();
        assertThat(waitFor(By.id("account-form-error")).getText()).contains("至少需要 8 个字符");
        driver.findElement(By.id("account-password")).sendKeys(TEST_PASSWORD);
        driver.findElement(By.id("account-save")).click();
        assertThat(waitFor(By.id("account-heading")).getText()).contains("browser1", "浏览器测试");

        new Select(driver.findElement(By.id("grant-role"))).selectByValue("SUPERVISOR");
        driver.findElement(By.id("grant-submit")).click();
        assertThat(waitFor(By.id("grant-message")).getText()).isNotBlank();
        assertThat(driver.findElement(By.id("grants-table")).getText()).contains("效能监察员", "全市");

        WebElement heading = driver.findElement(By.id("account-heading"));
        new Select(driver.findElement(By.id("grant-role"))).selectByValue("APPROVER");
        new Select(driver.findElement(By.id("grant-department"))).selectByVisibleText("\u3000市商务局");
        driver.findElement(By.id("grant-submit")).click();
        assertThat(waitFor(By.id("grant-error")).getText()).contains("审批与监督必须分离");
        assertThat(heading.isDisplayed()).as("swapped by htmx, not a new page").isTrue();
        assertThat(driver.findElement(By.id("grants-table")).getText()).doesNotContain("审批人");
    }
}
