package vn.dvc.e2e;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium from the Debian packages {@code chromium} and {@code chromium-driver}, driven by Selenium (never
 * downloaded: the driver is the installed one). {@link #missing()} says why the browser tests cannot run here.
 */
final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of(System.getProperty("dashboard.chromium", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getProperty("dashboard.chromedriver", "/usr/bin/chromedriver"));
    static final Path SCREENSHOTS = Path.of("target/screenshots");
    private static final String AXE = "META-INF/resources/webjars/axe-core/" + axeVersion() + "/axe.min.js";

    private final ChromeDriver driver;
    private final String base;
    final Path downloads;

    Browser(String base) {
        this.base = base;
        try {
            this.downloads = Files.createTempDirectory("dashboard-downloads");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1366,1000",
                "--lang=vi-VN", "--disable-extensions", "--no-first-run");
        // the page's console is read by the tests: no view may leave an error there
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
        driver = new ChromeDriver(service, options);
        driver.executeCdpCommand("Browser.setDownloadBehavior", Map.of("behavior", "allow", "downloadPath", downloads.toString()));
    }

    /** Why the browser tests cannot run on this machine, if they cannot. */
    static Optional<String> missing() {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            return Optional.of("Chromium or its driver is not installed (" + CHROMIUM + ", " + CHROMEDRIVER + "): "
                    + "apt-get install chromium chromium-driver — the dashboard's browser tests did NOT run");
        }
        return Optional.empty();
    }

    ChromeDriver driver() {
        return driver;
    }

    /** Opens a path of the dashboard and waits until its page says it is on screen. */
    void open(String pathAndQuery) {
        driver.get(base + pathAndQuery);
        awaitRendered(null);
    }

    /** Does something that changes the page (a click) and waits until the new page is on screen. */
    void andWait(Runnable action) {
        String before = rendered();
        action.run();
        awaitRendered(before);
    }

    private void awaitRendered(String before) {
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> {
            String now = rendered();
            return now != null && !now.equals(before) && script("return document.getElementById('main').getAttribute('aria-busy')") == null;
        });
    }

    private String rendered() {
        Object value = script("return document.body.dataset.rendered || null");
        return value == null ? null : value.toString();
    }

    void signIn(String key) {
        driver.manage().deleteAllCookies();
        driver.get(base + "/");
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> d.findElement(By.id("api-key")).isDisplayed());
        driver.findElement(By.id("api-key")).sendKeys(key);
        andWait(() -> driver.findElement(By.cssSelector("#sign-in-form button[type=submit]")).click());
    }

    /** The errors the page's console took since the last call (its log is drained by reading it). */
    List<String> consoleErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream().filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(entry -> entry.getMessage()).toList();
    }

    /** An element's text as a reader sees it (no-break spaces as spaces). */
    static String text(WebElement element) {
        return element.getText().replace('\u00a0', ' ');
    }

    WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    Object script(String script, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(script, arguments);
    }

    String url() {
        return driver.getCurrentUrl();
    }

    void screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Files.write(SCREENSHOTS.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** axe-core's WCAG 2.0/2.1 level A and AA rules on the page as it is: the violations, as "rule: element" lines. */
    @SuppressWarnings("unchecked")
    List<String> accessibilityViolations() {
        script(readResource(AXE));
        Object result = driver.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})"
                + ".then(r => done(r.violations.flatMap(v => v.nodes.map(n => v.id + ' (' + v.impact + '): ' + n.target.join(' ')))))"
                + ".catch(e => done(['axe failed: ' + e]));");
        return (List<String>) result;
    }

    private static String readResource(String name) {
        try (InputStream in = Browser.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is not on the test classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String axeVersion() {
        return System.getProperty("axe-core.version", "4.6.3");
    }

    /** The files downloaded so far, complete ones only. */
    List<File> downloaded() {
        File[] files = downloads.toFile().listFiles((dir, name) -> !name.endsWith(".crdownload"));
        return files == null ? List.of() : List.of(files);
    }

    @Override
    public void close() {
        driver.quit();
    }
}
