package org.xiaoneng.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.xiaoneng.BrowserSupport;
import org.xiaoneng.IntegrationTest;

/**
 * In a real browser, under the strict content security policy: the dashboard draws its weekly trend with ECharts
 * (the table folds away for sighted readers) and a count drills down to its deadlines.
 */
@IntegrationTest
class DashboardBrowserTests {

    @LocalServerPort int port;

    WebDriver driver;

    @AfterEach
    void quit() {
        if (driver != null) {
            driver.quit();
        }
    }

    @Test
    void theTrendIsDrawnAsAChartAndACountDrillsDown() throws Exception {
        driver = BrowserSupport.startChromium();
        String base = "http://localhost:" + port;
        BrowserSupport.signIn(driver, base, "supervisor1", "Demo@2026");
        driver.get(base + "/console/supervision");
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(d ->
                !d.findElements(By.cssSelector("#supervision-trend-chart canvas")).isEmpty());
        assertThat(driver.findElement(By.id("supervision-trend-chart")).isDisplayed()).isTrue();
        assertThat(driver.findElement(By.id("supervision-trend-table")).getAttribute("class"))
                .contains("visually-hidden");
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(1400, 2200));
        screenshot("supervision-dashboard.png");

        driver.findElement(By.cssSelector("#supervision-live a.card")).click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d ->
                !d.findElements(By.id("supervision-list-page")).isEmpty());
        driver.get(base + "/console/supervision/deadlines?light=RED");
        driver.findElement(By.cssSelector("#supervision-list a[id$='-detail']")).click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d ->
                !d.findElements(By.id("supervision-deadline-page")).isEmpty());
        assertThat(driver.findElements(By.id("supervision-timeline"))).hasSize(1);
        screenshot("supervision-deadline.png");
    }

    private void screenshot(String name) throws Exception {
        Path shot = Path.of("target", name);
        Files.createDirectories(shot.getParent());
        Files.write(shot, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    }
}
