package org.complaintdesk.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.complaintdesk.complaint.ComplaintRepository;
import org.complaintdesk.complaint.ComplaintStatus;
import org.complaintdesk.negotiation.OfferStatus;
import org.complaintdesk.negotiation.RemedyOfferRepository;
import org.complaintdesk.notification.OutboxRepository;
import org.complaintdesk.process.ComplaintHandling.Element;
import org.complaintdesk.process.ComplaintHandling.Var;
import org.complaintdesk.support.Customer;
import org.complaintdesk.support.DeskClient;
import org.complaintdesk.support.DeskTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Offer → accept / reject / silence, through the customer API. */
@DeskTest
class NegotiationTest extends ProcessTestSupport {

    @LocalServerPort
    int port;

    @Autowired
    ComplaintRepository complaints;

    @Autowired
    RemedyOfferRepository offers;

    @Autowired
    OutboxRepository outbox;

    DeskClient desk;

    @BeforeEach
    void client() {
        desk = new DeskClient(port);
    }

    @Test
    void acceptedOffer_goesOnToCarryOutTheRemedy() {
        Filed filed = fileAndStart(complaint("PRODUCT_QUALITY", "Broken."));
        investigateAndOffer(filed.pi(), "quinn", "REFUND_PARTIAL", 50.0);

        assertThat(filed.pi()).isWaitingAt(Element.AWAIT_OFFER_RESPONSE);
        assertThat(status(filed)).isEqualTo(ComplaintStatus.OFFER_PENDING);
        assertThat(outbox.findByComplaintNoOrderByIdAsc(filed.complaintNo())).anySatisfy(m -> {
            assertThat(m.getTemplate()).isEqualTo("offer");
            assertThat(m.getBody()).contains("a partial refund of 50.00 CNY", "take it that you accept");
        });

        DeskClient.Response answer = respond(filed, "{\"accepted\": true}");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().get("status").asText()).isEqualTo("ACCEPTED");
        assertThat(filed.pi()).hasPassed(Element.RECORD_AGREEMENT).isWaitingAt(Element.CARRY_OUT_REMEDY);
        assertThat(status(filed)).isEqualTo(ComplaintStatus.REMEDY_IN_PROGRESS);
        assertThat(complaints.getByComplaintNo(filed.complaintNo()).getRemedyAmount()).isEqualByComparingTo("50.00");
    }

    @Test
    void rejectedOnceThenAccepted_theRevisedOfferIsAgreed() {
        Filed filed = fileAndStart(complaint("PRODUCT_QUALITY", "Broken."));
        investigateAndOffer(filed.pi(), "quinn", "REFUND_PARTIAL", 50.0);

        respond(filed, "{\"accepted\": false, \"comment\": \"I want all my money back\"}");

        assertThat(filed.pi()).isWaitingAt(Element.REVISE_OFFER);
        assertThat(filed.pi()).variables().containsEntry("offersRejected", 1)
                .containsEntry("customerComment", "I want all my money back");
        as("quinn", () -> complete(task(filed.pi()), withVariables("remedy", "REFUND_FULL")));
        assertThat(filed.pi()).isWaitingAt(Element.AWAIT_OFFER_RESPONSE);

        respond(filed, "{\"accepted\": true, \"offer\": 2}");

        assertThat(filed.pi()).hasPassed(Element.RECORD_AGREEMENT).isWaitingAt(Element.CARRY_OUT_REMEDY);
        var all = offers.findByComplaintIdOrderByRoundAsc(complaints.getByComplaintNo(filed.complaintNo()).getId());
        assertThat(all).extracting(o -> o.getStatus()).containsExactly(OfferStatus.REJECTED, OfferStatus.ACCEPTED);
        assertThat(all.get(1).getAmount()).isEqualByComparingTo("200.00"); // a full refund is the amount paid
    }

    @Test
    void rejectedTwice_goesToEvidenceAndArbitration() {
        Filed filed = fileAndStart(complaint("PRODUCT_QUALITY", "Broken."));
        investigateAndOffer(filed.pi(), "quinn", "APOLOGY", null);
        assertThat(filed.pi()).variables().containsEntry(Var.OFFER_ROUNDS, 2).containsEntry(Var.FINAL_OFFER, false);
        respond(filed, "{\"accepted\": false}");
        as("quinn", () -> complete(task(filed.pi()), withVariables("remedy", "COMPENSATION_COUPON", "remedyAmount", 20)));
        assertThat(filed.pi()).variables().containsEntry(Var.FINAL_OFFER, true); // the case-limits table's second round

        respond(filed, "{\"accepted\": false, \"comment\": \"No coupons\"}");

        assertThat(filed.pi()).hasPassed(Element.HAND_OVER_TO_PLATFORM).isWaitingAt(Element.EVIDENCE_AND_ARBITRATION);
        assertThat(status(filed)).isEqualTo(ComplaintStatus.EVIDENCE_PERIOD);
        assertThat(outbox.findByComplaintNoOrderByIdAsc(filed.complaintNo()))
                .anySatisfy(m -> assertThat(m.getTemplate()).isEqualTo("platform-intervention"));
    }

    @Test
    void remedySuggestion_runsOnWhatTheInvestigationFound() {
        Filed filed = fileAndStart(complaint("PRODUCT_QUALITY", "Broken.")); // routing guesses the merchant
        assertThat(filed.pi()).hasNotPassed(Element.SUGGEST_REMEDY);

        work(filed.pi(), Element.INVESTIGATE_COMPLAINT, "quinn", Map.of(
                Var.FINDINGS, "The customer dropped the lamp.", Var.RESPONSIBLE_PARTY, "CUSTOMER",
                Var.INVESTIGATION_OUTCOME, ComplaintHandling.Outcome.OFFER_REMEDY, Var.REMEDY, "APOLOGY"));

        assertThat(filed.pi()).hasPassed(Element.SUGGEST_REMEDY).isWaitingAt(Element.AWAIT_OFFER_RESPONSE);
        assertThat(filed.pi()).variables().containsEntry(Var.SUGGESTED_REMEDY, "REJECT")
                .containsEntry(Var.REMEDY_AMOUNT_CAP, 0.0);
    }

    @Test
    void silencePastTheReplyDeadline_countsAsAcceptance() {
        Filed filed = fileAndStart(complaint("PRODUCT_QUALITY", "Broken."));
        investigateAndOffer(filed.pi(), "quinn", "EXCHANGE", null);

        execute(job(Element.OFFER_REPLY_DUE, filed.pi()));

        assertThat(filed.pi()).hasPassed(Element.ACCEPT_OFFER_BY_SILENCE, Element.RECORD_AGREEMENT)
                .isWaitingAt(Element.CARRY_OUT_REMEDY);
        var offer = offers.findFirstByComplaintIdOrderByRoundDesc(
                complaints.getByComplaintNo(filed.complaintNo()).getId()).orElseThrow();
        assertThat(offer.getStatus()).isEqualTo(OfferStatus.ACCEPTED_BY_SILENCE);
    }

    @Test
    void responseWithoutAnOpenOffer_isAConflictAndChangesNothing() {
        Filed filed = fileAndStart(complaint("PRODUCT_QUALITY", "Broken."));

        DeskClient.Response early = respond(filed, "{\"accepted\": true}");

        assertThat(early.status()).isEqualTo(409);
        assertThat(early.header("Content-Type")).startsWith("application/problem+json");
        assertThat(early.json().get("type").asText()).isEqualTo("urn:complaint-desk:problem:no-open-offer");
        assertThat(early.json().get("detail").asText()).contains("no offer waiting");
        assertThat(filed.pi()).isWaitingAt(Element.INVESTIGATE_COMPLAINT);
    }

    @Test
    void answeringTwice_sameAnswerIsHarmless_otherAnswerIsAConflict() {
        Filed filed = fileAndStart(complaint("PRODUCT_QUALITY", "Broken."));
        investigateAndOffer(filed.pi(), "quinn", "EXCHANGE", null);
        respond(filed, "{\"accepted\": true}");

        assertThat(respond(filed, "{\"accepted\": true}").status()).isEqualTo(200);
        assertThat(respond(filed, "{\"accepted\": false}").status()).isEqualTo(409);
    }

    @Test
    void answerMeantForAnOlderOffer_isRefused() {
        Filed filed = fileAndStart(complaint("PRODUCT_QUALITY", "Broken."));
        investigateAndOffer(filed.pi(), "quinn", "APOLOGY", null);
        respond(filed, "{\"accepted\": false}");
        as("quinn", () -> complete(task(filed.pi()), withVariables("remedy", "EXCHANGE")));

        DeskClient.Response late = respond(filed, "{\"accepted\": false, \"offer\": 1}");

        assertThat(late.status()).isEqualTo(409);
        assertThat(late.json().get("type").asText()).isEqualTo("urn:complaint-desk:problem:offer-superseded");
        assertThat(filed.pi()).isWaitingAt(Element.AWAIT_OFFER_RESPONSE);
    }

    @Test
    void badResponses_areRejectedWithProblems() {
        Filed filed = fileAndStart(complaint("PRODUCT_QUALITY", "Broken."));
        investigateAndOffer(filed.pi(), "quinn", "EXCHANGE", null);

        assertThat(respond(filed, "{\"comment\": \"hm\"}").status()).isEqualTo(400);
        assertThat(respond(filed, "{\"accepted\": \"maybe\"}").json().get("errors").get(0).get("field").asText())
                .isEqualTo("accepted");
        DeskClient.Response wrongToken = desk.send(desk.request("/api/complaints/" + filed.complaintNo()
                        + "/offer-response", null).header("Content-Type", "application/json")
                .header("X-Customer-Token", "not-the-token")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"accepted\": true}")).build());
        assertThat(wrongToken.status()).isEqualTo(404);
        assertThat(filed.pi()).isWaitingAt(Element.AWAIT_OFFER_RESPONSE);
    }

    @Test
    void offerOverTheAmountPaid_cannotBeSent() {
        Filed filed = fileAndStart(complaint("PRODUCT_QUALITY", "Broken."));

        org.assertj.core.api.Assertions.assertThatThrownBy(() ->
                investigateAndOffer(filed.pi(), "quinn", "REFUND_PARTIAL", 999.0))
                .hasMessageContaining("remedyAmount").hasMessageContaining("must not exceed the amount paid");
        org.assertj.core.api.Assertions.assertThatThrownBy(() ->
                investigateAndOffer(filed.pi(), "quinn", "REJECT", null))
                .hasMessageContaining("remedyReason");
        assertThat(filed.pi()).isWaitingAt(Element.INVESTIGATE_COMPLAINT);
    }

    @Test
    void waitingForTheAnswer_pausesTheResolutionClock() {
        Instant start = Instant.parse("2026-11-02T02:00:00Z");
        ClockUtil.setCurrentTime(Date.from(start));
        Filed filed = fileAndStart(complaint("PRODUCT_QUALITY", "Broken."));
        Instant due = complaints.getByComplaintNo(filed.complaintNo()).getResolutionDueAt();
        investigateAndOffer(filed.pi(), "quinn", "EXCHANGE", null);

        ClockUtil.setCurrentTime(Date.from(start.plus(Duration.ofHours(10))));
        respond(filed, "{\"accepted\": false}");

        var complaint = complaints.getByComplaintNo(filed.complaintNo());
        assertThat(complaint.getCustomerWaitSeconds()).isEqualTo(10 * 3600);
        assertThat(complaint.getResolutionDueAt()).isEqualTo(due.plus(Duration.ofHours(10)));
    }

    private DeskClient.Response respond(Filed filed, String body) {
        return new Customer(desk, filed.complaintNo(), filed.token(), processEngine).post("/offer-response", body);
    }

    private ComplaintStatus status(Filed filed) {
        return complaints.getByComplaintNo(filed.complaintNo()).getStatus();
    }
}
