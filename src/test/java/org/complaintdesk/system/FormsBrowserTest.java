package org.complaintdesk.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.complaintdesk.process.ProcessTestSupport;
import org.complaintdesk.support.Chromium;
import org.complaintdesk.support.DeskTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An agent works the investigation form in Camunda's Tasklist (headless Chromium, as {@link TasklistBrowserTest}):
 * the summary shows the case in words and links to the case file; choosing to reject the complaint brings up a
 * required reason that the form checks before anything is sent, and a reason of only blanks, which the form lets
 * through, is refused on completion with the rule in words, in Tasklist. Skipped where Chromium is not installed,
 * unless {@code -Dbrowser-tests.required=true}.
 */
@DeskTest
class FormsBrowserTest extends ProcessTestSupport {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    @LocalServerPort
    int port;

    WebDriver browser;
    WebDriverWait wait;

    @BeforeEach
    void chromium() {
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
        browser = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .build(), options);
        wait = new WebDriverWait(browser, Duration.ofSeconds(120));
    }

    /** What the browser showed, kept in target/browser/ (a screenshot and the page) when a test fails. */
    @RegisterExtension
    final AfterTestExecutionCallback keepPageOnFailure = Chromium.keepPageOnFailure(() -> browser);

    @AfterEach
    void close() {
        if (browser != null) {
            browser.quit();
        }
    }

    private JavascriptExecutor js() {
        return (JavascriptExecutor) browser;
    }

    /** A click as a user makes it, on an element scrolled clear of Tasklist's fixed header and footer. */
    private void click(WebElement element) {
        js().executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        element.click();
    }

    private WebElement field(String componentId) {
        return wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector(".fjs-form [id$='-" + componentId + "']")));
    }

    /** What the agent sees now, kept in target/browser/ for people who look at the form. */
    private void shot(String name) {
        try {
            Path folder = Path.of("target", "browser");
            Files.createDirectories(folder);
            Files.write(folder.resolve("FormsBrowserTest-" + name + ".png"),
                    ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private String formText() {
        return browser.findElement(By.cssSelector(".fjs-form")).getText();
    }

    @Test
    void theInvestigationForm_showsTheCaseInWords_andChecksTheReasonForARejection_inTheFormAndOnCompletion() {
        Filed filed = fileAndStart(complaint("PRODUCT_QUALITY", "The lamp flickers and then goes dark."));
        String taskId = task(filed.pi()).getId();
        String tasklist = "http://localhost:" + port + "/camunda/app/tasklist/default/";
        browser.get(tasklist);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[ng-model='username']")))
                .sendKeys("quinn");
        browser.findElement(By.cssSelector("input[ng-model='password']")).sendKeys("quinn");
        browser.findElement(By.cssSelector("form[name='signinForm'] button[type='submit']")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".tasks-list, [cam-tasks]")));
        as("quinn", () -> taskService().claim(taskId, "quinn")); // claimed before the form opens: no re-render later
        browser.get(tasklist + "#/?task=" + taskId + "&detailsTab=task-detail-form");
        wait.until(driver -> formText().contains("Category: Product quality"));

        String summary = formText();
        assertThat(summary).contains("Complaint " + filed.complaintNo(), "Channel: Web form", "Case owner: quinn",
                "Paid: 200.00 CNY", "Desk: Quality desk", "Customer wants: Refund").doesNotContain("PRODUCT_QUALITY");
        WebElement caseFile = browser.findElement(By.xpath("//div[contains(@class,'fjs-form')]//a[contains(., 'Open the case file')]"));
        assertThat(caseFile.getDomAttribute("href")).isEqualTo("/desk/cases/" + filed.complaintNo());
        assertThat(caseFile.getDomAttribute("target")).isEqualTo("_blank");

        // the agent offers a rejection and leaves the reason out: the form marks it and sends nothing
        String required = wait.until(driver -> {
            rejectWithReason(null);
            WebElement reason = field("Textarea_RemedyReason");
            String around = reason.findElement(By.xpath("ancestor::div[contains(@class,'fjs-form-field')][1]")).getText();
            return around.contains("Field is required.") ? around : null;
        });
        shot("1-reason-required");
        assertThat(required).contains("Reason for rejecting, shown to the customer");
        assertThat(formText()).as("the summary, unchanged").startsWith(summary.substring(0, summary.indexOf("Customer wants")));
        assertThat(taskService().createTaskQuery().taskId(taskId).count()).as("the form sent nothing").isOne();

        // blanks pass the form's check, not the desk's: Tasklist shows why
        wait.until(driver -> {
            rejectWithReason("   ");
            return driver.findElement(By.tagName("body")).getText()
                    .contains("rejecting the complaint needs a reason for the customer (remedyReason)");
        });
        shot("2-refused-on-completion");
        assertThat(taskService().createTaskQuery().taskId(taskId).count()).as("refused, still open").isOne();

        wait.until(driver -> {
            if (taskService().createTaskQuery().taskId(taskId).count() == 0) {
                return true;
            }
            rejectWithReason("Dimming makes it flicker; set to full it stays on.");
            return false;
        });
        assertThat(taskService().createTaskQuery().taskId(taskId).count()).isZero();
    }

    /**
     * Fills in the investigation as a rejection with this reason (none: left empty) and presses Complete; called
     * until what the test waits for happens. Tasklist may render the form anew meanwhile, so whatever is not as
     * wanted is done again.
     */
    private void rejectWithReason(String text) {
        WebElement findings = field("Textarea_Findings");
        if (findings.getDomProperty("value").isEmpty()) {
            click(findings);
            findings.sendKeys("The customer dimmed the lamp; it works as sold.");
        }
        WebElement offer = browser.findElement(By.xpath("//label[contains(., 'Offer a remedy to the customer')]"
                + "/descendant-or-self::input[@type='radio'] | //label[contains(., 'Offer a remedy to the customer')]"
                + "/preceding-sibling::input[@type='radio'][1]"));
        if (!offer.isSelected()) {
            js().executeScript("arguments[0].click();", offer); // a radio button, toggled the way a click does
        }
        WebElement remedy = field("Select_Remedy-display");
        if (!remedy.getText().contains("Reject the complaint")) {
            click(remedy);
            WebElement reject = wait.until(ExpectedConditions.presenceOfElementLocated(
                    By.xpath("//div[contains(@class,'fjs-dropdownlist-item')][contains(., 'Reject the complaint')]")));
            // the list opens below the field, under Tasklist's fixed footer: pressed as a mouse presses it
            js().executeScript("arguments[0].dispatchEvent(new MouseEvent('mousedown', {bubbles: true}));", reject);
        }
        WebElement reason = field("Textarea_RemedyReason");
        if (text != null && !text.equals(reason.getDomProperty("value"))) {
            click(reason);
            // found again: Tasklist may have rendered the form anew since; typed over what is there, as a person does
            field("Textarea_RemedyReason").sendKeys(Keys.chord(Keys.CONTROL, "a"), text, Keys.TAB);
            return; // completed on a later pass, once the form holds what was typed (form-js takes it in with a delay)
        }
        // Tasklist's last notice may lie over the button: pressed as a click presses it
        js().executeScript("arguments[0].click();", browser.findElement(By.xpath("//button[contains(., 'Complete')]")));
    }
}
