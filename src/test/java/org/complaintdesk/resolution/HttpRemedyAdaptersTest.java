package org.complaintdesk.resolution;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.net.http.HttpRequest;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.complaintdesk.complaint.ComplaintRepository;
import org.complaintdesk.process.ComplaintHandling;
import org.complaintdesk.process.EvidenceAndArbitration;
import org.complaintdesk.process.ProcessTestSupport;
import org.complaintdesk.process.RemedyExecution;
import org.complaintdesk.support.Customer;
import org.complaintdesk.support.DeskClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The http adapters against a real local HTTP server (WireMock) standing in for the platform's payment,
 * fulfilment and coupon services. A context of its own, because adapters are configuration; it also runs
 * with appeals switched off (an appeal window of zero).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "camunda.bpm.generate-unique-process-engine-name=true",
        "complaint-desk.remedies.payments.adapter=http",
        "complaint-desk.remedies.payments.url=http://127.0.0.1:" + HttpRemedyAdaptersTest.PORT + "/payments",
        "complaint-desk.remedies.payments.read-timeout=PT1S",
        "complaint-desk.remedies.fulfilment.adapter=http",
        "complaint-desk.remedies.fulfilment.url=http://127.0.0.1:" + HttpRemedyAdaptersTest.PORT + "/fulfilment",
        "complaint-desk.remedies.coupons.adapter=http",
        "complaint-desk.remedies.coupons.url=http://127.0.0.1:" + HttpRemedyAdaptersTest.PORT + "/coupons",
        "complaint-desk.arbitration.appeal-window=PT0S"})
@ActiveProfiles({"test", "demo"})
class HttpRemedyAdaptersTest extends ProcessTestSupport {

    static final int PORT = 39090;
    static final String REMEDY = RemedyExecution.PROCESS_KEY;
    static WireMockServer services;

    @LocalServerPort
    int port;

    @Autowired
    RefundRepository refunds;

    @Autowired
    RemedyActionRepository actions;

    @Autowired
    ComplaintRepository complaints;

    @Autowired
    ManagementService managementService;

    DeskClient desk;

    @BeforeAll
    static void startServices() {
        services = new WireMockServer(WireMockConfiguration.options().bindAddress("127.0.0.1").port(PORT));
        services.start();
    }

    @AfterAll
    static void stopServices() {
        services.stop();
    }

    @BeforeEach
    void reset() {
        services.resetAll();
        desk = new DeskClient(port);
    }

    private record Agreed(Filed filed, Customer customer, ProcessInstance remedy) {
    }

    private Agreed agreed(String remedy, Double amount) {
        Filed filed = fileAndStart(complaint("PRODUCT_QUALITY", "Broken lamp."));
        investigateAndOffer(filed.pi(), "quinn", remedy, amount);
        Customer customer = new Customer(desk, filed.complaintNo(), filed.token());
        customer.answerOffer(true);
        return new Agreed(filed, customer, called(filed.pi(), REMEDY));
    }

    @Test
    void refund_isSentWithItsIdempotencyKey_andSettledByTheCallback() {
        services.stubFor(post(urlEqualTo("/payments/refunds"))
                .willReturn(okJson("{\"status\": \"ACCEPTED\", \"reference\": \"PAY-1\"}")));
        Agreed a = agreed("REFUND_PARTIAL", 50.0);
        String refundId = a.filed().complaintNo() + "-R1";

        managementService.executeJob(job(a.remedy()).getId());

        assertThat(a.remedy()).isWaitingAt(RemedyExecution.Element.AWAIT_SETTLEMENT);
        LoggedRequest sent = services.findAll(postRequestedFor(urlEqualTo("/payments/refunds"))).get(0);
        assertThat(sent.getHeader("Idempotency-Key")).isEqualTo(refundId);
        assertThat(sent.getBodyAsString()).contains("\"amount\":50.00", "\"currency\":\"CNY\"");
        assertThat(refunds.findByRefundId(refundId).orElseThrow().getState()).isEqualTo(RefundState.SENT);

        assertThat(callback(refundId, "{\"status\": \"SETTLED\", \"reference\": \"PAY-1\"}", null).status()).isEqualTo(401);
        assertThat(callback(refundId, "{\"status\": \"SETTLED\", \"reference\": \"PAY-1\"}", "sam").status()).isEqualTo(403);
        DeskClient.Response settled = callback(refundId, "{\"status\": \"SETTLED\", \"reference\": \"PAY-1\"}", "payments");

        assertThat(settled.status()).isEqualTo(200);
        assertThat(settled.json().get("state").asText()).isEqualTo("SETTLED");
        assertThat(a.remedy()).isEnded();
        assertThat(a.filed().pi()).isWaitingAt(ComplaintHandling.Element.AWAIT_SURVEY);
        // the payment service repeats its callback: nothing changes
        assertThat(callback(refundId, "{\"status\": \"SETTLED\", \"reference\": \"PAY-1\"}", "payments").status()).isEqualTo(200);
        assertThat(callback("CP-1999-000000-R1", "{\"status\": \"SETTLED\"}", "payments").status()).isEqualTo(404);
        assertThat(callback(refundId, "{\"status\": \"MAYBE\"}", "payments").status()).isEqualTo(400);
    }

