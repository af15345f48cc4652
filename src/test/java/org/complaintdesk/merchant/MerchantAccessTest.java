package org.complaintdesk.merchant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.net.http.HttpRequest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.complaintdesk.arbitration.MerchantUser;
import org.complaintdesk.arbitration.MerchantUserRepository;
import org.complaintdesk.process.ComplaintHandling.Element;
import org.complaintdesk.process.ComplaintHandling.Var;
import org.complaintdesk.process.ProcessTestSupport;
import org.complaintdesk.support.DeskClient;
import org.complaintdesk.support.DeskTest;
import org.complaintdesk.support.Files;
import org.complaintdesk.support.TestUsers;
import org.complaintdesk.system.DeskGroups;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The merchants' API and page over HTTP: what a merchant may do, and every refusal. */
@DeskTest
class MerchantAccessTest extends ProcessTestSupport {

    /** A user of another merchant than the complaints' (mia acts for M-77). */
    static final String OTHER_MERCHANT_USER = "max";

    @LocalServerPort
    int port;

    @Autowired
    IdentityService identityService;

    @Autowired
    MerchantUserRepository merchantUsers;

    DeskClient desk;

    @BeforeEach
    void setUp() {
        desk = new DeskClient(port);
        otherMerchant(identityService, merchantUsers);
    }

    static void otherMerchant(IdentityService identityService, MerchantUserRepository merchantUsers) {
        TestUsers.ensure(identityService, OTHER_MERCHANT_USER, DeskGroups.MERCHANTS);
        if (!merchantUsers.existsById(OTHER_MERCHANT_USER)) {
            merchantUsers.save(new MerchantUser(OTHER_MERCHANT_USER, "M-88"));
        }
    }

