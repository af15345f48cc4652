package org.complaintdesk.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.camunda.bpm.engine.runtime.ProcessInstance;
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
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Camunda's Tasklist in a real headless Chromium (Debian's {@code chromium} and {@code chromium-driver}): an agent
 * logs in, opens the task of a complaint whose customer wrote links, HTML and Markdown, and sees it as text —
 * nothing of it becomes a link or an image — in a form Tasklist fills from the case's variables under the desk's
 * per-case authorizations, claims it and completes the form as Tasklist submits it. Tasklist is the desk's: no
 * Camunda 8 banner, Simplified Chinese for a browser that prefers it, the filters' columns. Skipped where Chromium is
 * not installed, unless {@code -Dbrowser-tests.required=true} (as {@code .ci/run} sets it; see {@link Chromium}).
 */
@DeskTest
class TasklistBrowserTest extends ProcessTestSupport {

    /** What a customer might write: every way Markdown or HTML could make a link or an image. */
    static final String HOSTILE = "It broke. [Claim your refund here](https://evil.example/a) "
            + "<a href=\"https://evil.example/b\">or here</a> <img src=\"https://evil.example/c.png\"> "
            + "**urgent** https://evil.example/d www.evil.example ![x](https://evil.example/e.png)";

    @LocalServerPort
    int port;

    @org.springframework.beans.factory.annotation.Autowired
    org.complaintdesk.complaint.ComplaintRepository complaints;

    @org.springframework.beans.factory.annotation.Autowired
    org.complaintdesk.complaint.CaseEventRepository events;

    WebDriver browser;

    @BeforeEach
    void chromium() {
        browser = Chromium.start(null);
    }

    /** Types the text into the field unless it holds it already (a field that is not there yet is skipped). */
    private void fill(By field, String text) {
        for (WebElement element : browser.findElements(field)) {
            if (element.isEnabled() && !text.equals(element.getDomProperty("value"))) {
                scrollTo(element);
                element.clear();
                element.sendKeys(text);
            }
        }
    }

    private void click(By what) {
        WebElement element = browser.findElement(what);
        scrollTo(element);
        element.click();
    }

    /** Into the middle of the view, clear of Tasklist's fixed header and footer. */
    private void scrollTo(WebElement element) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
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

    @Test
    void whatTheCustomerWrote_showsAsText_neverAsALinkOrImage() {
        String body = org.complaintdesk.support.Requests.complaint(org.complaintdesk.support.Requests.uniqueId(),
                        "PRODUCT_QUALITY", HOSTILE.replace("\"", "\\\""))
                .replace("\"name\": \"Li Wei\"", "\"name\": \"Li [Wei](https://evil.example/f)\"");
        String complaintNo = new DeskClient(port).postJson("/api/complaints", "gateway", body).json()
                .get("complaintNo").asText();
        ProcessInstance pi = runtimeService().createProcessInstanceQuery().processInstanceBusinessKey(complaintNo)
                .singleResult();
        execute(job(pi));
        merchantContestsIfAsked(pi, complaintNo);
        String taskId = task(pi).getId();

        String tasklist = "http://localhost:" + port + "/camunda/app/tasklist/default/";
        Chromium.logIntoTasklist(browser, port, "quinn");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(120));