    @Test
    void refundSettledAtOnce_needsNoCallback() {
        services.stubFor(post(urlEqualTo("/payments/refunds"))
                .willReturn(okJson("{\"status\": \"SETTLED\", \"reference\": \"PAY-NOW\"}")));
        Agreed a = agreed("REFUND_FULL", null);

        managementService.executeJob(job(a.remedy()).getId());

        assertThat(a.remedy()).isEnded();
        assertThat(refunds.findByRefundId(a.filed().complaintNo() + "-R1").orElseThrow().getState())
                .isEqualTo(RefundState.SETTLED);
    }

    @Test
    void timeoutAfterTheServiceActed_theRetryCarriesTheSameKey_soNothingIsPaidTwice() {
        services.stubFor(post(urlEqualTo("/payments/refunds")).inScenario("slow").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(okJson("{\"status\": \"ACCEPTED\", \"reference\": \"PAY-SLOW\"}").withFixedDelay(2_000))
                .willSetStateTo("acted"));
        services.stubFor(post(urlEqualTo("/payments/refunds")).inScenario("slow").whenScenarioStateIs("acted")
                .willReturn(okJson("{\"status\": \"ACCEPTED\", \"reference\": \"PAY-SLOW\"}")));
        Agreed a = agreed("REFUND_FULL", null);
        String jobId = job(a.remedy()).getId();

        assertThatThrownBy(() -> managementService.executeJob(jobId)).hasMessageContaining("payments/refunds");
        assertThat(refunds.findByRefundId(a.filed().complaintNo() + "-R1").orElseThrow().getState())
                .isEqualTo(RefundState.REQUESTED);
        managementService.executeJob(jobId); // the engine's retry

        List<LoggedRequest> calls = services.findAll(postRequestedFor(urlEqualTo("/payments/refunds")));
        assertThat(calls).hasSize(2).extracting(r -> r.getHeader("Idempotency-Key")).containsOnly(
                a.filed().complaintNo() + "-R1");
        assertThat(refunds.findByComplaintIdOrderByIdAsc(complaintId(a))).singleElement()
                .satisfies(r -> assertThat(r.getState()).isEqualTo(RefundState.SENT));
    }

    @Test
    void paymentServiceDown_retriesThenIncident_thenRecoveryWithoutASecondRefund() {
        services.stubFor(post(urlEqualTo("/payments/refunds")).willReturn(aResponse().withStatus(503)));
        Agreed a = agreed("REFUND_FULL", null);
        String jobId = job(a.remedy()).getId();

        for (int attempt = 1; attempt <= 3; attempt++) {
            assertThatThrownBy(() -> managementService.executeJob(jobId)).isInstanceOf(RuntimeException.class);
        }

        Job failed = managementService.createJobQuery().jobId(jobId).singleResult();
        assertThat(failed.getRetries()).isZero();
        assertThat(processEngine.getRuntimeService().createIncidentQuery().processInstanceId(a.remedy().getId()).count())
                .isEqualTo(1);

        // an operator fixes the cause and retries in Cockpit
        services.resetAll();
        services.stubFor(post(urlEqualTo("/payments/refunds"))
                .willReturn(okJson("{\"status\": \"ACCEPTED\", \"reference\": \"PAY-BACK\"}")));
        managementService.setJobRetries(jobId, 1);
        managementService.executeJob(jobId);

        assertThat(processEngine.getRuntimeService().createIncidentQuery().processInstanceId(a.remedy().getId()).count())
                .isZero();
        assertThat(a.remedy()).isWaitingAt(RemedyExecution.Element.AWAIT_SETTLEMENT);
        assertThat(refunds.findByComplaintIdOrderByIdAsc(complaintId(a))).singleElement()
                .satisfies(r -> assertThat(r.getProviderReference()).isEqualTo("PAY-BACK"));
    }

