package org.w3id.r2p.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.w3id.r2p.publish.SparqlServer;
import org.w3id.r2p.support.TestGraphs;

/**
 * The site as a person uses it, in headless Chromium (Debian's chromium and chromium-driver, which .ci/run
 * installs): landing page → an example → the query UI shows result rows; a State's page; the SVG charts of the
 * landing page and a State's page are drawn; a search from the search box in the header; an index page paged
 * through; every kind of page at a phone's 390 px without horizontal overflow. Screenshots are kept
 * in target/browser/. Skipped where /usr/bin/chromedriver is missing.
 */
class BrowserTest {
    private static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path BROWSER = Path.of("/usr/bin/chromium");
    private static final Path SCREENSHOTS = Path.of("target/browser");

    private static SparqlServer server;
    private static WebDriver browser;

    private static boolean installed() {
        return Files.isExecutable(DRIVER) && Files.isExecutable(BROWSER);
    }

    @BeforeAll
    static void start() throws Exception {
        if (!installed()) {
            return; // each test then reports itself skipped, rather than the class running no test at all
        }
        server = SparqlServer.builder(TestGraphs.seeds()).port(0).build().start();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BROWSER.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                "--window-size=1280,1200", "--user-data-dir=" + Files.createTempDirectory("chromium").toAbsolutePath());
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).build();
        browser = new ChromeDriver(service, options);
        Files.createDirectories(SCREENSHOTS);
    }

    @BeforeEach
    void needsChromium() {
        assumeTrue(installed(), "Chromium and chromedriver are not installed");
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.stop();
        }
    }

    @Test
    void fromTheLandingPageAnExampleRunsInTheQueryUi() throws Exception {
        browser.get(server.url() + "/");
        WebElement example = browser.findElement(By.partialLinkText("national mechanisms"));
        example.click();
        List<WebElement> rows = new WebDriverWait(browser, Duration.ofSeconds(30)).until(driver -> {
            List<WebElement> found = driver.findElements(By.cssSelector(".yasr table tbody tr"));
            return found.isEmpty() ? null : found;
        });
        screenshot("query-ui.png");
        assertEquals(3, rows.size(), "the national mechanisms of the seeds");
        assertFalse(browser.findElement(By.cssSelector(".yasr")).getText().contains("Error"));
    }

    @Test
    void aStatesPageShowsItsLabelAndWikidataLink() throws Exception {
        browser.get(server.url() + "/id/state/CIV");
        assertEquals("Côte d'Ivoire", browser.findElement(By.tagName("h1")).getText());
        browser.findElement(By.cssSelector("a[href='http://www.wikidata.org/entity/Q1008']"));
        screenshot("state-page.png");
    }

    @Test
    void theLandingPageAndAStatesPageDrawTheirCharts() throws Exception {
        for (String path : List.of("/", "/id/state/CZE")) {
            browser.get(server.url() + path);
            List<WebElement> charts = browser.findElements(By.cssSelector("figure.chart svg"));
            assertEquals(2, charts.size(), path);
            for (WebElement chart : charts) {
                assertTrue(chart.getSize().getWidth() > 100 && chart.getSize().getHeight() > 20, path + ": a drawn chart");
                List<WebElement> bars = chart.findElements(By.tagName("rect"));
                assertFalse(bars.isEmpty(), path);
                assertTrue(bars.get(0).getSize().getWidth() > 0 && bars.get(0).getSize().getHeight() > 0, path + ": a visible bar");
            }
            ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView()", charts.get(0));
            screenshot(path.equals("/") ? "landing-charts.png" : "state-charts.png");
        }
    }

    @Test
    void theSearchBoxFindsStatementsWithTheWordHighlighted() throws Exception {
        browser.get(server.url() + "/id/state/CIV");
        WebElement box = browser.findElement(By.cssSelector("header form.search-box input[name=q]"));
        box.sendKeys("genocide");
        box.submit();
        List<WebElement> hits = new WebDriverWait(browser, Duration.ofSeconds(30)).until(driver -> {
            List<WebElement> found = driver.findElements(By.cssSelector("ol.hits li.hit"));
            return found.isEmpty() ? null : found;
        });
        screenshot("search.png");
        assertTrue(browser.getCurrentUrl().contains("/search?q=genocide"), browser.getCurrentUrl());
        assertEquals("genocide", hits.get(0).findElement(By.cssSelector("p.passage mark")).getText().toLowerCase(Locale.ROOT));
        hits.get(0).findElement(By.cssSelector("a.hit-link")).click();
        assertTrue(browser.getCurrentUrl().startsWith(server.url() + "/id/"), browser.getCurrentUrl());
    }

    @Test
    void aResultLinkUnderTheBaseOpensOnThisServer() throws Exception {
        String query = "SELECT ?state WHERE { ?state <http://www.w3.org/2002/07/owl#sameAs> <http://www.wikidata.org/entity/Q1008> }";
        browser.get(server.url() + "/query?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
        WebElement link = new WebDriverWait(browser, Duration.ofSeconds(30)).until(driver -> {
            List<WebElement> found = driver.findElements(By.cssSelector(".yasr table tbody a"));
            return found.isEmpty() ? null : found.get(0);
        });
        link.click();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(driver -> driver.getCurrentUrl().equals(server.url() + "/id/state/CIV"));
        assertEquals("Côte d'Ivoire", browser.findElement(By.tagName("h1")).getText());
    }

    @Test
    void anIndexPageIsPagedThroughFromTheNavigationBar() throws Exception {
        browser.get(server.url() + "/");
        browser.findElement(By.cssSelector("header nav")).findElement(By.linkText("Browse")).click();
        browser.findElement(By.linkText("Statements")).click();
        assertEquals("Statements", browser.findElement(By.tagName("h1")).getText());
        assertEquals(100, browser.findElements(By.cssSelector("table.index tbody tr:not(.group)")).size());
        browser.findElement(By.cssSelector("a[rel=next]")).click();
        assertTrue(browser.findElement(By.cssSelector("p.totals")).getText().startsWith("Rows 101–135 of 135"));
        assertEquals(35, browser.findElements(By.cssSelector("table.index tbody tr:not(.group)")).size());
        screenshot("index-page-2.png");
        browser.findElement(By.cssSelector("a[rel=prev]")).click();
        assertTrue(browser.findElement(By.cssSelector("p.totals")).getText().startsWith("Rows 1–100 of 135"));
    }

    @Test
    void onAPhoneNoPageIsWiderThanTheScreen() throws Exception {
        Dimension desktop = browser.manage().window().getSize();
        try {
            browser.manage().window().setSize(new Dimension(390, 844));
            for (String path : List.of("/", "/list/statements", "/list/states", "/id/state/CIV",
                    "/id/document/001_57eef71f67d5f51a", "/query", "/ontology")) {
                browser.get(server.url() + path);
                long viewport = (Long) ((JavascriptExecutor) browser).executeScript("return document.documentElement.clientWidth;");
                long width = (Long) ((JavascriptExecutor) browser).executeScript("return document.documentElement.scrollWidth;");
                assertTrue(width <= viewport && viewport <= 390, path + " is " + width + " px wide on a " + viewport + " px screen");
            }
            browser.get(server.url() + "/list/statements");
            screenshot("phone-index.png");
        } finally {
            browser.manage().window().setSize(desktop);
        }
    }

    private static void screenshot(String name) throws Exception {
        File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), SCREENSHOTS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }
}
