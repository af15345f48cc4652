package org.complaintdesk.casepage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.complaintdesk.arbitration.EvidenceParty;
import org.complaintdesk.arbitration.EvidenceRepository;
import org.complaintdesk.complaint.ComplaintRepository;
import org.complaintdesk.complaint.ComplaintStatus;
import org.complaintdesk.negotiation.OfferStatus;
import org.complaintdesk.negotiation.RemedyOfferRepository;
import org.complaintdesk.notification.OutboxDispatcher;
import org.complaintdesk.process.ComplaintHandling;
import org.complaintdesk.process.EvidenceAndArbitration;
import org.complaintdesk.process.ProcessTestSupport;
import org.complaintdesk.process.RemedyExecution;
import org.complaintdesk.support.Chromium;
import org.complaintdesk.support.DeskClient;
import org.complaintdesk.support.GreenMailServers;
import org.complaintdesk.support.MailDeskTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The customer in a real browser: follows the link in the offer message as the mail server received it, rejects the
 * offer with a comment, uploads a photo in the evidence period, and answers the survey once the remedy is done; a
 * link of one case opens nothing of another.
 */
@MailDeskTest
class CustomerCasePageBrowserTest extends ProcessTestSupport {

    private static final Pattern LINK = Pattern.compile("http://localhost:8080(/c/[A-Za-z0-9-]+\\?code=[A-Za-z0-9_-]+)");

    @RegisterExtension
    static GreenMailExtension greenMail = GreenMailServers.perTest();

    @LocalServerPort
    int port;

    @Autowired
    OutboxDispatcher dispatcher;

    @Autowired
    ComplaintRepository complaints;

    @Autowired
    RemedyOfferRepository offers;

    @Autowired
    EvidenceRepository evidence;

    WebDriver browser;
    WebDriverWait wait;

    @BeforeEach
    void chromium() {
        browser = Chromium.start(null);
        wait = new WebDriverWait(browser, Duration.ofSeconds(60));
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

    private Filed complaintOfMerchantM77() {
        return riceCookerComplaint("Li Na", "li.na@example.com", "en");
    }

    /** The case-page link of the latest message with that subject, as the mail server received it, on this desk. */
    private String linkInMail(String subject) throws Exception {
        dispatcher.dispatchDue();
        MimeMessage mail = Arrays.stream(greenMail.getReceivedMessages()).filter(m -> {
            try {
                return subject.equals(m.getSubject());
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).reduce((a, b) -> b).orElseThrow(() -> new AssertionError("no mail " + subject));
        assertThat(mail.getAllRecipients()[0].toString()).isEqualTo("li.na@example.com");
        Matcher link = LINK.matcher(mail.getContent().toString());
        assertThat(link.find()).as("the message carries a link to the case page").isTrue();
        return "http://localhost:" + port + link.group(1);
    }

    /**
     * Submits the form and waits until the browser shows the answer: the page it left is gone. Waiting for a
     * {@code p.notice} alone is not enough, since the page may still show the notice of the step before.
     */
    private void submit(String form) {
        WebElement page = browser.findElement(By.tagName("html"));
        browser.findElement(By.cssSelector("form[action$='/" + form + "'] button[type='submit']")).click();
        wait.until(ExpectedConditions.stalenessOf(page));
    }

    @Test
    void customerFollowsTheOfferMail_rejectsIt_uploadsAPhoto_andLaterAnswersTheSurvey() throws Exception {
        Filed filed = complaintOfMerchantM77();
        String no = filed.complaintNo();
        investigateAndOffer(filed.pi(), "quinn", "APOLOGY", null);
        String link = linkInMail("Our proposal for your complaint " + no);

        browser.get(link);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("offer-reject")));
        assertThat(browser.getCurrentUrl()).as("the code is gone from the address").isEqualTo(
                "http://localhost:" + port + "/c/" + no);
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Complaint " + no);
        browser.findElement(By.id("offer-reject")).click();
        browser.findElement(By.id("offer-comment")).sendKeys("An apology does not give me my 2 litres back.");
        submit("offer");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("p.notice")));
        assertThat(offers.findFirstByComplaintIdOrderByRoundDesc(complaints.getByComplaintNo(no).getId()).orElseThrow())
                .satisfies(o -> {
                    assertThat(o.getStatus()).isEqualTo(OfferStatus.REJECTED);
                    assertThat(o.getCustomerComment()).isEqualTo("An apology does not give me my 2 litres back.");
                });