    @Test
    void refundFailedAtThePaymentService_fallsBackToFinancePayingByHand() {
        services.stubFor(post(urlEqualTo("/payments/refunds"))
                .willReturn(okJson("{\"status\": \"ACCEPTED\", \"reference\": \"PAY-X\"}")));
        Agreed a = agreed("REFUND_FULL", null);
        managementService.executeJob(job(a.remedy()).getId());

        callback(a.filed().complaintNo() + "-R1", "{\"status\": \"FAILED\", \"reason\": \"card closed\"}", "payments");

        assertThat(a.remedy()).isWaitingAt(RemedyExecution.Element.ISSUE_REFUND);
        assertThat(refunds.findByRefundId(a.filed().complaintNo() + "-R1").orElseThrow().getState())
                .isEqualTo(RefundState.FAILED);
    }

    @Test
    void exchange_isOrderedFromFulfilment() {
        services.stubFor(post(urlEqualTo("/fulfilment/reshipments")).willReturn(okJson("{\"trackingNo\": \"FUL-123\"}")));
        Agreed a = agreed("EXCHANGE", null);

        managementService.executeJob(job(a.remedy()).getId());

        assertThat(a.remedy()).isEnded();
        assertThat(services.findAll(postRequestedFor(urlEqualTo("/fulfilment/reshipments"))).get(0)
                .getHeader("Idempotency-Key")).isEqualTo(a.filed().complaintNo() + "-RESHIP");
        assertThat(actions.findByComplaintIdOrderByIdAsc(complaintId(a)))
                .anySatisfy(x -> assertThat(x.getReference()).isEqualTo("FUL-123"));
    }

    @Test
    void coupon_isIssuedByTheCouponService() {
        services.stubFor(post(urlEqualTo("/coupons/coupons")).willReturn(okJson("{\"code\": \"CPN-9\"}")));
        Agreed a = agreed("COMPENSATION_COUPON", 25.0);

        managementService.executeJob(job(a.remedy()).getId());

        assertThat(a.remedy()).isEnded();
        assertThat(services.findAll(postRequestedFor(urlEqualTo("/coupons/coupons"))).get(0).getBodyAsString())
                .contains("\"amount\":25.00");
        assertThat(actions.findByComplaintIdOrderByIdAsc(complaintId(a)))
                .anySatisfy(x -> assertThat(x.getReference()).isEqualTo("CPN-9"));
    }

    @Test
    void appealWindowOfZero_makesTheRulingFinalAtOnce() {
        Filed filed = fileAndStart(complaint("PRODUCT_QUALITY", "Broken lamp."));
        Customer customer = new Customer(desk, filed.complaintNo(), filed.token());
        investigateAndOffer(filed.pi(), "quinn", "APOLOGY", null);
        customer.answerOffer(false);
        work(filed.pi(), ComplaintHandling.Element.REVISE_OFFER, "quinn", java.util.Map.of("remedy", "APOLOGY"));
        customer.answerOffer(false);
        ProcessInstance evidence = called(filed.pi(), EvidenceAndArbitration.PROCESS_KEY);
        managementService.executeJob(managementService.createJobQuery().processInstanceId(evidence.getId())
                .activityId(EvidenceAndArbitration.Element.EVIDENCE_PERIOD_ENDS).singleResult().getId());

        work(evidence, EvidenceAndArbitration.Element.RULE_ON_DISPUTE, "arthur", java.util.Map.of("ruling",
                "SELLER_FAVOUR", "remedy", "APOLOGY", "responsibleParty", "CUSTOMER", "merchantShare", 0,
                "rationale", "The lamp was dropped."));

        assertThat(evidence).isEnded().hasNotPassed(EvidenceAndArbitration.Element.AWAIT_APPEAL);
        assertThat(complaints.getByComplaintNo(filed.complaintNo()).isRulingFinal()).isTrue();
        assertThat(customer.post("/appeal", "{\"reason\": \"no\"}").status()).isEqualTo(409);
    }

    private DeskClient.Response callback(String refundId, String body, String user) {
        return desk.send(desk.request("/api/payments/refunds/" + refundId + "/settled", user)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    private Job job(ProcessInstance pi) {
        return managementService.createJobQuery().processInstanceId(pi.getId()).executable().singleResult();
    }

    private long complaintId(Agreed a) {
        return complaints.getByComplaintNo(a.filed().complaintNo()).getId();
    }
}
