package org.complaintdesk.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import org.complaintdesk.process.EvidenceAndArbitration;
import org.complaintdesk.process.ProcessTestSupport;
import org.complaintdesk.support.Chromium;
import org.complaintdesk.support.DeskClient;
import org.complaintdesk.support.DeskTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The auditor's page in a real browser: from the search, audrey opens a disputed case, sees the diagram of the
 * version it ran on with the path taken and the wait state marked, opens the called evidence process, reads the
 * trail, and the browser reports no error (a script or style the page's policy refused would be one). sam, an agent,
 * is refused.
 */
@DeskTest
class AuditPageBrowserTest extends ProcessTestSupport {

    @LocalServerPort
    int port;

    WebDriver browser;

    @BeforeEach
    void chromium() {
        browser = Chromium.start(null);
    }

    /** What the browser showed, kept in target/browser/ when a test fails. */
    @RegisterExtension
    final AfterTestExecutionCallback keepPageOnFailure = Chromium.keepPageOnFailure(() -> browser);

    @AfterEach
    void close() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void auditor_findsTheCase_andSeesThePathItTook_besideItsTrail() throws Exception {
        Filed filed = riceCookerComplaint("Wang Fang", "wang@example.com", "zh-CN");
        rejectTwice(new DeskClient(port), filed);
        String evidence = called(filed.pi(), EvidenceAndArbitration.PROCESS_KEY).getId();
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));

        Chromium.logIntoCockpit(browser, port, "audrey");
        browser.manage().logs().get(LogType.BROWSER); // what Cockpit said is read, and so left out below
        browser.get("http://localhost:" + port + "/audit");
        browser.findElement(By.id("complaintNo")).sendKeys(filed.complaintNo());
        browser.findElement(By.cssSelector("#search button[type='submit']")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.linkText(filed.complaintNo()))).click();

        wait.until(ExpectedConditions.attributeToBe(By.id("audit"), "data-shown-instance", filed.pi().getId()));
        assertThat(browser.findElements(By.cssSelector("#diagram .djs-container svg .djs-shape"))).hasSizeGreaterThan(5);
        assertThat(browser.findElement(By.cssSelector("#diagram [data-element-id='UserTask_InvestigateComplaint']"))
                .getAttribute("class")).contains("audit-done");
        assertThat(browser.findElements(By.cssSelector("#diagram .djs-element.audit-current"))).isNotEmpty();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("trail-status"), "entries"));
        List<WebElement> rows = browser.findElements(By.cssSelector("#trail tbody tr"));
        assertThat(rows).hasSizeGreaterThan(20);
        assertThat(browser.findElement(By.id("trail")).getText()).contains("TASK_COMPLETED", "quinn",
                "DECISION_EVALUATED", "MESSAGE_RECEIVED");
        keep("audit-page.png");

        browser.findElement(By.cssSelector("#instances button[data-instance='" + evidence + "']")).click();
        wait.until(ExpectedConditions.attributeToBe(By.id("audit"), "data-shown-instance", evidence));
        assertThat(browser.findElements(By.cssSelector("#diagram .djs-element.audit-current"))).isNotEmpty();
        assertThat(browser.findElement(By.id("instance-facts")).getText()).contains("evidence-and-arbitration:");

        List<LogEntry> problems = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.WARNING.intValue())
                // the browser's own guess at an icon; the desk has none
                .filter(entry -> !entry.getMessage().contains("/favicon.ico")).toList();
        assertThat(problems).as("browser console").isEmpty();
    }

    /** In sam's own webapp session (Tasklist's login, which agents have): every page and data path of /audit is refused. */
    @Test
    void agent_isRefused() {
        Filed filed = fileAndStart(complaint("PRODUCT_QUALITY", "The kettle leaks."));
        DeskClient desk = new DeskClient(port);
        DeskClient.WebappSession sam = desk.webappLogin("tasklist", "sam");
        assertThat(sam.login().status()).isEqualTo(200);

        for (String path : List.of("/audit/" + filed.complaintNo(), "/audit", "/audit/" + filed.complaintNo() + "/trail",
                "/audit/" + filed.complaintNo() + "/diagrams")) {
            DeskClient.Response refused = desk.send(sam.request(desk, path).GET().build());
            assertThat(refused.status()).as(path).isEqualTo(403);
            assertThat(refused.body()).as(path).contains("Not for your role").doesNotContain(filed.complaintNo());
        }
    }

    private void keep(String name) throws Exception {
        Path shot = Path.of("target", "browser", name);
        Files.createDirectories(shot.getParent());
        Files.write(shot, ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }
}