        // the second offer is rejected too: the platform opens the evidence period
        continueCase(filed);
        work(filed.pi(), ComplaintHandling.Element.REVISE_OFFER, "quinn", Map.of("remedy", "COMPENSATION_COUPON",
                "remedyAmount", 20));
        browser.get(linkInMail("Our proposal for your complaint " + no));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("offer-reject"))).click();
        submit("offer");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("p.notice")));
        continueCase(filed);
        assertThat(complaints.getByComplaintNo(no).getStatus()).isEqualTo(ComplaintStatus.EVIDENCE_PERIOD);

        Path photo = Files.createTempFile("capacity-label-", ".png");
        Files.write(photo, org.complaintdesk.support.Files.PNG);
        browser.get("http://localhost:" + port + "/c/" + no);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("evidence-file")))
                .sendKeys(photo.toAbsolutePath().toString());
        browser.findElement(By.id("evidence-note")).sendKeys("The label says 3 L");
        submit("evidence");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("p.notice"),
                "Your file is added to the evidence."));
        assertThat(browser.findElement(By.cssSelector("section[aria-labelledby='evidence-h']")).getText())
                .contains(photo.getFileName().toString(), "The label says 3 L");
        assertThat(evidence.findByComplaintIdOrderByIdAsc(complaints.getByComplaintNo(no).getId()))
                .singleElement().satisfies(e -> {
                    assertThat(e.getParty()).isEqualTo(EvidenceParty.CUSTOMER);
                    assertThat(e.getMediaType()).isEqualTo("image/png");
                });
        screenshot("customer-case-page-evidence.png", 1200);
        submit("evidence-done");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("p.notice"),
                "you have no more evidence"));

        // the merchant is done too; the arbitrator rules for the customer; the refund is paid
        DeskClient desk = new DeskClient(port);
        assertThat(desk.send(desk.request("/api/complaints/" + no + "/evidence/done", "mia")
                .POST(java.net.http.HttpRequest.BodyPublishers.noBody()).build()).status()).isEqualTo(204);
        continueCase(filed);
        ProcessInstance arbitration = called(filed.pi(), EvidenceAndArbitration.PROCESS_KEY);
        work(arbitration, EvidenceAndArbitration.Element.RULE_ON_DISPUTE, "arthur", Map.of("ruling", "BUYER_FAVOUR",
                "remedy", "REFUND_FULL", "responsibleParty", "MERCHANT", "merchantShare", 100,
                "rationale", "The label shows 3 litres."));
        execute(job(EvidenceAndArbitration.Element.APPEAL_WINDOW_CLOSES, arbitration));
        ProcessInstance remedy = called(filed.pi(), RemedyExecution.PROCESS_KEY);
        work(called(remedy, RemedyExecution.Adapter.REFUND_BY_HAND), RemedyExecution.Element.ISSUE_REFUND, "fiona",
                Map.of("paymentReference", "PAY-PAGE-2"));
        assertThat(complaints.getByComplaintNo(no).getStatus()).isEqualTo(ComplaintStatus.AWAITING_FEEDBACK);

        browser.get(linkInMail("Complaint " + no + ": is your problem solved?"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("survey-yes"))).click();
        assertThat(browser.findElement(By.cssSelector("section[aria-labelledby='ruling-h']")).getText())
                .contains("in your favour", "a full refund of 300.00 CNY", "The label shows 3 litres.");
        new Select(browser.findElement(By.id("survey-score"))).selectByValue("5");
        browser.findElement(By.id("survey-comment")).sendKeys("Fair in the end.");
        screenshot("customer-case-page-survey-phone.png", 390);
        submit("survey");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("p.notice")));
        continueCase(filed);
        assertThat(complaints.getByComplaintNo(no).getStatus()).isEqualTo(ComplaintStatus.CLOSED);
    }

    @Test
    void aLinkForOneCase_opensNothingOfAnother() throws Exception {
        Filed mine = complaintOfMerchantM77();
        Filed other = complaintOfMerchantM77();
        investigateAndOffer(other.pi(), "quinn", "APOLOGY", null);
        String link = linkInMail("We received your complaint " + mine.complaintNo());

        browser.get(link);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("h1")));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Complaint " + mine.complaintNo());
        browser.get("http://localhost:" + port + "/c/" + other.complaintNo());

        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("The page is not open in this browser");
        assertThat(browser.getPageSource()).doesNotContain(other.complaintNo() + "</h1>", "Our proposal", "litres");
    }

    /** Kept for a person to look at, at a given window width (390: a phone). */
    private void screenshot(String name, int width) throws Exception {
        Dimension before = browser.manage().window().getSize();
        browser.manage().window().setSize(new Dimension(width, 2400));
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("window.scrollTo(0, 0);");
        Path shot = Path.of("target", "browser", name);
        Files.createDirectories(shot.getParent());
        Files.write(shot, ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
        browser.manage().window().setSize(before);
    }
}
