package org.complaintdesk.casepage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.complaintdesk.arbitration.EvidenceParty;
import org.complaintdesk.arbitration.EvidenceRepository;
import org.complaintdesk.complaint.ComplaintNoteRepository;
import org.complaintdesk.complaint.ComplaintRepository;
import org.complaintdesk.complaint.ComplaintStatus;
import org.complaintdesk.complaint.NoteKind;
import org.complaintdesk.negotiation.OfferStatus;
import org.complaintdesk.negotiation.RemedyOfferRepository;
import org.complaintdesk.notification.Outbox;
import org.complaintdesk.notification.OutboxRepository;
import org.complaintdesk.notification.RecipientKind;
import org.complaintdesk.process.EvidenceAndArbitration;
import org.complaintdesk.process.ProcessTestSupport;
import org.complaintdesk.process.RemedyExecution;
import org.complaintdesk.resolution.RemedyActionRepository;
import org.complaintdesk.support.Answers;
import org.complaintdesk.support.DeskClient;
import org.complaintdesk.support.DeskTest;
import org.complaintdesk.support.Files;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The customer's case page over HTTP: the link's one-time code for a cookie, what the cookie opens and what it does
 * not, every action through the domain's rules (a refusal shows its reason, nothing changes), and CSRF.
 */
@DeskTest
class CasePageTest extends ProcessTestSupport {

    @LocalServerPort
    int port;

    @Autowired
    CaseLinks links;

    @Autowired
    ComplaintRepository complaints;

    @Autowired
    RemedyOfferRepository offers;

    @Autowired
    ComplaintNoteRepository notes;

    @Autowired
    EvidenceRepository evidence;

    @Autowired
    RemedyActionRepository actions;

    @Autowired
    OutboxRepository outbox;

    DeskClient desk;

    @BeforeEach
    void client() {
        desk = new DeskClient(port);
    }

    /** A complaint whose first offer (a coupon) waits for the customer's answer, opened on the case page. */
    private CasePageClient offered() {
        Filed filed = fileAndStart(complaint("PRODUCT_QUALITY", "The lamp flickers."));
        investigateAndOffer(filed.pi(), "quinn", "COMPENSATION_COUPON", 20.0);
        CasePageClient page = new CasePageClient(desk, filed.complaintNo());
        assertThat(page.open(links.linkFor(filed.complaintNo())).status()).isEqualTo(303);
        return page;
    }

    private OfferStatus offerStatus(String no) {
        return offers.findFirstByComplaintIdOrderByRoundDesc(complaints.getByComplaintNo(no).getId()).orElseThrow()
                .getStatus();
    }

    @Test
    void everyMessageToTheCustomer_leavesAPlaceForTheLink_whichIsMadeOnlyWhenTheMessageIsSent() {
        Filed filed = fileAndStart(complaint("PRODUCT_QUALITY", "The lamp flickers."));
        investigateAndOffer(filed.pi(), "quinn", "APOLOGY", null);

        assertThat(outbox.findByComplaintNoOrderByIdAsc(filed.complaintNo()))
                .filteredOn(m -> m.getRecipientKind() == RecipientKind.CUSTOMER)
                .extracting(m -> m.getTemplate())
                .contains("acknowledgement", "offer");
        assertThat(outbox.findByComplaintNoOrderByIdAsc(filed.complaintNo()))
                .filteredOn(m -> m.getRecipientKind() == RecipientKind.CUSTOMER)
                .allSatisfy(m -> assertThat(m.getBody()).contains(Outbox.CASE_PAGE_LINK).doesNotContain("?code="));
        String link = links.linkFor(filed.complaintNo());
        assertThat(link).matches("http://localhost:8080/c/" + filed.complaintNo() + "\\?code=[A-Za-z0-9_-]{43}");
    }

