package org.complaintdesk.system;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import java.net.http.HttpRequest;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.complaintdesk.process.ComplaintHandling;
import org.complaintdesk.process.ProcessTestSupport;
import org.complaintdesk.process.RemedyExecution;
import org.complaintdesk.support.Customer;
import org.complaintdesk.support.DeskClient;
import org.complaintdesk.support.DeskClient.Response;
import org.complaintdesk.support.Requests;
import org.complaintdesk.support.Sources;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Strangers cannot lock out a service account: 1,000 wrong attempts against each of {@code gateway} and
 * {@code payments}, from the very address the clients then use, and the channel still files a complaint and
 * the payment service still settles its refund. Runs in the context of {@code HttpRemedyAdaptersTest} (same
 * properties, so Spring shares it) to reach a refund sent to the payment service.
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
class ServiceAccountLockoutTest extends ProcessTestSupport {

    /** A free port Maven reserves for each build (build-helper), so that builds side by side do not collide. */
    static final int PORT = Integer.getInteger("test.services-port", 39090);
    static WireMockServer payments;

    @LocalServerPort
    int port;

    @Autowired
    ManagementService managementService;

    @BeforeAll
    static void startPaymentService() {
        payments = new WireMockServer(WireMockConfiguration.options().bindAddress("127.0.0.1").port(PORT));
        payments.start();
        payments.stubFor(post(urlEqualTo("/payments/refunds"))
                .willReturn(okJson("{\"status\": \"ACCEPTED\", \"reference\": \"PAY-77\"}")));
        // the stand-in's first answer can take longer than the adapter's 1 s read timeout on a busy machine
        new DeskClient(PORT).get("/__admin/health", null);
    }

    @AfterAll
    static void stopPaymentService() {
        payments.stop();
    }

    @Test
    void thousandWrongAttemptsAgainstEachServiceAccount_thenIntakeAndSettlementStillWork() {
        DeskClient desk = new DeskClient(port);
        String source = Sources.next();
        for (String account : new String[] {"gateway", "payments"}) {
            for (int i = 0; i < 1_000; i++) {
                Response wrong = desk.send(desk.request("/api/complaints", null)
                        .header("Authorization", DeskClient.basic(account, "guess-" + i))
                        .header("X-Forwarded-For", source)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{}")).build());
                assertThat(wrong.status()).as(account + " attempt " + i).isEqualTo(401);
            }
        }
        // the address is throttled for people by now ...
        assertThat(desk.send(desk.request("/api/cases", null).header("Authorization", DeskClient.basic("sam", "sam"))
                .header("X-Forwarded-For", source).GET().build()).status()).isEqualTo(429);

        // ... but the channel files a complaint from it
        Response filed = desk.send(desk.request("/api/complaints", null)
                .header("Authorization", DeskClient.basic("gateway", "gateway"))
                .header("X-Forwarded-For", source)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(Requests.complaint(Requests.uniqueId()))).build());
        assertThat(filed.status()).isEqualTo(201);
        JsonNode receipt = filed.json();
        String complaintNo = receipt.get("complaintNo").asText();

        // the case reaches a refund that the desk sends to the payment service
        ProcessInstance pi = processEngine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceBusinessKey(complaintNo).processDefinitionKey(ComplaintHandling.PROCESS_KEY).singleResult();
        managementService.executeJob(managementService.createJobQuery().processInstanceId(pi.getId()).singleResult().getId());
        merchantContestsIfAsked(pi, complaintNo); // the merchant has the first word, then the desk investigates
        investigateAndOffer(pi, "quinn", "REFUND_PARTIAL", 50.0);
        assertThat(new Customer(desk, complaintNo, receipt.get("customerToken").asText(), processEngine).answerOffer(true).status())
                .isEqualTo(200);
        ProcessInstance remedy = called(pi, RemedyExecution.PROCESS_KEY);
        ProcessInstance payment = called(remedy, RemedyExecution.Adapter.REFUND_BY_PAYMENT_SERVICE);
        managementService.executeJob(managementService.createJobQuery().processInstanceId(payment.getId())
                .executable().singleResult().getId());
        assertThat(payment).isWaitingAt(RemedyExecution.Element.AWAIT_SETTLEMENT);

        // and the payment service settles it, from the same address
        Response settled = desk.send(desk.request("/api/payments/refunds/" + complaintNo + "-R1/settled", null)
                .header("Authorization", DeskClient.basic("payments", "payments"))
                .header("X-Forwarded-For", source)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"status\": \"SETTLED\", \"reference\": \"PAY-77\"}")).build());
        assertThat(settled.status()).isEqualTo(200);
        assertThat(settled.json().get("state").asText()).isEqualTo("SETTLED");
        // the case goes on in a job of its own after the report
        managementService.executeJob(managementService.createJobQuery().processInstanceId(payment.getId())
                .executable().singleResult().getId());
        assertThat(remedy).isEnded();
    }
}
