package org.xiaoneng;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium for browser tests. Where Chromium is not installed the tests are skipped on a developer's
 * machine, but fail under CI ({@code CI=true}), whose {@code .ci/run} installs it.
 */
public final class BrowserSupport {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private BrowserSupport() {
    }

    public static WebDriver startChromium() {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!installed && !"true".equals(System.getenv("CI"))) {
            Assumptions.abort("Chromium is not installed (apt-get install chromium chromium-driver)");
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1400,1000", "--lang=zh-CN", "--accept-lang=zh-CN");
        // headless Chromium ignores --lang for Accept-Language; the preference is what it sends
        options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", "zh-CN,zh"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .build();
        WebDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(2));
        return driver;
    }

    /** Signs in through the login form and waits for the console. */
    public static void signIn(WebDriver driver, String baseUrl, String account, String password) {
        driver.get(baseUrl + "/login");
        driver.findElement(By.id("username")).sendKeys(account);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.id("login-submit")).click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(By.id("current-user")));
    }

    /** The element, once it is visible (waiting up to 15 s). */
    public static WebElement visible(WebDriver driver, By by) {
        return new WebDriverWait(driver, Duration.ofSeconds(15))
                .until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    /** Signs out whoever is signed in (if anyone is), then signs the account in: one browser, several staff. */
    public static void switchAccount(WebDriver driver, String baseUrl, String account, String password) {
        if (!driver.findElements(By.id("logout")).isEmpty()) {
            driver.findElement(By.id("logout")).click();
            visible(driver, By.id("username"));
        }
        signIn(driver, baseUrl, account, password);
    }
}
