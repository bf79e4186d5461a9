package org.sirtdesk.api.web.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.sirtdesk.api.support.PostgresIntegrationTest;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Both report forms in headless Chromium, in Japanese, without any help from scripts on the page:
 * a validation error first, then the tracking code. Screenshots go to target/screenshots/. The
 * Debian packages chromium and chromium-driver must be installed (paths can be changed with the
 * SIRTDESK_CHROMIUM and SIRTDESK_CHROMEDRIVER environment variables); without them this test fails.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ReportFormsBrowserIT {

    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    static final int WIDE = 1100;
    static final int NARROW = 390;

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresIntegrationTest.register(registry);
    }

    static ChromeDriver browser;
    static Path profile;

    @LocalServerPort
    int port;

    @BeforeAll
    static void startBrowser() throws IOException {
        var chromium = Path.of(setting("SIRTDESK_CHROMIUM", "/usr/bin/chromium"));
        var chromedriver = Path.of(setting("SIRTDESK_CHROMEDRIVER", "/usr/bin/chromedriver"));
        if (!Files.isExecutable(chromium) || !Files.isExecutable(chromedriver)) {
            fail("The browser test needs Chromium and its driver at " + chromium + " and " + chromedriver
                    + ". Install them with: apt-get install -y chromium chromium-driver fonts-noto-cjk"
                    + " (or point SIRTDESK_CHROMIUM / SIRTDESK_CHROMEDRIVER at them).");
        }
        System.setProperty("webdriver.chrome.driver", chromedriver.toString());
        profile = Files.createTempDirectory("sirtdesk-chromium-");
        var options = new ChromeOptions();
        options.setBinary(chromium.toFile());
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-quic",
                "--lang=ja-JP",
                "--user-data-dir=" + profile.toAbsolutePath(),
                "--window-size=" + WIDE + ",900");
        var service = new ChromeDriverService.Builder()
                .usingDriverExecutable(chromedriver.toFile())
                .usingAnyFreePort()
                .build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        browser.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterAll
    static void stopBrowser() throws IOException {
        if (browser != null) {
            browser.quit();
        }
        if (profile != null) {
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder())
                        .map(Path::toFile)
                        .forEach(File::delete);
            }
        }
    }

    static String setting(String name, String fallback) {
        var value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    static WebElement byId(String id) {
        return browser.findElement(By.id(id));
    }

    static void type(String id, String text) {
        var field = byId(id);
        field.clear();
        field.sendKeys(text);
    }

    /** Date and time pickers take typed input in a locale-dependent way; set the value directly. */
    static void setValue(String id, String value) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1];", byId(id), value);
    }

    /** Submits and waits until the browser has left the page, so the next look is at the answer. */
    static void submit() {
        var button = browser.findElement(By.cssSelector("button.primary"));
        button.click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(driver -> detached(button));
    }

    /**
     * True once the element is no longer in the page. Mid-navigation ChromeDriver may report this as
     * a generic inspector error ("does not belong to the document") instead of a stale reference.
     */
    static boolean detached(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (StaleElementReferenceException gone) {
            return true;
        } catch (WebDriverException e) {
            if (e.getMessage() != null && e.getMessage().contains("does not belong to the document")) {
                return true;
            }
            throw e;
        }
    }

    /** A screenshot of the whole page at the given width. */
    static void screenshot(String name, int width) throws IOException {
        browser.manage().window().setSize(new Dimension(width, 900));
        var height = browser.findElement(By.tagName("html")).getSize().getHeight();
        browser.manage().window().setSize(new Dimension(width, Math.min(Math.max(height + 140, 600), 6000)));
        var png = browser.getScreenshotAs(OutputType.FILE);
        Files.copy(png.toPath(), SCREENSHOTS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
        browser.manage().window().setSize(new Dimension(WIDE, 900));
    }

    static String yesterday() {
        return LocalDate.now(ZoneId.of("Asia/Tokyo")).minusDays(1).toString();
    }

    /** Everything but the title, so the first submission shows what a missing field looks like. */
    static void fillEmployeeReport() {
        type("description", "経理課のPCで、請求書を装ったメールの添付ファイルを開いてしまいました。\n画面に警告が表示されています。");
        setValue("awareDate", yesterday());
        setValue("awareTime", "09:30");
        new Select(byId("category")).selectByValue("PHISHING");
        type("affectedSystems", "PC-0042\nメールサーバ");
        new Select(byId("confidentiality")).selectByValue("2");
        browser.findElement(By.cssSelector("input[name='personalDataInvolved'][value='NO']"))
                .click();
        browser.findElement(By.cssSelector("input[name='cyberAttackSuspected'][value='YES']"))
                .click();
        type("department", "経理課");
    }

    @Test
    void anEmployeeSignsInSeesAMissingTitleAndThenGetsATrackingCode() throws IOException {
        browser.manage().deleteAllCookies();
        browser.get(url("/report"));
        assertThat(browser.getCurrentUrl()).contains("/login");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("ログイン");
        screenshot("login.png", WIDE);
        type("username", "reporter");
        type("password", "demo");
        submit();

        assertThat(browser.getCurrentUrl()).contains("/report");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("インシデントの報告（職員用）");
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("ja");
        var session = browser.manage().getCookieNamed("JSESSIONID");
        assertThat(session.isHttpOnly()).isTrue();
        assertThat(session.getSameSite()).isEqualTo("Lax");

        fillEmployeeReport();
        submit();

        var titleError = byId("title-error");
        assertThat(titleError.getText()).contains("入力してください");
        assertThat(byId("title").getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(browser.findElement(By.cssSelector(".error-summary")).getText())
                .contains("件名");
        assertThat(byId("department").getAttribute("value")).isEqualTo("経理課");
        screenshot("report-form-error.png", WIDE);

        type("title", "不審なメールの添付ファイルを開いた");
        submit();

        assertThat(browser.getCurrentUrl()).endsWith("/report/sent");
        var code = byId("tracking-code").getText();
        assertThat(code).matches("R-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}");
        assertThat(browser.findElement(By.tagName("main")).getText())
                .contains("報告を受け付けました")
                .contains("第152条第2項")
                .contains("ネットワークから切り離して");
        screenshot("report-done.png", WIDE);
        screenshot("report-done-narrow.png", NARROW);

        browser.findElement(By.linkText("この報告の状況を見る")).click();
        assertThat(byId("state").getText()).isEqualTo("受付済み（SIRTの確認待ち）");
        screenshot("report-status.png", WIDE);

        browser.get(url("/report"));
        fillEmployeeReport();
        type("title", "不審なメールの添付ファイルを開いた");
        screenshot("report-form.png", WIDE);
        screenshot("report-form-narrow.png", NARROW);

        browser.get(url("/report?lang=en"));
        assertThat(browser.findElement(By.tagName("h1")).getText())
                .isEqualTo("Report a suspected incident (employees)");
        screenshot("report-form-en.png", WIDE);
        browser.get(url("/report?lang=ja"));
    }

    @Test
    void someoneOutsideReportsWithoutAnAccount() throws IOException {
        browser.manage().deleteAllCookies();
        browser.get(url("/external-report"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("外部からのセキュリティ報告窓口");

        type("description", "貴法人のロゴを使ったログイン画面が https://example.invalid/login で公開されています。");
        setValue("awareDate", yesterday());
        type("contact", "researcher@example.org");
        submit();

        assertThat(byId("title-error").getText()).contains("入力してください");
        assertThat(byId("awareTime-error").getText()).contains("時刻も入力してください");
        screenshot("external-report-error.png", WIDE);

        type("title", "貴法人を装うフィッシングサイト");
        setValue("awareTime", "21:15");
        screenshot("external-report.png", WIDE);
        submit();

        assertThat(browser.getCurrentUrl()).endsWith("/external-report/sent");
        var code = byId("tracking-code").getText();
        assertThat(code).matches("R-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}");
        screenshot("external-report-done.png", WIDE);

        browser.manage().deleteAllCookies();
        browser.get(url("/reports/" + code));
        assertThat(byId("state").getText()).isEqualTo("受付済み（SIRTの確認待ち）");
    }
}
