package org.complaintdesk.resolution;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

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
 * fulfilment and coupon services. A context of its own, because adapters are configuration.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "camunda.bpm.generate-unique-process-engine-name=true",
        "complaint-desk.remedies.payments.adapter=http",
        "complaint-desk.remedies.payments.url=http://127.0.0.1:${test.services-port:39090}/payments",
        "complaint-desk.remedies.payments.read-timeout=PT1S",
        "complaint-desk.remedies.fulfilment.adapter=http",
        "complaint-desk.remedies.fulfilment.url=http://127.0.0.1:${test.services-port:39090}/fulfilment",
        "complaint-desk.remedies.coupons.adapter=http",
        "complaint-desk.remedies.coupons.url=http://127.0.0.1:${test.services-port:39090}/coupons"})
@ActiveProfiles({"test", "demo"})
class HttpRemedyAdaptersTest extends ProcessTestSupport {

    /** A free port Maven reserves for each build (build-helper), so that builds side by side do not collide. */
    static final int PORT = Integer.getInteger("test.services-port", 39090);
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

    @Autowired
    org.complaintdesk.complaint.CaseEventRepository events;

    @Autowired
    org.complaintdesk.notification.OutboxRepository outbox;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

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
        Customer customer = new Customer(desk, filed.complaintNo(), filed.token(), processEngine);
        customer.answerOffer(true);
        return new Agreed(filed, customer, called(filed.pi(), REMEDY));
    }

    @Test
    void refund_isSentWithItsIdempotencyKey_andSettledByTheCallback() {
        services.stubFor(post(urlEqualTo("/payments/refunds"))
                .willReturn(okJson("{\"status\": \"ACCEPTED\", \"reference\": \"PAY-1\"}")));
        Agreed a = agreed("REFUND_PARTIAL", 50.0);
        String refundId = a.filed().complaintNo() + "-R1";
        assertThat(a.remedy()).isWaitingAt(RemedyExecution.Element.PAY_REFUND)
                .variables().containsEntry(RemedyExecution.Var.REFUND_PROCESS, RemedyExecution.Adapter.REFUND_BY_PAYMENT_SERVICE);

        managementService.executeJob(job(payment(a)).getId());

        assertThat(payment(a)).isWaitingAt(RemedyExecution.Element.AWAIT_SETTLEMENT);
        LoggedRequest sent = services.findAll(postRequestedFor(urlEqualTo("/payments/refunds"))).get(0);
        assertThat(sent.getHeader("Idempotency-Key")).isEqualTo(refundId);
        assertThat(sent.getBodyAsString()).contains("\"amount\":50.00", "\"currency\":\"CNY\"");
        assertThat(refunds.findByRefundId(refundId).orElseThrow().getState()).isEqualTo(RefundState.SENT);

        assertThat(callback(refundId, "{\"status\": \"SETTLED\", \"reference\": \"PAY-1\"}", null).status()).isEqualTo(401);
        assertThat(callback(refundId, "{\"status\": \"SETTLED\", \"reference\": \"PAY-1\"}", "sam").status()).isEqualTo(403);
        DeskClient.Response settled = callback(refundId, "{\"status\": \"SETTLED\", \"reference\": \"PAY-1\"}", "payments");

        assertThat(settled.status()).isEqualTo(200);
        assertThat(settled.json().get("state").asText()).isEqualTo("SETTLED");
        // the answer did not wait for the rest of the case: that goes on in a job of its own
        assertThat(managementService.createJobQuery().processInstanceId(payment(a).getId()).messages().count()).isEqualTo(1);
        continueAfterMessages(a);
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

        managementService.executeJob(job(payment(a)).getId());

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
        String jobId = job(payment(a)).getId();

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
        String jobId = job(payment(a)).getId();

        for (int attempt = 1; attempt <= 3; attempt++) {
            assertThatThrownBy(() -> managementService.executeJob(jobId)).isInstanceOf(RuntimeException.class);
        }

        Job failed = managementService.createJobQuery().jobId(jobId).singleResult();
        assertThat(failed.getRetries()).isZero();
        assertThat(processEngine.getRuntimeService().createIncidentQuery().processInstanceId(payment(a).getId()).count())
                .isEqualTo(1);

        // an operator fixes the cause and retries in Cockpit
        services.resetAll();
        services.stubFor(post(urlEqualTo("/payments/refunds"))
                .willReturn(okJson("{\"status\": \"ACCEPTED\", \"reference\": \"PAY-BACK\"}")));
        managementService.setJobRetries(jobId, 1);
        managementService.executeJob(jobId);

        assertThat(processEngine.getRuntimeService().createIncidentQuery().processInstanceId(payment(a).getId()).count())
                .isZero();
        assertThat(payment(a)).isWaitingAt(RemedyExecution.Element.AWAIT_SETTLEMENT);
        assertThat(refunds.findByComplaintIdOrderByIdAsc(complaintId(a))).singleElement()
                .satisfies(r -> assertThat(r.getProviderReference()).isEqualTo("PAY-BACK"));
    }

    @Test
    void refundFailedAtThePaymentService_fallsBackToFinancePayingByHand() {
        services.stubFor(post(urlEqualTo("/payments/refunds"))
                .willReturn(okJson("{\"status\": \"ACCEPTED\", \"reference\": \"PAY-X\"}")));
        Agreed a = agreed("REFUND_FULL", null);
        managementService.executeJob(job(payment(a)).getId());

        callback(a.filed().complaintNo() + "-R1", "{\"status\": \"FAILED\", \"reason\": \"card closed\"}", "payments");
        continueAfterMessages(a);

        assertThat(payment(a)).isWaitingAt(RemedyExecution.Element.PAY_BY_HAND);
        assertThat(byHand(a)).isWaitingAt(RemedyExecution.Element.ISSUE_REFUND);
        assertThat(refunds.findByRefundId(a.filed().complaintNo() + "-R1").orElseThrow().getState())
                .isEqualTo(RefundState.FAILED);
        // two calls down, finance's form still shows the whole case and the refund to pay
        var issueRefund = task(RemedyExecution.Element.ISSUE_REFUND, byHand(a));
        assertThat(unfilledFormFields(issueRefund)).isEmpty();
        assertThat(processEngine.getTaskService().getVariables(issueRefund.getId()))
                .containsEntry("refundId", a.filed().complaintNo() + "-R1")
                .containsEntry("refundAmountText", "200.00 CNY")
                .containsEntry("customerName", "Ana Lima");
    }

    /** A refund the payment service reported FAILED: finance's task to pay it by hand is open. */
    private Agreed failedRefund() {
        services.stubFor(post(urlEqualTo("/payments/refunds"))
                .willReturn(okJson("{\"status\": \"ACCEPTED\", \"reference\": \"PAY-F\"}")));
        Agreed a = agreed("REFUND_FULL", null);
        managementService.executeJob(job(payment(a)).getId());
        assertThat(callback(refundId(a), "{\"status\": \"FAILED\", \"reason\": \"card closed\"}", "payments")
                .status()).isEqualTo(200);
        continueAfterMessages(a);
        assertThat(byHand(a)).isWaitingAt(RemedyExecution.Element.ISSUE_REFUND);
        return a;
    }

    /**
     * Finance pays by hand and completes the task (in code: this context's engine is not engine REST's default one).
     *
     * @return null when the completion went through, else why it was refused
     */
    private RuntimeException payByHand(String taskId, String reference) {
        try {
            as("fiona", () -> processEngine.getTaskService().complete(taskId,
                    java.util.Map.of("paymentReference", reference)));
            return null;
        } catch (RuntimeException refused) {
            return refused;
        }
    }

    @Test
    void failedThenSettled_withdrawsFinancesTask_soNobodyPaysASecondTime() {
        Agreed a = failedRefund();
        ProcessInstance byHand = byHand(a);
        String taskId = task(RemedyExecution.Element.ISSUE_REFUND, byHand).getId();

        DeskClient.Response settled = callback(refundId(a), "{\"status\": \"SETTLED\", \"reference\": \"PAY-F\"}",
                "payments");

        assertThat(settled.status()).isEqualTo(200);
        continueAfterMessages(a);
        assertThat(byHand).isEnded().hasPassed(RemedyExecution.Element.REFUND_SETTLED_BY_PAYMENT_SERVICE);
        assertThat(a.remedy()).isEnded();
        assertThat(payByHand(taskId, "PAY-HAND")).hasMessageContaining("Cannot find task");
        assertThat(refunds.findByComplaintIdOrderByIdAsc(complaintId(a))).singleElement().satisfies(r -> {
            assertThat(r.getState()).isEqualTo(RefundState.SETTLED);
            assertThat(r.getSettledBy()).isEqualTo("payment-service");
            assertThat(r.getProviderReference()).isEqualTo("PAY-F");
        });
        assertThat(services.findAll(postRequestedFor(urlEqualTo("/payments/refunds")))).hasSize(1);
    }

    @Test
    void paidByHand_thenSettledByTheService_isRefusedAndFlaggedToFinance() {
        Agreed a = failedRefund();
        assertThat(payByHand(task(RemedyExecution.Element.ISSUE_REFUND, byHand(a)).getId(), "PAY-HAND")).isNull();

        DeskClient.Response late = callback(refundId(a), "{\"status\": \"SETTLED\", \"reference\": \"PAY-F\"}",
                "payments");

        assertThat(late.status()).isEqualTo(409);
        assertThat(late.json().get("type").asText()).isEqualTo("urn:complaint-desk:problem:refund-paid-by-hand");
        assertThat(refunds.findByComplaintIdOrderByIdAsc(complaintId(a))).singleElement().satisfies(r -> {
            assertThat(r.getSettledBy()).isEqualTo("fiona");
            assertThat(r.getProviderReference()).isEqualTo("PAY-HAND");
        });
        assertThat(events.findByComplaintIdOrderByIdAsc(complaintId(a)))
                .anySatisfy(e -> assertThat(e.getType()).isEqualTo("REFUND_DUPLICATE_REPORTED"));
        assertThat(outbox.findByComplaintNoOrderByIdAsc(a.filed().complaintNo()))
                .anySatisfy(m -> assertThat(m.getTemplate()).isEqualTo("refund-paid-twice"));
    }

    @Test
    void failureReportedBeforeTheRefundWasSent_goesToFinance_withoutAskingTheServiceAgain() {
        Agreed a = agreed("REFUND_FULL", null);
        assertThat(callback(refundId(a), "{\"status\": \"FAILED\", \"reason\": \"account closed\"}", "payments")
                .status()).isEqualTo(200);

        managementService.executeJob(job(payment(a)).getId());

        assertThat(services.findAll(postRequestedFor(urlEqualTo("/payments/refunds")))).isEmpty();
        assertThat(byHand(a)).isWaitingAt(RemedyExecution.Element.ISSUE_REFUND);
    }

    @Test
    void payingByHandARefundThatAlreadySettled_isRefused() {
        Agreed a = failedRefund();
        String taskId = task(RemedyExecution.Element.ISSUE_REFUND, byHand(a)).getId();
        // the payment service's settlement reached the ledger, but not (yet) the open task
        jdbc.update("update refund set state = 'SETTLED', settled_by = 'payment-service', provider_reference = 'PAY-F'"
                + " where refund_id = ?", refundId(a));

        RuntimeException refused = payByHand(taskId, "PAY-HAND");

        assertThat(refused).isInstanceOf(org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException.class)
                .hasMessageContaining("already settled by payment-service").hasMessageContaining("Do not pay it");
        assertThat(refunds.findByRefundId(refundId(a)).orElseThrow().getSettledBy()).isEqualTo("payment-service");
        assertThat(byHand(a)).isWaitingAt(RemedyExecution.Element.ISSUE_REFUND);
    }

    @Test
    void financeAndThePaymentServiceAtOnce_exactlyOneSettlementCounts() throws Exception {
        var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 4; round++) {
                Agreed a = failedRefund();
                String taskId = task(RemedyExecution.Element.ISSUE_REFUND, byHand(a)).getId();
                var start = new java.util.concurrent.CountDownLatch(1);
                var byHand = pool.submit(() -> {
                    start.await();
                    return payByHand(taskId, "PAY-HAND");
                });
                var byService = pool.submit(() -> {
                    start.await();
                    return callback(refundId(a), "{\"status\": \"SETTLED\", \"reference\": \"PAY-F\"}", "payments");
                });
                start.countDown();
                RuntimeException hand = byHand.get();
                int service = byService.get().status();
                if (service == 409 && "urn:complaint-desk:problem:concurrent-change".equals(
                        byService.get().json().get("type").asText())) {
                    service = callback(refundId(a), "{\"status\": \"SETTLED\", \"reference\": \"PAY-F\"}",
                            "payments").status(); // the payment service retries
                }

                Refund refund = refunds.findByRefundId(refundId(a)).orElseThrow();
                assertThat(refund.getState()).isEqualTo(RefundState.SETTLED);
                if ("fiona".equals(refund.getSettledBy())) {
                    assertThat(hand).as("round " + round).isNull();
                    assertThat(service).as("round " + round).isEqualTo(409);
                } else {
                    assertThat(refund.getSettledBy()).isEqualTo("payment-service");
                    assertThat(service).as("round " + round).isEqualTo(200);
                    assertThat(hand).as("round " + round).isNotNull(); // task withdrawn, or refused: settled meanwhile
                }
                assertThat(refunds.findByComplaintIdOrderByIdAsc(complaintId(a))).hasSize(1);
                continueAfterMessages(a);
                assertThat(a.remedy()).isEnded();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void paymentServiceReport_continuesInAJobOfItsOwn_soAFailureAfterItIsAnIncident_notAnErrorForTheService() {
        services.stubFor(post(urlEqualTo("/payments/refunds"))
                .willReturn(okJson("{\"status\": \"ACCEPTED\", \"reference\": \"PAY-J\"}")));
        Agreed a = agreed("REFUND_FULL", null);
        managementService.executeJob(job(payment(a)).getId());
        ProcessInstance payment = payment(a);
        // the step after the report cannot run: finance's task to pay by hand gets a priority that is no number
        // (a variable removed here would reach the called refund-by-hand as null, which its priority allows)
        processEngine.getRuntimeService().setVariable(payment.getId(), "priority", true);

        DeskClient.Response failed = callback(refundId(a), "{\"status\": \"FAILED\", \"reason\": \"card closed\"}",
                "payments");

        assertThat(failed.status()).isEqualTo(200);
        assertThat(refunds.findByRefundId(refundId(a)).orElseThrow().getState()).isEqualTo(RefundState.FAILED);
        Job next = managementService.createJobQuery().processInstanceId(payment.getId()).messages().singleResult();
        for (int attempt = 1; attempt <= 3; attempt++) {
            assertThatThrownBy(() -> managementService.executeJob(next.getId())).hasMessageContaining("priority");
        }
        assertThat(managementService.createJobQuery().jobId(next.getId()).singleResult().getRetries()).isZero();
        assertThat(processEngine.getRuntimeService().createIncidentQuery().processInstanceId(payment.getId()).count())
                .isEqualTo(1);
        // the service repeats its report: still answered, recorded once
        assertThat(callback(refundId(a), "{\"status\": \"FAILED\", \"reason\": \"card closed\"}", "payments")
                .status()).isEqualTo(200);
        assertThat(events.findByComplaintIdOrderByIdAsc(complaintId(a)))
                .filteredOn(e -> "REFUND_FAILED".equals(e.getType())).hasSize(1);

        // an operator fixes the cause and retries in Cockpit
        processEngine.getRuntimeService().setVariable(payment.getId(), "priority", 50);
        managementService.setJobRetries(next.getId(), 1);
        managementService.executeJob(next.getId());

        assertThat(byHand(a)).isWaitingAt(RemedyExecution.Element.ISSUE_REFUND);
    }

    @Test
    void exchange_isOrderedFromFulfilment() {
        services.stubFor(post(urlEqualTo("/fulfilment/reshipments")).willReturn(okJson("{\"trackingNo\": \"FUL-123\"}")));
        Agreed a = agreed("EXCHANGE", null);

        managementService.executeJob(job(called(a.remedy(), RemedyExecution.Adapter.RESHIPMENT_BY_FULFILMENT_SERVICE)).getId());

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

        managementService.executeJob(job(called(a.remedy(), RemedyExecution.Adapter.COUPON_BY_COUPON_SERVICE)).getId());

        assertThat(a.remedy()).isEnded();
        assertThat(services.findAll(postRequestedFor(urlEqualTo("/coupons/coupons"))).get(0).getBodyAsString())
                .contains("\"amount\":25.00");
        assertThat(actions.findByComplaintIdOrderByIdAsc(complaintId(a)))
                .anySatisfy(x -> assertThat(x.getReference()).isEqualTo("CPN-9"));
    }

    @Test
    void appealWindowOfZero_makesTheRulingFinalAtOnce() {
        Filed filed = fileAndStart(complaint("PRODUCT_QUALITY", "Broken lamp."));
        Customer customer = new Customer(desk, filed.complaintNo(), filed.token(), processEngine);
        investigateAndOffer(filed.pi(), "quinn", "APOLOGY", null);
        customer.answerOffer(false);
        work(filed.pi(), ComplaintHandling.Element.REVISE_OFFER, "quinn", java.util.Map.of("remedy", "APOLOGY"));
        customer.answerOffer(false);
        ProcessInstance evidence = called(filed.pi(), EvidenceAndArbitration.PROCESS_KEY);
        managementService.executeJob(managementService.createJobQuery().processInstanceId(evidence.getId())
                .activityId(EvidenceAndArbitration.Element.EVIDENCE_PERIOD_ENDS).singleResult().getId());

        // as the case-limits table does when a process owner sets the appeal window to zero
        processEngine.getRuntimeService().setVariable(evidence.getId(), ComplaintHandling.Var.APPEAL_WINDOW, "PT0S");
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

    /** The refund-by-payment-service instance of the case's refund (payments adapter http). */
    private static ProcessInstance payment(Agreed a) {
        return called(a.remedy(), RemedyExecution.Adapter.REFUND_BY_PAYMENT_SERVICE);
    }

    /** The refund-by-hand instance finance pays in when the payment service failed. */
    private static ProcessInstance byHand(Agreed a) {
        return called(payment(a), RemedyExecution.Adapter.REFUND_BY_HAND);
    }

    /** The job executor's part: after a message the case goes on in a job of its own, in whichever of its instances. */
    private void continueAfterMessages(Agreed a) {
        for (int round = 0; round < 5; round++) {
            List<Job> jobs = managementService.createJobQuery().rootProcessInstanceId(a.filed().pi().getId())
                    .messages().executable().list();
            if (jobs.isEmpty()) {
                return;
            }
            jobs.forEach(j -> managementService.executeJob(j.getId()));
        }
    }

    private static String refundId(Agreed a) {
        return a.filed().complaintNo() + "-R1";
    }

    private long complaintId(Agreed a) {
        return complaints.getByComplaintNo(a.filed().complaintNo()).getId();
    }
}
