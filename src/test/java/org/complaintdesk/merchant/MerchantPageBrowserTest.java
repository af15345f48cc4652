package org.complaintdesk.merchant;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.complaintdesk.arbitration.EvidenceParty;
import org.complaintdesk.arbitration.EvidenceRepository;
import org.complaintdesk.arbitration.MerchantUserRepository;
import org.complaintdesk.complaint.ComplaintRepository;
import org.complaintdesk.process.ComplaintHandling.Element;
import org.complaintdesk.process.ComplaintHandling.Var;
import org.complaintdesk.process.ProcessTestSupport;
import org.complaintdesk.support.Chromium;
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
 * A merchant in a real browser: logs in on its own page, contests a complaint with a statement and a file, and
 * cannot open another merchant's complaint.
 */
@DeskTest
class MerchantPageBrowserTest extends ProcessTestSupport {

    @LocalServerPort
    int port;

    @Autowired
    ComplaintRepository complaints;

    @Autowired
    EvidenceRepository evidence;

    @Autowired
    IdentityService identityService;

    @Autowired
    MerchantUserRepository merchantUsers;

    WebDriver browser;

    @BeforeEach
    void chromium() {
        MerchantAccessTest.otherMerchant(identityService, merchantUsers);
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
    void merchant_contestsAComplaintWithAFile_andCannotOpenAnotherMerchantsCase() throws Exception {
        Filed filed = fileUntilMerchantAsked(aboutMia("PRODUCT_QUALITY", "200.00", "REFUND"));
        Path report = Files.createTempFile("qa-report-", ".pdf");
        Files.write(report, org.complaintdesk.support.Files.PDF);
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));

        logIn("mia");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("waiting")));
        assertThat(browser.findElement(By.tagName("main")).getText()).contains(filed.complaintNo(), "left)");
        browser.findElement(By.linkText(filed.complaintNo())).click();

        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("answer-CONTEST")));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Complaint " + filed.complaintNo());
        browser.findElement(By.id("answer-CONTEST")).click();
        browser.findElement(By.id("statement")).sendKeys("The lamp passed our <b>QA</b> before shipping.");
        browser.findElement(By.id("file")).sendKeys(report.toAbsolutePath().toString());
        browser.findElement(By.xpath("//button[text()='Send answer']")).click();

        wait.until(ExpectedConditions.presenceOfElementLocated(By.className("done")));
        String shown = browser.findElement(By.tagName("main")).getText();
        assertThat(shown).contains("Your answer is recorded", "The merchant contests the demand",
                "The lamp passed our <b>QA</b> before shipping.", report.getFileName().toString());
        Path shot = Path.of("target", "browser", "merchant-page.png");
        Files.createDirectories(shot.getParent());
        Files.write(shot, ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));

        runContinuations(filed.pi());
        BpmnAwareTests.assertThat(filed.pi()).isWaitingAt(Element.INVESTIGATE_COMPLAINT).variables()
                .containsEntry(Var.MERCHANT_STATEMENT, "The lamp passed our <b>QA</b> before shipping.");
        assertThat(evidence.findByComplaintIdOrderByIdAsc(complaints.getByComplaintNo(filed.complaintNo()).getId()))
                .singleElement().satisfies(e -> {
                    assertThat(e.getParty()).isEqualTo(EvidenceParty.MERCHANT);
                    assertThat(e.getMediaType()).isEqualTo("application/pdf");
                });

        browser.findElement(By.xpath("//button[text()='Log out']")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("username")));
        logIn(MerchantAccessTest.OTHER_MERCHANT_USER);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("waiting")));
        assertThat(browser.findElement(By.tagName("main")).getText()).doesNotContain(filed.complaintNo());
        browser.get("http://localhost:" + port + "/merchant/cases/" + filed.complaintNo());
        wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("h1")));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Not found");
        assertThat(browser.getPageSource()).doesNotContain("The lamp does not switch on.");
    }

    private void logIn(String user) {
        browser.get("http://localhost:" + port + "/merchant/login");
        browser.findElement(By.id("username")).sendKeys(user);
        browser.findElement(By.id("password")).sendKeys(user);
        browser.findElement(By.xpath("//button[text()='Log in']")).click();
    }
}