        browser.get(tasklist + "#/?task=" + taskId + "&detailsTab=task-detail-form");
        WebElement description = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector(".fjs-form textarea[id$='Textarea_Description'], .fjs-form textarea")));
        wait.until(driver -> description.getDomProperty("value") != null
                && description.getDomProperty("value").contains("Claim your refund"));

        assertThat(description.getDomProperty("value")).isEqualTo(HOSTILE);
        assertThat(browser.findElement(By.cssSelector(".fjs-form")).getText()).contains("Complaint " + complaintNo);
        JavascriptExecutor js = (JavascriptExecutor) browser;
        @SuppressWarnings("unchecked")
        List<String> planted = (List<String>) js.executeScript("""
                return Array.from(document.querySelectorAll('a[href], img[src], iframe, [srcdoc]'))
                    .map(e => e.getAttribute('href') || e.getAttribute('src') || e.tagName)
                    .filter(v => v.includes('evil'));""");
        assertThat(planted).as("links and images the customer's text made").isEmpty();
        @SuppressWarnings("unchecked")
        List<String> customerFields = (List<String>) js.executeScript("""
                return Array.from(document.querySelectorAll('.fjs-form input, .fjs-form textarea'))
                    .map(e => e.value);""");
        assertThat(customerFields).contains("Li [Wei](https://evil.example/f)");
        assertThat((Boolean) js.executeScript(
                "return Array.from(document.querySelectorAll('.fjs-form strong')).some(e => e.textContent.includes('urgent'));"))
                .as("the customer's **urgent** in bold").isFalse();

        // the agent claims the task and completes the form as Tasklist submits it: the guard lets it through
        browser.findElement(By.cssSelector("[ng-click='claim()']")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("button.unclaim")));
        // Tasklist may render the form anew while the agent types (after the claim, on refresh): fill in whatever
        // is empty and complete, until the task is done
        String outcome = wait.until(driver -> {
            if (runtimeService().createExecutionQuery().processInstanceId(pi.getId())
                    .activityId(org.complaintdesk.process.ComplaintHandling.Element.AWAIT_CUSTOMER_REPLY).count() == 1) {
                return "asked the customer";
            }
            if (taskService().createTaskQuery().taskId(taskId).count() == 0) {
                return "completed, but the process is at " + runtimeService().getActiveActivityIds(pi.getId());
            }
            fill(By.xpath("//label[contains(., 'Findings')]/following::textarea[1]"),
                    "The merchant confirms a faulty batch; a photo of the label would settle it.");
            // the responsible party comes pre-filled with the likely one the routing table names (the merchant)
            WebElement ask = driver.findElement(By.xpath("//label[contains(., 'Ask the customer for more information')]"
                    + "/descendant-or-self::input[@type='radio'] | //label[contains(., 'Ask the customer for more "
                    + "information')]/preceding-sibling::input[@type='radio'][1]"));
            if (!ask.isSelected()) {
                scrollTo(ask);
                js.executeScript("arguments[0].click();", ask); // a radio button, toggled the way a click does
            }
            fill(By.xpath("//label[contains(., 'Question to the customer')]/following::textarea[1]"),
                    "Please send a photo of the label under the kettle.");
            click(By.xpath("//button[contains(., 'Complete')]"));
            return null;
        });
        assertThat(outcome).isEqualTo("asked the customer");
        assertThat(complaints.getByComplaintNo(complaintNo).getOwnerId()).isEqualTo("quinn");
        assertThat(events.findByComplaintIdOrderByIdAsc(complaints.getByComplaintNo(complaintNo).getId()))
                .filteredOn(e -> e.getType().equals("INFORMATION_REQUESTED")).singleElement()
                .satisfies(e -> assertThat(e.getActor()).isEqualTo("quinn"));
    }

    @Test
    void tasklist_showsNoCamunda8Banner_andEnglishByDefault() {
        browser.get("http://localhost:" + port + "/camunda/app/tasklist/default/");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(120));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[ng-model='username']")));
        assertThat(browser.findElement(By.cssSelector("form[name='signinForm'] button[type='submit']")).getText())
                .isEqualTo("Log in");
        assertNoBanner();

        Chromium.logIntoTasklist(browser, port, "sam");
        assertNoBanner();
    }

    /** Camunda 7.24 puts the banner into every page's header; the desk's user styles hide it. */
    private void assertNoBanner() {
        List<WebElement> banners = browser.findElements(By.cssSelector("[cam-widget-header] .ce-eol-banner"));
        assertThat(banners).as("Camunda's banner element (hidden, not gone)").isNotEmpty();
        assertThat(banners).noneMatch(WebElement::isDisplayed);
        assertThat(browser.findElement(By.tagName("body")).getText()).doesNotContain("Camunda 8");
    }

    @Test
    void aBrowserPreferringChinese_getsTasklistInChinese() throws java.io.IOException {
        browser.quit();
        browser = Chromium.start("zh-CN,zh");
        browser.get("http://localhost:" + port + "/camunda/app/tasklist/default/");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(120));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[ng-model='username']")));
        wait.until(driver -> "登录".equals(driver.findElement(
                By.cssSelector("form[name='signinForm'] button[type='submit']")).getText()));
        assertThat(browser.findElement(By.cssSelector("input[ng-model='username']")).getDomAttribute("placeholder"))
                .isEqualTo("用户名");

        Chromium.logIntoTasklist(browser, port, "sam");
        wait.until(driver -> driver.findElement(By.tagName("body")).getText().contains("启动流程"));
        Files.createDirectories(Path.of("target", "browser"));
        Files.write(Path.of("target", "browser", "tasklist-zh.png"),
                ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
        assertThat(browser.findElement(By.tagName("body")).getText()).doesNotContain("Start process", "Log in");
    }

    @Test
    void theLanguageSwitch_turnsTasklistChinese_andBackToEnglish() throws java.io.IOException {
        browser.get("http://localhost:" + port + "/camunda/app/tasklist/default/");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(120));
        By loginButton = By.cssSelector("form[name='signinForm'] button[type='submit']");
        wait.until(driver -> "Log in".equals(driver.findElement(loginButton).getText()));
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".desk-language button[data-language='zh']")))
                .click();
        wait.until(driver -> "登录".equals(driver.findElement(loginButton).getText()));

        Chromium.logIntoTasklist(browser, port, "sam");
        wait.until(driver -> driver.findElement(By.tagName("body")).getText().contains("启动流程"));
        Files.createDirectories(Path.of("target", "browser"));
        Files.write(Path.of("target", "browser", "tasklist-language-switch.png"),
                ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
        assertThat(browser.findElement(By.cssSelector(".desk-language button.active")).getText()).isEqualTo("中文");

        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".desk-language button[data-language='en']")))
                .click();
        wait.until(driver -> driver.findElement(By.tagName("body")).getText().contains("Start process"));
        assertThat(browser.findElement(By.cssSelector(".desk-language button.active")).getText()).isEqualTo("English");

        // the welcome page (profile, password) has the switch too, and follows the same choice
        browser.get("http://localhost:" + port + "/camunda/app/welcome/default/");
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".desk-language button[data-language='zh']")))
                .click();
        wait.until(driver -> driver.findElement(By.tagName("body")).getText().contains("应用"));
    }

    @Test
    void deskFilter_showsDeadlinePriorityVipAndCategory() throws java.io.IOException {
        String complaintNo = new DeskClient(port).postJson("/api/complaints", "gateway",
                org.complaintdesk.support.Requests.complaint(org.complaintdesk.support.Requests.uniqueId(),
                        "SERVICE_ATTITUDE", "The agent hung up on me.").replace("\"vip\": false", "\"vip\": true"))
                .json().get("complaintNo").asText();
        ProcessInstance pi = runtimeService().createProcessInstanceQuery().processInstanceBusinessKey(complaintNo)
                .singleResult();
        execute(job(pi));

        Chromium.logIntoTasklist(browser, port, "sam");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(120));
        wait.until(ExpectedConditions.elementToBeClickable(
                By.xpath("//*[contains(text(), 'Service desk — open complaints')]"))).click();
        // Tasklist renders the list anew as it refreshes: read the card afresh until it shows its columns
        By card = By.xpath("//li[contains(@class, 'task')][.//*[contains(., '" + complaintNo + "')]]");
        String collapsed = shownOnce(wait, card, "Category");
        assertThat(collapsed).contains("Category", "Service attitude", "VIP", "Due in", "Created");
        // expanded, the card shows the rest of the columns
        wait.until(driver -> {
            try {
                driver.findElement(card).findElement(By.cssSelector(".shutter")).click();
                return true;
            } catch (org.openqa.selenium.StaleElementReferenceException renderedAnew) {
                return false;
            }
        });
        String text = shownOnce(wait, card, "Deadline");
        Files.createDirectories(Path.of("target", "browser"));
        Files.write(Path.of("target", "browser", "desk-filter-card.png"),
                ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
        assertThat(text).contains("Complaint", complaintNo, "Deadline", "Priority", "Category", "Service attitude",
                runtimeService().getVariable(pi.getId(), "resolutionDueText").toString(),
                "Priority:\n" + runtimeService().getVariable(pi.getId(), "priority"));
    }

    /** The card's text once it shows {@code expected}; Tasklist renders the list anew as it refreshes. */
    private static String shownOnce(WebDriverWait wait, By card, String expected) {
        return wait.until(driver -> {
            try {
                List<WebElement> cards = driver.findElements(card);
                return cards.isEmpty() || !cards.get(0).getText().contains(expected) ? null : cards.get(0).getText();
            } catch (org.openqa.selenium.StaleElementReferenceException renderedAnew) {
                return null;
            }
        });
    }
}
