package org.concord.web;

import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * One real browser window on the desk: Debian's headless Chromium driven by its own chromedriver (never a downloaded
 * one), with the checks every page must pass (axe-core, no console errors, no sideways scroll at 400 px) and
 * screenshots under {@code target/screenshots}.
 *
 * <p>Starting Chromium and its driver costs one to three seconds, so a window closed by one test is kept for the next
 * ({@link #at}): closing clears every cookie and the desk's storage, leaves the page and empties the console log, so
 * the next user starts signed out on a blank page, as in a new browser. {@link #quitAll} ends the kept ones.
 */
final class Browser implements AutoCloseable {
    /** Windows closed and cleared, ready for the next test. */
    private static final java.util.Deque<Browser> IDLE = new java.util.ArrayDeque<>();
    static final Path CHROMIUM = Path.of("/usr/bin/chromium"), CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SHOTS = Path.of("target", "screenshots");
    final ChromeDriver driver;
    private final Path profile;
    private String base;

    /** A window on the desk at {@code port}: one a test closed before, cleared, or a new one. */
    static Browser at(int port) {
        Browser kept;
        synchronized (IDLE) {
            kept = IDLE.poll();
        }
        if (kept == null) return new Browser(port);
        kept.base = "http://127.0.0.1:" + port;
        return kept;
    }

    /** Ends every kept window and its Chromium. */
    static void quitAll() {
        while (true) {
            Browser kept;
            synchronized (IDLE) {
                kept = IDLE.poll();
            }
            if (kept == null) return;
            kept.quit();
        }
    }

    private Browser(int port) {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER))
            fail("the browser test needs Debian's Chromium at " + CHROMIUM + " and its driver at " + CHROMEDRIVER
                    + ": install them with 'apt-get install chromium chromium-driver' (.ci/run does this in CI)");
        base = "http://127.0.0.1:" + port;
        try {
            profile = Files.createTempDirectory("concord-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--user-data-dir=" + profile, "--window-size=1280,900");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
    }

    Browser open(String path) {
        driver.get(base + path);
        return this;
    }

    String url() { return driver.getCurrentUrl().substring(base.length()); }

    /** The text of the element {@code id}; read again if the live board replaced it meanwhile. */
    String text(String id) {
        for (int attempt = 0; ; attempt++) {
            try {
                return driver.findElement(By.id(id)).getText();
            } catch (org.openqa.selenium.StaleElementReferenceException e) {
                if (attempt == 5) throw e;
            }
        }
    }

    /** Clicks what {@code css} selects and waits until the browser has left the page (a form post or a link). */
    Browser submit(String css) {
        for (int attempt = 0; ; attempt++) {
            try {
                leave(driver.findElement(By.cssSelector(css)));
                return this;
            } catch (org.openqa.selenium.StaleElementReferenceException e) {
                // the live board replaced the form between finding and clicking it: find it again
                if (attempt == 5) throw e;
            }
        }
    }

    /** Follows the link with this text and waits until the browser has left the page. */
    Browser follow(String linkText) {
        leave(driver.findElement(By.linkText(linkText)));
        return this;
    }

    private void leave(org.openqa.selenium.WebElement target) {
        org.openqa.selenium.WebElement page = driver.findElement(By.tagName("html"));
        target.click();
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> left(page));
    }

    /**
     * Whether the page this element belonged to is gone. Chromium sometimes answers a probe that races the navigation
     * with "Node with given id does not belong to the document" instead of a stale-element error: that is gone too.
     */
    private static boolean left(org.openqa.selenium.WebElement page) {
        try {
            page.isEnabled();
            return false;
        } catch (org.openqa.selenium.StaleElementReferenceException e) {
            return true;
        } catch (org.openqa.selenium.WebDriverException e) {
            if (e.getMessage() != null && e.getMessage().contains("does not belong to the document")) return true;
            throw e;
        }
    }

    Browser signIn(String name, String password) {
        open("/login");
        driver.findElement(By.id("name")).sendKeys(name);
        driver.findElement(By.id("password")).sendKeys(password);
        submit("#login-form button[type=submit]");
        await("the signed-in user " + name, d -> !d.findElements(By.id("who-name")).isEmpty());
        assertThat(text("who-name")).isEqualTo(name);
        return this;
    }

    /** Waits for a condition the page reaches by itself (the live board), up to 20 s; a timeout fails with the page's text. */
    void await(String what, Function<ChromeDriver, Boolean> condition) {
        try {
            new WebDriverWait(driver, Duration.ofSeconds(20)).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                    .until(d -> condition.apply(driver));
        } catch (org.openqa.selenium.TimeoutException e) {
            fail("the page never showed " + what + ": " + driver.findElement(By.tagName("main")).getText());
        }
    }

    /**
     * Checks the page as it stands: no serious or critical axe-core finding, no console error, no sideways scroll at
     * 400 px; saves a screenshot of the whole page at 1280 px and at 400 px as {@code NAME-wide.png} and {@code NAME-400.png}.
     */
    void check(String name) {
        assertThat(axeFindings()).as("axe-core findings on " + url()).isEmpty();
        List<LogEntry> console = driver.manage().logs().get(LogType.BROWSER).getAll();
        String self = driver.getCurrentUrl() + " - Failed to load resource: the server responded with a status of 4";
        // a page that answers 404 or 409 by design (a hidden record, a stale form) logs its own status; anything else is an error
        assertThat(console).as("browser console on " + url()).noneMatch(e -> (e.getLevel().intValue() >= Level.SEVERE.intValue() && !e.getMessage().startsWith(self))
                || e.getMessage().contains("Content Security Policy") || e.getMessage().contains("Refused to"));
        shoot(name + "-wide", 1280);
        shoot(name + "-400", 400);
        Number scroll = (Number) driver.executeScript("return document.documentElement.scrollWidth;");
        Number inner = (Number) driver.executeScript("return window.innerWidth;");
        assertThat(scroll.intValue()).as("page width at 400 px on " + url()).isLessThanOrEqualTo(inner.intValue());
        driver.manage().window().setSize(new Dimension(1280, 900));
    }

    /** axe-core's rules for WCAG 2.1 A and AA and its best practices, as {@code check} runs them. */
    static final List<String> AXE_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice");
    /** The axe-core that the {@code com.deque.html.axe-core:selenium} artifact bundles (its version is the artifact's). */
    private static final String AXE = axeSource();

    /**
     * The serious and critical axe-core findings on the page, one line each. axe-core runs in the page itself with
     * {@code axe.run} and only the findings come back: the selenium wrapper's {@code AxeBuilder.analyze} did the same
     * work in two to three times the time (it opens a blank window for {@code axe.finishRun} and brings every passed
     * check and node back as JSON), which made it the largest cost of the browser tests.
     */
    @SuppressWarnings("unchecked")
    private List<String> axeFindings() {
        driver.executeScript(AXE);
        Object found = driver.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}, resultTypes: ['violations']})
                  .then(r => done(r.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')
                    .map(v => v.impact + ' ' + v.id + ': ' + v.help + ' at ' + JSON.stringify(v.nodes.slice(0, 3).map(n => n.target)))))
                  .catch(e => done(['axe-core failed: ' + e]));
                """, AXE_TAGS);
        return (List<String>) found;
    }

    private static String axeSource() {
        try (var in = AxeBuilder.class.getResourceAsStream("/axe.min.js")) {
            if (in == null) throw new IllegalStateException("axe.min.js is missing from the axe-core selenium artifact");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The whole page at {@code width} px, captured beyond the window (no resizing to the page's height) with the
     * encoder set for speed, cut at 6,000 px.
     */
    private void shoot(String name, int width) {
        if (driver.manage().window().getSize().getWidth() != width) driver.manage().window().setSize(new Dimension(width, 900));
        Number height = (Number) driver.executeScript("return Math.min(6000, document.documentElement.scrollHeight);");
        Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png", "captureBeyondViewport", true,
                "optimizeForSpeed", true, "clip", Map.of("x", 0, "y", 0, "width", width, "height", Math.max(600, height.intValue()), "scale", 1)));
        try {
            Files.createDirectories(SHOTS);
            Files.write(SHOTS.resolve(name + ".png"), Base64.getDecoder().decode((String) shot.get("data")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Clears the window (cookies, the desk's storage, the page, the console log) and keeps it for the next test. */
    @Override
    public void close() {
        try {
            driver.executeCdpCommand("Storage.clearDataForOrigin", Map.of("origin", base, "storageTypes", "all"));
            driver.executeCdpCommand("Network.clearBrowserCookies", Map.of());
            driver.get("about:blank");
            driver.manage().logs().get(LogType.BROWSER);
            driver.manage().window().setSize(new Dimension(1280, 900));
        } catch (RuntimeException e) {
            quit();
            throw e;
        }
        synchronized (IDLE) {
            IDLE.push(this);
        }
    }

    private void quit() {
        driver.quit();
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
