package org.concord.web;

import org.concord.boot.Concord;
import org.concord.testing.Fixtures;
import org.concord.testing.TestDatabases;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.concord.shared.Role;
import org.concord.testing.Http;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Level;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * The desk in a real browser: Debian's headless Chromium, driven by its own chromedriver (never a downloaded one).
 * Fails, never skips, when they are missing.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DeskBrowserIT {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium"), CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    Concord concord;
    Server server;
    ChromeDriver driver;
    Path profile;

    @BeforeAll
    void start() throws IOException {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER))
            fail("the browser test needs Debian's Chromium at " + CHROMIUM + " and its driver at " + CHROMEDRIVER
                    + ": install them with 'apt-get install chromium chromium-driver' (.ci/run does this in CI)");
        concord = Fixtures.loaded(TestDatabases.Kind.H2);
        server = Server.create(concord, "test").start("127.0.0.1", 0);
        profile = Files.createTempDirectory("concord-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--user-data-dir=" + profile);
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
    }

    @AfterAll
    void stop() throws IOException {
        if (driver != null) driver.quit();
        if (server != null) server.close();
        if (concord != null) concord.close();
        if (profile != null) try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        }
    }

    String signIn() {
        Fixtures.token(concord, "reader1", Role.READER, null, "NATO UNCLASSIFIED");
        var r = new Http(server.port()).post("/api/v1/session", """
                {"name":"reader1","password":"%s"}""".formatted(Fixtures.PASSWORD));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        String setCookie = r.header("Set-Cookie");
        return setCookie.substring(setCookie.indexOf('=') + 1, setCookie.indexOf(';'));
    }

    @Test
    void the_desk_lists_the_open_items_and_leads_to_an_item_without_breaking_the_content_security_policy() {
        String base = "http://127.0.0.1:" + server.port();
        driver.get(base + "/");
        assertThat(driver.getTitle()).contains("Concord desk");
        assertThat(driver.findElement(By.id("sign-in-hint")).getText()).contains("sign in to see classified items");

        // the built-in items are NATO UNCLASSIFIED: sign in through the API and hand the session cookie to the browser
        driver.manage().addCookie(new Cookie(WebPrincipals.SESSION_COOKIE, signIn()));
        driver.navigate().refresh();
        assertThat(driver.findElements(By.id("sign-in-hint"))).isEmpty();
        WebElement items = driver.findElement(By.id("open-items"));
        assertThat(items.getText()).contains("nmi-termination-2026");
        // the stylesheet applied: the table's header cells carry its background colour
        assertThat(driver.findElement(By.cssSelector("#open-items th")).getCssValue("background-color")).isEqualTo("rgba(238, 242, 247, 1)");

        items.findElement(By.linkText("nmi-termination-2026")).click();
        assertThat(driver.getCurrentUrl()).isEqualTo(base + "/items/nmi-termination-2026");
        assertThat(driver.getTitle()).startsWith("nmi-termination-2026");
        assertThat(driver.findElement(By.id("consensus")).getText()).isNotBlank();

        driver.get(base + "/missions/kfor");
        assertThat(driver.findElement(By.id("strength-chart")).findElements(By.tagName("rect"))).isNotEmpty();

        List<LogEntry> console = driver.manage().logs().get(LogType.BROWSER).getAll();
        assertThat(console).as("browser console").noneMatch(e -> e.getMessage().contains("Content Security Policy")
                || e.getMessage().contains("Refused to"));
    }

    @Test
    void swagger_ui_offers_to_authorize_with_a_bearer_token_or_the_session() {
        driver.get("http://127.0.0.1:" + server.port() + "/api/docs");
        WebElement authorize = new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(30))
                .until(d -> d.findElements(By.cssSelector("button.authorize")).stream().findFirst().orElse(null));
        authorize.click();
        WebElement dialog = new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(30))
                .until(d -> d.findElements(By.cssSelector(".auth-container")).size() >= 3 ? d.findElement(By.cssSelector(".modal-ux")) : null);
        assertThat(dialog.getText()).contains("bearerAuth", "sessionCookie", "csrfToken", "X-CSRF-Token");
    }
}