    @Test
    void theLinksCode_becomesAStrictHttpOnlyCookieForThisCase_andTheBrowserGoesToTheCleanAddress() {
        Filed filed = fileAndStart(complaint("PRODUCT_QUALITY", "The lamp flickers."));
        String link = links.linkFor(filed.complaintNo());
        CasePageClient page = new CasePageClient(desk, filed.complaintNo());

        DeskClient.Response exchanged = page.open(link);

        assertThat(exchanged.status()).isEqualTo(303);
        assertThat(exchanged.header("Location")).isEqualTo("/c/" + filed.complaintNo());
        assertThat(exchanged.header("Set-Cookie")).contains("HttpOnly", "SameSite=Strict",
                "Path=/c/" + filed.complaintNo(), "Max-Age=7200").doesNotContain("Secure");
        assertThat(exchanged.header("Referrer-Policy")).isEqualTo("no-referrer");
        assertThat(exchanged.header("Cache-Control")).contains("no-store");

        DeskClient.Response shown = page.page();
        assertThat(shown.status()).isEqualTo(200);
        assertThat(shown.body()).contains("Complaint " + filed.complaintNo(), "Being looked into", "What has happened",
                "Complaint received", "Times are in the time zone Asia/Shanghai").doesNotContain("<script");
        assertThat(shown.header("Content-Security-Policy")).contains("default-src 'none'").doesNotContain("script-src");
        assertThat(shown.header("Referrer-Policy")).isEqualTo("no-referrer");
        assertThat(shown.header("Cache-Control")).contains("no-store");
        assertThat(shown.header("X-Frame-Options")).isEqualTo("DENY");
        assertThat(desk.get("/c/assets/case.css", null).status()).isEqualTo(200);
    }

    @Test
    void aUsedCode_opensNothing_andOffersAFreshLink_atMostOnceInAWhile() {
        Filed filed = fileAndStart(complaint("PRODUCT_QUALITY", "The lamp flickers."));
        String link = links.linkFor(filed.complaintNo());
        new CasePageClient(desk, filed.complaintNo()).open(link);

        CasePageClient again = new CasePageClient(desk, filed.complaintNo());
        DeskClient.Response used = again.open(link);
        assertThat(used.status()).isEqualTo(410);
        assertThat(used.header("Set-Cookie")).isNull();
        assertThat(used.body()).contains("This link was used already or has expired", "Email me a fresh link");
        String code = link.substring(link.indexOf("code=") + 5);
        ClockUtil.setCurrentTime(new Date(ClockUtil.getCurrentTime().getTime() + Duration.ofMinutes(20).toMillis()));

        DeskClient.Response sent = again.postWithToken("fresh-link", null, "code", code);
        DeskClient.Response tooSoon = again.postWithToken("fresh-link", null, "code", code);

        assertThat(sent.body()).contains("A fresh link is on its way");
        assertThat(tooSoon.body()).contains("We sent a link a short while ago");
        assertThat(outbox.findByComplaintNoOrderByIdAsc(filed.complaintNo()))
                .filteredOn(m -> CaseLinks.FRESH_LINK_TEMPLATE.equals(m.getTemplate())).singleElement()
                .satisfies(m -> assertThat(m.getBody()).contains(Outbox.CASE_PAGE_LINK));
        assertThat(again.postWithToken("fresh-link", null, "code", "not-a-code-of-this-case").status()).isEqualTo(404);
    }

    @Test
    void reachedFromAnotherSiteWithoutTheStrictCookie_thePageOpensItselfOnceFromTheDesk() {
        Filed filed = fileAndStart(complaint("PRODUCT_QUALITY", "The lamp flickers."));
        String path = "/c/" + filed.complaintNo();

        DeskClient.Response crossSite = desk.send(desk.request(path, null).header("Sec-Fetch-Site", "cross-site")
                .GET().build());
        DeskClient.Response again = desk.send(desk.request(path, null).header("Sec-Fetch-Site", "same-origin")
                .GET().build());

        assertThat(crossSite.status()).isEqualTo(200);
        assertThat(crossSite.body()).contains("<meta http-equiv=\"refresh\" content=\"0; url=" + path + "\">",
                "href=\"" + path + "\"").doesNotContain("flickers");
        assertThat(again.status()).as("from the desk's own page: no second refresh").isEqualTo(403);
        assertThat(again.body()).doesNotContain("http-equiv");
    }

    @Test
    void anExpiredCode_opensNothing() {
        Filed filed = fileAndStart(complaint("PRODUCT_QUALITY", "The lamp flickers."));
        String link = links.linkFor(filed.complaintNo());
        ClockUtil.setCurrentTime(new Date(ClockUtil.getCurrentTime().getTime() + Duration.ofDays(15).toMillis()));

        DeskClient.Response expired = new CasePageClient(desk, filed.complaintNo()).open(link);

        assertThat(expired.status()).isEqualTo(410);
        assertThat(expired.header("Set-Cookie")).isNull();
        assertThat(expired.body()).contains("Email me a fresh link");
    }

