package org.complaintdesk.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.logging.Level;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium for the browser tests ({@code apt-get install chromium chromium-driver}). Where it is
 * missing the test is skipped, unless {@code -Dbrowser-tests.required=true} (as {@code .ci/run} sets it).
 */
public final class Chromium {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    /** A browser whose preferred language is {@code language} (an Accept-Language list such as "zh-CN,zh"), or the default. */
    public static WebDriver start(String language) {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!installed && Boolean.getBoolean("browser-tests.required")) {
            throw new IllegalStateException("browser tests are required, but " + CHROMIUM + " or " + CHROMEDRIVER
                    + " is missing (apt-get install chromium chromium-driver)");
        }
        Assumptions.assumeTrue(installed, "Chromium is not installed");
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1400,1000");
        options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL")); // for consoleErrors
        if (language != null) {
            options.addArguments("--lang=" + language.split(",")[0]);
            options.setExperimentalOption("prefs", Map.of("intl.accept_languages", language));
        }
        return new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build(),
                options);
    }

    /** Logs in to Tasklist as its login page asks (the password equals the demo user's id) and waits for the list. */
    public static void logIntoTasklist(WebDriver browser, int port, String user) {
        browser.get("http://localhost:" + port + "/camunda/app/tasklist/default/");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(120));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[ng-model='username']")))
                .sendKeys(user);
        browser.findElement(By.cssSelector("input[ng-model='password']")).sendKeys(user);
        browser.findElement(By.cssSelector("form[name='signinForm'] button[type='submit']")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".tasks-list, [cam-tasks]")));
    }

    /**
     * What the page wrote to the console as an error (script errors, refused loads, Content-Security-Policy
     * violations). Not the browser's own guess at an icon: Chromium asks for /favicon.ico on a page of its choosing,
     * sometimes after the page's own requests, and the desk has none — a 404 there is no error of the page.
     */
    public static List<String> consoleErrors(WebDriver browser) {
        return browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage).filter(message -> !message.contains("/favicon.ico")).toList();
    }

    /** Logs in to Cockpit (auditors and supervisors may open it, not Tasklist) and waits until the login is done. */
    public static void logIntoCockpit(WebDriver browser, int port, String user) {
        browser.get("http://localhost:" + port + "/camunda/app/cockpit/default/");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(120));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[ng-model='username']")))
                .sendKeys(user);
        browser.findElement(By.cssSelector("input[ng-model='password']")).sendKeys(user);
        browser.findElement(By.cssSelector("form[name='signinForm'] button[type='submit']")).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("form[name='signinForm']")));
    }

    private Chromium() {
    }

    /** Keeps what the browser showed (screenshot and page source) in target/browser/ when a test fails. */
    public static AfterTestExecutionCallback keepPageOnFailure(Supplier<WebDriver> browser) {
        return context -> {
            WebDriver driver = browser.get();
            if (context.getExecutionException().isPresent() && driver != null) {
                Path folder = Path.of("target", "browser");
                Files.createDirectories(folder);
                String name = context.getRequiredTestMethod().getName();
                Files.write(folder.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
                Files.writeString(folder.resolve(name + ".html"), driver.getPageSource());
            }
        };
    }
}
