package org.complaintdesk.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.complaintdesk.arbitration.EvidenceParty;
import org.complaintdesk.arbitration.EvidenceRepository;
import org.complaintdesk.complaint.ComplaintRepository;
import org.complaintdesk.process.ProcessTestSupport;
import org.complaintdesk.process.RemedyExecution;
import org.complaintdesk.support.Chromium;
import org.complaintdesk.support.Customer;
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
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The warehouse in a real browser: logged into Tasklist, it opens the case file page in the same browser (no second
 * login), attaches a photo of the returned goods through the page's form and sees it listed.
 */
@DeskTest
class CaseFilePageBrowserTest extends ProcessTestSupport {

    @LocalServerPort
    int port;

    @Autowired
    ComplaintRepository complaints;

    @Autowired
    EvidenceRepository evidence;

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
    void warehouse_opensTheCaseFileFromTasklist_andAttachesAPhoto() throws Exception {
        Filed filed = fileAndStart(complaint("PRODUCT_QUALITY", "The kettle leaks <b>badly</b>."));
        investigateAndOffer(filed.pi(), "quinn", "RETURN_AND_REFUND", null);
        Customer customer = new Customer(new DeskClient(port), filed.complaintNo(), filed.token());
        customer.answerOffer(true);
        runContinuations(filed.pi());
        customer.post("/return-shipment", "{\"courier\": \"SF Express\", \"trackingNo\": \"SF-88-RET\"}");
        ProcessInstance remedy = called(filed.pi(), RemedyExecution.PROCESS_KEY);
        runContinuations(remedy);
        BpmnAwareTests.assertThat(remedy).isWaitingAt(RemedyExecution.Element.INSPECT_RETURN);
        Path photo = Files.createTempFile("dent-", ".png");
        Files.write(photo, org.complaintdesk.support.Files.PNG);

        Chromium.logIntoTasklist(browser, port, "wes");
        browser.get("http://localhost:" + port + "/desk/cases/" + filed.complaintNo());

        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("inspection-photos")));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Complaint " + filed.complaintNo());
        assertThat(browser.findElement(By.id("description")).getText()).isEqualTo("The kettle leaks <b>badly</b>.");
        browser.findElement(By.id("photo")).sendKeys(photo.toAbsolutePath().toString());
        browser.findElement(By.id("note")).sendKeys("Dent on the left side");
        browser.findElement(By.cssSelector("#inspection-photos button[type='submit']")).click();

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("evidence"), photo.getFileName().toString()));
        assertThat(browser.findElement(By.id("evidence")).getText()).contains("WAREHOUSE", "Dent on the left side");
        assertThat(browser.getCurrentUrl()).contains("/desk/cases/" + filed.complaintNo());
        assertThat(evidence.findByComplaintIdOrderByIdAsc(complaints.getByComplaintNo(filed.complaintNo()).getId()))
                .singleElement().satisfies(e -> {
                    assertThat(e.getParty()).isEqualTo(EvidenceParty.WAREHOUSE);
                    assertThat(e.getMediaType()).isEqualTo("image/png");
                });
        // kept for a person to look at: the page as the warehouse sees it after the upload
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("window.scrollTo(0, 0);");
        Path shot = Path.of("target", "browser", "case-file-page.png");
        Files.createDirectories(shot.getParent());
        Files.write(shot, ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }
}