    @Test
    void theSessionEnds_afterItsTime() {
        CasePageClient page = offered();
        ClockUtil.setCurrentTime(new Date(ClockUtil.getCurrentTime().getTime() + Duration.ofHours(3).toMillis()));

        assertThat(page.page().status()).isEqualTo(403);
        assertThat(page.page().body()).contains("The page is not open in this browser");
    }

    @Test
    void aCookieForOneCase_opensNothingOfAnother() {
        CasePageClient mine = offered();
        CasePageClient other = offered();
        String myToken = mine.csrf();

        CasePageClient intruder = new CasePageClient(desk, other.complaintNo);
        intruder.cookie = mine.cookie;
        DeskClient.Response shown = intruder.page();
        assertThat(shown.status()).isEqualTo(403);
        assertThat(shown.body()).doesNotContain(other.complaintNo + "</", "flickers", "coupon");
        assertThat(intruder.postWithToken("offer", myToken, "answer", "accept", "offer", "1").status()).isEqualTo(403);
        assertThat(offerStatus(other.complaintNo)).isEqualTo(OfferStatus.OPEN);

        // a code of one case does not open another, and stays good for its own
        String link = links.linkFor(mine.complaintNo);
        assertThat(new CasePageClient(desk, other.complaintNo).open(link.replace(mine.complaintNo, other.complaintNo))
                .status()).isEqualTo(404);
        assertThat(new CasePageClient(desk, mine.complaintNo).open(link).status()).isEqualTo(303);
        assertThat(new CasePageClient(desk, "CP-NONE-1").page().status()).isEqualTo(403);
    }

    @Test
    void aPostWithoutTheSessionsToken_isRefused_andChangesNothing() {
        CasePageClient page = offered();

        assertThat(page.postWithToken("offer", null, "answer", "accept", "offer", "1").status()).isEqualTo(403);
        DeskClient.Response forged = page.postWithToken("offer", "forged", "answer", "accept", "offer", "1");
        assertThat(forged.status()).isEqualTo(403);
        assertThat(forged.body()).contains("The form has expired");
        CasePageClient stranger = new CasePageClient(desk, page.complaintNo);
        assertThat(stranger.postWithToken("offer", page.csrf(), "answer", "accept", "offer", "1").status())
                .as("the token without the cookie").isEqualTo(403);
        assertThat(offerStatus(page.complaintNo)).isEqualTo(OfferStatus.OPEN);
    }

    @Test
    void customerRejectsTheOffer_withAComment_thenTheFormIsGone_andALatePostShowsTheReason() {
        CasePageClient page = offered();
        String before = page.page().body();
        assertThat(before).contains("Our proposal", "a compensation coupon worth 20", "name=\"answer\" value=\"reject\"",
                "Answer our proposal by");
        String token = page.csrf();

        DeskClient.Response rejected = page.postWithToken("offer", token, "answer", "reject", "offer", "1",
                "comment", "A coupon is not enough <b>for me</b>.");

        assertThat(rejected.status()).isEqualTo(303);
        assertThat(rejected.header("Location")).isEqualTo("/c/" + page.complaintNo + "?done=offer#actions");
        var offer = offers.findFirstByComplaintIdOrderByRoundDesc(complaints.getByComplaintNo(page.complaintNo).getId())
                .orElseThrow();
        assertThat(offer.getStatus()).isEqualTo(OfferStatus.REJECTED);
        assertThat(offer.getCustomerComment()).isEqualTo("A coupon is not enough <b>for me</b>.");
        DeskClient.Response after = page.get(rejected.header("Location").replace("#actions", ""));
        assertThat(after.body()).contains("your answer to our proposal is recorded", "You rejected the proposal")
                .doesNotContain("name=\"answer\"");

        DeskClient.Response late = page.postWithToken("offer", token, "answer", "accept", "offer", "1");
        assertThat(late.status()).isEqualTo(409);
        assertThat(late.body()).contains("Not done", "has no offer waiting for an answer", "Nothing was changed");
        assertThat(offerStatus(page.complaintNo)).isEqualTo(OfferStatus.REJECTED);
    }

