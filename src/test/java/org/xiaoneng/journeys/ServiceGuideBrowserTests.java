package org.xiaoneng.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.xiaoneng.BrowserSupport;
import org.xiaoneng.IntegrationTest;

/**
 * A citizen's journey on the public portal, without signing in: searches the catalog in Chinese from the home page and
 * then live (htmx) on the catalog page, opens the guide of the three-department joint item, sees its flow diagram with
 * the three parallel reviews side by side, and downloads the guide as a PDF that keeps its Chinese text.
 */
@IntegrationTest
class ServiceGuideBrowserTests {

    @LocalServerPort
    int port;

    WebDriver driver;
    WebDriverWait wait;
    String base;

    @BeforeEach
    void startBrowser() {
        driver = BrowserSupport.startChromium();
        wait = new WebDriverWait(driver, Duration.ofSeconds(15));
        wait.ignoring(StaleElementReferenceException.class); // htmx swaps the results under our feet
        base = "http://localhost:" + port;
    }

    @AfterEach
    void stopBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    @Test
    void searchesInChineseOpensAGuideSeesTheFlowDiagramAndDownloadsThePdf() throws Exception {
        // from the home page's search box (a plain form)
        driver.get(base + "/");
        driver.findElement(By.id("home-search-text")).sendKeys("外商");
        driver.findElement(By.id("home-search-submit")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("catalog-item-SWJ-XK-001")));
        assertThat(codes()).contains("SWJ-XK-001", "SWJ-XK-002").doesNotContain("JSJ-LH-001");

        // typing on the catalog page swaps the results in place and keeps the address in step
        WebElement text = driver.findElement(By.id("catalog-text"));
        text.clear();
        text.sendKeys("联合审");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("catalog-count"), "联合审"));
        wait.until(d -> codes().contains("JSJ-LH-001") && !codes().contains("SWJ-XK-001"));
        assertThat(driver.getCurrentUrl()).contains("/portal/catalog").contains("text=");
        assertThat(driver.findElement(By.id("catalog-item-JSJ-LH-001")).getText())
                .contains("市建设局", "市国土资源局", "市环保局", "20 个工作日", "45 个工作日", "免费");

        // the guide of the joint item
        driver.findElement(By.id("catalog-link-JSJ-LH-001")).click();
        WebElement title = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("guide-title")));
        assertThat(title.getText()).isEqualTo("建设项目开工联合审查");
        assertThat(driver.findElement(By.id("guide-faster")).getText()).contains("比法定时限快 56%");
        assertThat(driver.findElement(By.id("guide-materials")).getText()).contains("建设项目开工联合审查申请表");

        // the flow diagram: an SVG with a box per task, the three joint reviews on one row, left to right
        WebElement svg = driver.findElement(By.cssSelector("#guide-flow svg"));
        assertThat(svg.isDisplayed()).isTrue();
        assertThat(svg.findElements(By.cssSelector("rect.flow-box"))).hasSize(6);
        List<WebElement> parallel = svg.findElements(By.cssSelector("g.flow-stage[data-tasks='3'] rect.flow-box"));
        assertThat(parallel).hasSize(3);
        assertThat(parallel).extracting(box -> box.getRect().getY()).containsOnly(parallel.get(0).getRect().getY());
        assertThat(parallel.get(0).getRect().getX()).isLessThan(parallel.get(1).getRect().getX());
        assertThat(parallel.get(1).getRect().getX()).isLessThan(parallel.get(2).getRect().getX());
        assertThat(svg.findElements(By.cssSelector("g.flow-stage[data-tasks='3'] text.flow-department")))
                .extracting(WebElement::getText).containsExactly("市建设局", "市国土资源局", "市环保局");

        // the PDF behind the download link
        String pdfUrl = driver.findElement(By.id("guide-pdf")).getDomProperty("href");
        assertThat(pdfUrl).endsWith("/portal/items/JSJ-LH-001.pdf");
        HttpResponse<byte[]> pdf = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(pdfUrl))
                .header("Accept-Language", "zh-CN").build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).contains("application/pdf");
        assertThat(new String(pdf.body(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            assertThat(new PDFTextStripper().getText(document)).contains("建设项目开工联合审查", "办事流程导引图",
                    "市国土资源局");
        }
    }

    private List<String> codes() {
        return driver.findElements(By.cssSelector("[id^='catalog-item-']")).stream()
                .map(e -> e.getDomAttribute("id").substring("catalog-item-".length())).toList();
    }
}
