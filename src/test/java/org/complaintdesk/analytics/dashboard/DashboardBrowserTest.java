package org.complaintdesk.analytics.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.complaintdesk.support.Chromium;
import org.complaintdesk.support.DeskClient;
import org.complaintdesk.support.DeskClient.WebappSession;
import org.complaintdesk.support.DeskTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The dashboard in a real browser, as a supervisor or an auditor logged in to Camunda opens it: the figures load, the charts are drawn
 * from them, another period redraws everything, the console stays free of errors (Content-Security-Policy
 * violations included); an agent is refused; a Chinese browser reads it in Chinese.
 */
@DeskTest
class DashboardBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    WebDriver browser;
    DashboardCases cases;

    /** What the browser showed, kept in target/browser/ when a test fails. */
    @RegisterExtension
    final AfterTestExecutionCallback keepPageOnFailure = Chromium.keepPageOnFailure(() -> browser);

    @BeforeEach
    void cases() {
        cases = new DashboardCases(jdbc);
        cases.remove();
        cases.insert();
    }

    @AfterEach
    void close() {
        cases.remove();
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void supervisor_seesTheFigures_andAnotherPeriodRedrawsThem() throws Exception {
        browser = Chromium.start("en-GB,en");
        open("sofia");
        WebElement trend = browser.findElement(By.id("trend-chart"));
        assertThat(script("return window.Chart.getChart(arguments[0]) != null", trend)).isEqualTo(true);

        choose(DashboardCases.FEBRUARY_FROM, DashboardCases.FEBRUARY_TO, 2);
        assertThat(card("received")).isEqualTo("3");
        assertThat(trend.getAttribute("data-total")).isEqualTo("3");
        assertThat(script("return window.Chart.getChart(arguments[0]).data.datasets.map(d => d.label).join()", trend))
                .isEqualTo("Product quality,Delivery delay");
        assertThat(browser.findElement(By.cssSelector("#breakdown-category table")).getText())
                .contains("Delivery delay", "Product quality");
        String csv = browser.findElement(By.cssSelector("#breakdown-courier a.csv")).getAttribute("href");
        assertThat(csv).contains("from=2004-02-01", "to=2004-02-29", "format=csv");
        assertThat((String) ((JavascriptExecutor) browser).executeAsyncScript(
                "fetch(arguments[0]).then(r => r.text()).then(arguments[arguments.length - 1])", csv))
                .startsWith("courier,").contains("SF Express");
        screenshot("dashboard");
        script("arguments[0].scrollIntoView()", browser.findElement(By.id("trend-heading")));
        screenshot("dashboard-charts");

        choose(DashboardCases.MARCH_FROM, DashboardCases.MARCH_TO, 3);
        assertThat(card("received")).isEqualTo("1");
        assertThat(trend.getAttribute("data-total")).isEqualTo("1");
        assertThat(browser.findElement(By.cssSelector("#kpi-received .before")).getText()).contains("3");

        browser.findElement(By.cssSelector("input[name='span'][value='7']")).click();
        wait(4);
        assertThat(browser.findElement(By.id("dashboard")).getAttribute("data-from")).isNotEqualTo(DashboardCases.MARCH_FROM);

        browser.manage().window().setSize(new Dimension(390, 844));
        screenshot("dashboard-phone");
        assertThat(consoleErrors()).isEmpty();
    }

    @Test
    void agent_isRefused() {
        browser = Chromium.start(null);
        logIn("sam");
        browser.get("http://localhost:" + port + "/dashboard");

        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Forbidden");
        assertThat(browser.findElements(By.id("trend-chart"))).isEmpty();
    }

    @Test
    void chineseBrowser_readsItInChinese() {
        browser = Chromium.start("zh-CN,zh");
        open("audrey");
        choose(DashboardCases.FEBRUARY_FROM, DashboardCases.FEBRUARY_TO, 2);

        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("投诉数据");
        assertThat(browser.findElement(By.id("trend-heading")).getText()).isEqualTo("每日各类投诉数量");
        assertThat(browser.findElement(By.cssSelector("#breakdown-category table")).getText()).contains("发货或配送延迟");
        assertThat(browser.getTitle()).startsWith("投诉数据");
        assertThat(consoleErrors()).isEmpty();
    }

    /** Opens the dashboard in the session of the webapps' login, as a person who logged in to Camunda before. */
    private void open(String user) {
        logIn(user);
        browser.get("http://localhost:" + port + "/dashboard");
        wait(1);
    }

    /**
     * Logs in to Camunda's webapps as their login page does and hands the browser that session; quicker and steadier
     * than driving Tasklist's own page, which has nothing to do with the dashboard.
     */
    private void logIn(String user) {
        WebappSession session = new DeskClient(port).webappLogin("welcome", user);
        assertThat(session.login().status()).isEqualTo(200);
        browser.get("http://localhost:" + port + "/desk/desk.css"); // any page of the desk, for the cookie's site
        String id = session.cookies().split(";")[0].substring("JSESSIONID=".length());
        browser.manage().addCookie(new Cookie("JSESSIONID", id, "/"));
        Chromium.consoleErrors(browser); // read and forgotten: that page's messages are not the dashboard's
    }

    /** Picks a period of its own, as a person does, and waits until the page shows it. */
    private void choose(String from, String to, int load) {
        browser.findElement(By.cssSelector("input[name='span'][value='custom']")).click();
        script("arguments[0].value = arguments[1]", browser.findElement(By.id("from")), from);
        script("arguments[0].value = arguments[1]", browser.findElement(By.id("to")), to);
        browser.findElement(By.id("show")).click();
        wait(load);
        assertThat(browser.findElement(By.id("dashboard")).getAttribute("data-from")).isEqualTo(from);
    }

    /** Waits until the page has drawn the figures of its {@code load}-th request. */
    private void wait(int load) {
        new WebDriverWait(browser, Duration.ofSeconds(60)).until(ExpectedConditions.attributeToBe(By.id("dashboard"),
                "data-loads", String.valueOf(load)));
    }

    private List<String> consoleErrors() {
        return Chromium.consoleErrors(browser);
    }

    private String card(String figure) {
        return browser.findElement(By.id("kpi-" + figure)).getAttribute("data-value");
    }

    private Object script(String code, Object... arguments) {
        return ((JavascriptExecutor) browser).executeScript(code, arguments);
    }

    private void screenshot(String name) throws Exception {
        Path shot = Path.of("target", "browser", name + ".png");
        Files.createDirectories(shot.getParent());
        Files.write(shot, ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }
}