    @Test
    void merchantListsItsOpenQuestions_andContestsThroughTheApi() {
        Filed filed = fileUntilMerchantAsked(aboutMia("PRODUCT_QUALITY", "200.00", "REFUND"));

        DeskClient.Response questions = desk.get("/api/merchant/questions", "mia");
        assertThat(questions.status()).isEqualTo(200);
        assertThat(questions.body()).contains(filed.complaintNo(), "REFUND_FULL", "dueAt");
        assertThat(desk.get("/api/merchant/questions", OTHER_MERCHANT_USER).body()).doesNotContain(filed.complaintNo());

        DeskClient.Response answer = desk.postJson(answerPath(filed), "mia",
                "{\"answer\": \"CONTEST\", \"statement\": \"Tested before shipping.\"}");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().get("answer").asText()).isEqualTo("CONTEST");
        runContinuations(filed.pi());
        assertThat(filed.pi()).isWaitingAt(Element.INVESTIGATE_COMPLAINT).variables()
                .containsEntry(Var.MERCHANT_STATEMENT, "Tested before shipping.");
        assertThat(desk.get("/api/merchant/questions", "mia").body()).doesNotContain(filed.complaintNo());
        assertThat(desk.get("/api/merchant/complaints", "mia").body()).contains(filed.complaintNo());
        DeskClient.Response again = desk.postJson(answerPath(filed), "mia", "{\"answer\": \"ACCEPT_DEMAND\"}");
        assertThat(again.status()).isEqualTo(409);
    }

    @Test
    void refusals_changeNothing() {
        Filed filed = fileUntilMerchantAsked(aboutMia("PRODUCT_QUALITY", "200.00", "REFUND"));
        String path = answerPath(filed);

        assertThat(desk.postJson(path, OTHER_MERCHANT_USER, "{\"answer\": \"ACCEPT_DEMAND\"}").status()).isEqualTo(404);
        assertThat(desk.postJson(path, "quinn", "{\"answer\": \"ACCEPT_DEMAND\"}").status()).isEqualTo(403);
        assertThat(desk.postJson(path, null, "{\"answer\": \"ACCEPT_DEMAND\"}").status()).isEqualTo(401);
        DeskClient.Response noStatement = desk.postJson(path, "mia", "{\"answer\": \"CONTEST\"}");
        assertThat(noStatement.status()).isEqualTo(400);
        assertThat(noStatement.header("Content-Type")).contains("application/problem+json");
        assertThat(noStatement.body()).contains("statement");
        assertThat(desk.postJson(path, "mia", "{\"answer\": \"PROPOSE_REMEDY\", \"remedy\": \"REFUND_PARTIAL\","
                + " \"amount\": 999}").status()).isEqualTo(400);
        assertThat(desk.postJson(path, "mia", "{\"answer\": \"CONTEST\", \"statement\": \"bad\u0000\"}").status())
                .isEqualTo(400);
        assertThat(desk.get("/api/merchant/questions", "quinn").status()).isEqualTo(403);

        assertThat(filed.pi()).isWaitingAt(Element.AWAIT_MERCHANT_ANSWER);
        assertThat(desk.get("/api/merchant/questions", "mia").body()).contains(filed.complaintNo());
    }

    @Test
    void merchantUploadsEvidenceWhileItsAnswerIsOpen_theCustomerMayNotYet() {
        Filed filed = fileUntilMerchantAsked(aboutMia("PRODUCT_QUALITY", "200.00", "REFUND"));
        String evidence = "/api/complaints/" + filed.complaintNo() + "/evidence";

        assertThat(desk.upload(evidence, "mia", null, "test-report.pdf", "application/pdf", Files.PDF, "QA").status())
                .isEqualTo(201);
        assertThat(desk.upload(evidence, null, filed.token(), "photo.png", "image/png", Files.PNG, null).status())
                .isEqualTo(409);
        assertThat(desk.upload(evidence, OTHER_MERCHANT_USER, null, "x.pdf", "application/pdf", Files.PDF, null).status())
                .isEqualTo(404);

        merchantAnswers(filed, new MerchantQuestions.Answer("CONTEST", null, null, "See the QA report."));
        assertThat(desk.upload(evidence, "mia", null, "late.pdf", "application/pdf", Files.PDF, null).status())
                .isEqualTo(409);
    }

    @Test
    void merchantPage_needsItsOwnLoginWithCsrf_andShowsOnlyTheMerchantsCases() {
        Filed filed = fileUntilMerchantAsked(aboutMia("PRODUCT_QUALITY", "200.00", "REFUND"));

        DeskClient.Response anonymous = desk.get("/merchant", null);
        assertThat(anonymous.status()).isEqualTo(302);
        assertThat(anonymous.header("Location")).endsWith("/merchant/login");

        PageSession wrong = login("ghost", "wrong"); // not a real user: Camunda would make mia wait after a failure
        assertThat(wrong.login().status()).isEqualTo(401);
        assertThat(wrong.login().body()).contains("Wrong user name or password");
        DeskClient.Response noCsrf = desk.send(desk.request("/merchant/login", null)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=mia&password=mia")).build());
        assertThat(noCsrf.status()).isEqualTo(403);

        PageSession mia = login("mia", "mia");
        assertThat(mia.login().status()).isEqualTo(302);
        assertThat(mia.cookie()).isNotNull();
        assertThat(mia.setCookie()).containsIgnoringCase("HttpOnly");
        DeskClient.Response overview = mia.get(desk, "/merchant");
        assertThat(overview.status()).isEqualTo(200);
        assertThat(overview.body()).contains(filed.complaintNo(), "Waiting for your answer", "left)");
        assertThat(overview.header("Content-Security-Policy")).contains("default-src 'none'");
        assertThat(overview.body()).doesNotContain("<script");
        DeskClient.Response page = mia.get(desk, "/merchant/cases/" + filed.complaintNo());
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Contest the demand", "name=\"_csrf\"");

        DeskClient.Response withoutToken = desk.send(desk.request("/merchant/cases/" + filed.complaintNo() + "/answer", null)
                .header("Cookie", mia.cookie()).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("answer=ACCEPT_DEMAND")).build());
        assertThat(withoutToken.status()).isEqualTo(403);
        assertThat(filed.pi()).isWaitingAt(Element.AWAIT_MERCHANT_ANSWER);

        PageSession max = login(OTHER_MERCHANT_USER, OTHER_MERCHANT_USER);
        assertThat(max.get(desk, "/merchant/cases/" + filed.complaintNo()).status()).isEqualTo(404);
        assertThat(max.get(desk, "/merchant").body()).doesNotContain(filed.complaintNo());
        PageSession staff = login("quinn", "quinn");
        assertThat(staff.get(desk, "/merchant").status()).isEqualTo(403);
    }

    private static String answerPath(Filed filed) {
        return "/api/merchant/complaints/" + filed.complaintNo() + "/answer";
    }

    /** A browser's session on the merchants' pages: the login's answer and the session cookie. */
    record PageSession(DeskClient.Response login, String cookie, String setCookie) {

        DeskClient.Response get(DeskClient desk, String path) {
            return desk.send(desk.request(path, null).header("Cookie", cookie).GET().build());
        }
    }

    private PageSession login(String user, String password) {
        DeskClient.Response form = desk.get("/merchant/login", null);
        String cookie = form.raw().headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .findFirst().orElseThrow().split(";")[0];
        Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(form.body());
        assertThat(token.find()).isTrue();
        DeskClient.Response login = desk.send(desk.request("/merchant/login", null)
                .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", cookie)
                .POST(HttpRequest.BodyPublishers.ofString("username=" + user + "&password=" + password
                        + "&_csrf=" + token.group(1))).build());
        String setCookie = login.raw().headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID=")).findFirst().orElse(null);
        return new PageSession(login, setCookie == null ? cookie : setCookie.split(";")[0], setCookie);
    }
}