    @Test
    void anAnswerWithoutAChoice_isRefusedWithItsReason() {
        CasePageClient page = offered();

        DeskClient.Response refused = page.post("offer", "offer", "1", "comment", "hmm");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("answer: choose whether you accept or reject the proposal",
                "name=\"answer\" value=\"reject\"");
        assertThat(offerStatus(page.complaintNo)).isEqualTo(OfferStatus.OPEN);
    }

    @Test
    void customerAnswersTheDesksQuestion() {
        Filed filed = fileAndStart(complaint("PRODUCT_QUALITY", "The lamp flickers."));
        investigateAndAsk(filed.pi(), "quinn", "Which model is it?");
        CasePageClient page = new CasePageClient(desk, filed.complaintNo());
        page.open(links.linkFor(filed.complaintNo()));
        assertThat(page.page().body()).contains("Answer our question", "Which model is it?", "Waiting for your answer");

        DeskClient.Response answered = page.post("message", "text", "Model L-200.");

        assertThat(answered.status()).isEqualTo(303);
        assertThat(notes.findByComplaintIdOrderByIdAsc(complaints.getByComplaintNo(filed.complaintNo()).getId()))
                .anySatisfy(n -> {
                    assertThat(n.getKind()).isEqualTo(NoteKind.CUSTOMER_INFORMATION);
                    assertThat(n.getText()).isEqualTo("Model L-200.");
                });
        assertThat(page.post("message", "text", " ").body()).contains("text: must not be blank");
    }

    /** A complaint about demo merchant M-77 whose two offers the customer rejected: the evidence period is open. */
    private Filed dispute() {
        Filed filed = riceCookerComplaint("Wang Fang", "wang@example.com", "zh-CN");
        rejectTwice(desk, filed);
        return filed;
    }

    @Test
    void duringTheEvidencePeriod_theCustomerUploadsAPhoto_isDone_andLaterAppeals() {
        Filed filed = dispute();
        CasePageClient page = new CasePageClient(desk, filed.complaintNo());
        page.open(links.linkFor(filed.complaintNo()));
        String shown = page.page().body();
        assertThat(shown).contains("<html lang=\"zh-CN\"", "提交证据", "type=\"file\"", "enctype=\"multipart/form-data\"");

        DeskClient.Response exe = page.upload("setup.exe", "image/png", Files.EXE, "not a photo");
        assertThat(exe.status()).isEqualTo(415);
        assertThat(exe.body()).contains("未能办理", "accepted are");
        DeskClient.Response photo = page.upload("label.png", "image/png", Files.PNG, "The capacity label");
        assertThat(photo.status()).isEqualTo(303);
        var stored = evidence.findByComplaintIdOrderByIdAsc(complaints.getByComplaintNo(filed.complaintNo()).getId());
        assertThat(stored).singleElement().satisfies(e -> {
            assertThat(e.getParty()).isEqualTo(EvidenceParty.CUSTOMER);
            assertThat(e.getFileName()).isEqualTo("label.png");
            assertThat(e.getNote()).isEqualTo("The capacity label");
        });
        assertThat(page.get("/c/" + filed.complaintNo() + "/evidence/" + stored.get(0).getId()).status()).isEqualTo(200);

        assertThat(page.post("evidence-done").status()).isEqualTo(303);
        assertThat(page.page().body()).doesNotContain("type=\"file\"");
        assertThat(desk.send(desk.request("/api/complaints/" + filed.complaintNo() + "/evidence/done", "mia")
                .POST(java.net.http.HttpRequest.BodyPublishers.noBody()).build()).status()).isEqualTo(204);
        continueCase(filed);
        ProcessInstance arbitration = called(filed.pi(), EvidenceAndArbitration.PROCESS_KEY);
        work(arbitration, EvidenceAndArbitration.Element.RULE_ON_DISPUTE, "arthur", Map.of("ruling", "SELLER_FAVOUR",
                "remedy", "APOLOGY", "responsibleParty", "CUSTOMER", "merchantShare", 0,
                "rationale", "The listing said 3 litres."));
        assertThat(page.page().body()).contains("申诉期限", "对裁决提出申诉", "The listing said 3 litres.");

        assertThat(page.post("appeal", "reason", "").body()).contains("reason: a reason of 1 to 2000 characters");
        DeskClient.Response appealed = page.post("appeal", "reason", "The photo shows 5 litres.");

        assertThat(appealed.status()).isEqualTo(303);
        assertThat(complaints.getByComplaintNo(filed.complaintNo()).getStatus()).isEqualTo(ComplaintStatus.UNDER_APPEAL);
        assertThat(page.page().body()).contains("申诉复核中").doesNotContain("action=\"/c/" + filed.complaintNo() + "/appeal\"");
    }

    @Test
    void theCustomerEntersTheReturnShipment_andLaterAnswersTheSurvey() {
        Filed filed = fileAndStart(complaint("PRODUCT_QUALITY", "The lamp flickers."));
        investigateAndOffer(filed.pi(), "quinn", "RETURN_AND_REFUND", null);
        CasePageClient page = new CasePageClient(desk, filed.complaintNo());
        page.open(links.linkFor(filed.complaintNo()));
        page.post("offer", "answer", "accept", "offer", "1");
        runContinuations(filed.pi());
        assertThat(page.page().body()).contains("Send the goods back", "name=\"trackingNo\"");

        assertThat(page.post("return", "courier", "SF Express", "trackingNo", "no!").body())
                .contains("trackingNo: must be 4 to 60 letters, digits or dashes");
        DeskClient.Response shipped = page.post("return", "courier", "SF Express", "trackingNo", "SF-77-RET");

        assertThat(shipped.status()).isEqualTo(303);
        ProcessInstance remedy = called(filed.pi(), RemedyExecution.PROCESS_KEY);
        runContinuations(remedy);
        work(remedy, RemedyExecution.Element.INSPECT_RETURN, "wes", Map.of("inspectionResult", "PASS",
                "inspectionNotes", "As described."));
        Answers.continueCase(processEngine, filed.complaintNo());
        ProcessInstance refund = called(remedy, RemedyExecution.Adapter.REFUND_BY_HAND);
        work(refund, RemedyExecution.Element.ISSUE_REFUND, "fiona", Map.of("paymentReference", "PAY-PAGE-1"));
        assertThat(complaints.getByComplaintNo(filed.complaintNo()).getStatus()).isEqualTo(ComplaintStatus.AWAITING_FEEDBACK);
        assertThat(page.page().body()).contains("Is your problem solved?", "Answer the survey by")
                .doesNotContain("Withdraw the complaint");

        assertThat(page.post("survey", "solved", "yes", "score", "9").body())
                .contains("score: must be a whole number from 1 to 5");
        DeskClient.Response answered = page.post("survey", "solved", "yes", "score", "5", "comment", "Quick, thanks.");

        assertThat(answered.status()).isEqualTo(303);
        runContinuations(filed.pi());
        assertThat(complaints.getByComplaintNo(filed.complaintNo()).getStatus()).isEqualTo(ComplaintStatus.CLOSED);
        assertThat(page.page().body()).contains("Closed", "There is nothing for you to do right now");
    }

    @Test
    void theCustomerWithdraws_onlyWhenTheyConfirm() {
        CasePageClient page = offered();

        DeskClient.Response unconfirmed = page.post("withdraw", "reason", "Solved it myself.");
        assertThat(unconfirmed.status()).isEqualTo(400);
        assertThat(complaints.getByComplaintNo(page.complaintNo).getStatus()).isEqualTo(ComplaintStatus.OFFER_PENDING);

        assertThat(page.post("withdraw", "reason", "Solved it myself.", "confirm", "yes").status()).isEqualTo(303);
        Answers.continueCase(processEngine, page.complaintNo);

        assertThat(complaints.getByComplaintNo(page.complaintNo).getStatus()).isEqualTo(ComplaintStatus.WITHDRAWN);
        assertThat(page.page().body()).contains("Withdrawn").doesNotContain("Withdraw the complaint", "name=\"answer\"");
    }

    @Test
    void theLanguageSwitches_onThePage() {
        CasePageClient page = offered();
        assertThat(page.page().body()).contains("<html lang=\"en\"", "lang=\"zh-TW\" hreflang=\"zh-TW\"");

        DeskClient.Response switched = page.get(page.path() + "?lang=zh-TW");

        assertThat(switched.status()).isEqualTo(303);
        assertThat(page.page().body()).contains("<html lang=\"zh-TW\"", "我們的方案", "等待您答覆方案");
        page.get(page.path() + "?lang=xx");
        assertThat(page.page().body()).contains("<html lang=\"zh-TW\"");
    }
}
