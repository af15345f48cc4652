package org.complaintdesk.intake;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.engine.RuntimeService;
import org.complaintdesk.complaint.Channel;
import org.complaintdesk.complaint.ComplaintRepository;
import org.complaintdesk.complaint.CustomerTokens;
import org.complaintdesk.notification.DeliveryStatus;
import org.complaintdesk.notification.OutboxRepository;
import org.complaintdesk.process.ComplaintHandling;
import org.complaintdesk.support.DeskClient.Response;
import org.complaintdesk.support.DeskClient;
import org.complaintdesk.support.DeskTest;
import org.complaintdesk.support.Requests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

@DeskTest
class IntakeApiTest {

    @LocalServerPort
    int port;

    @Autowired
    ComplaintRepository complaints;

    @Autowired
    OutboxRepository outbox;

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    JdbcTemplate jdbc;

    DeskClient desk;

    @BeforeEach
    void client() {
        desk = new DeskClient(port);
    }

    @Test
    void validComplaint_isRecordedWithProcessTokenAndAcknowledgement() {
        String externalId = Requests.uniqueId();
        Response response = desk.postJson("/api/complaints", "gateway", Requests.complaint(externalId));

        assertThat(response.status()).isEqualTo(201);
        JsonNode body = response.json();
        String complaintNo = body.get("complaintNo").asText();
        assertThat(complaintNo).matches("CP-\\d{4}-\\d{6,}");
        assertThat(response.header("Location")).isEqualTo("/api/complaints/" + complaintNo);
        assertThat(body.get("status").asText()).isEqualTo("RECEIVED");
        String token = body.get("customerToken").asText();
        assertThat(token).hasSizeGreaterThanOrEqualTo(43); // 256 random bits, base64url

        var complaint = complaints.findByChannelAndExternalId(Channel.APP_FORM, externalId).orElseThrow();
        assertThat(complaint.getComplaintNo()).isEqualTo(complaintNo);
        assertThat(complaint.getOrder().getAmountPaid()).isEqualByComparingTo("199.00");
        assertThat(complaint.getFirstResponseDueAt()).isEqualTo(complaint.getReceivedAt().plusSeconds(24 * 3600));
        // the token is kept only as a hash
        assertThat(jdbc.queryForList("select token_hash from complaint_access_token where complaint_id = ?",
                String.class, complaint.getId())).containsExactly(CustomerTokens.hash(token)).doesNotContain(token);

        var instance = runtimeService.createProcessInstanceQuery()
                .processInstanceBusinessKey(complaintNo).singleResult();
        assertThat(instance).isNotNull();
        assertThat(instance.getProcessDefinitionId()).startsWith(ComplaintHandling.PROCESS_KEY + ":");
        assertThat(complaint.getProcessInstanceId()).isEqualTo(instance.getId());

        var messages = outbox.findByComplaintNoOrderByIdAsc(complaintNo);
        assertThat(messages).singleElement().satisfies(m -> {
            assertThat(m.getTemplate()).isEqualTo("acknowledgement");
            assertThat(m.getRecipientAddress()).isEqualTo("li.wei@example.com");
            assertThat(m.getStatus()).isEqualTo(DeliveryStatus.PENDING);
            assertThat(m.getSubject()).contains(complaintNo);
            assertThat(m.getBody()).contains("Li Wei", complaintNo);
        });
    }

    @Test
    void acknowledgement_isWrittenInTheCustomersLanguage() {
        String traditional = Requests.complaint(Requests.uniqueId()).replace("\"locale\": \"en\"", "\"locale\": \"zh-TW\"");
        String simplified = Requests.complaint(Requests.uniqueId()).replace("\"locale\": \"en\"", "\"locale\": \"zh-CN\"");

        String tw = desk.postJson("/api/complaints", "gateway", traditional).json().get("complaintNo").asText();
        String cn = desk.postJson("/api/complaints", "gateway", simplified).json().get("complaintNo").asText();

        assertThat(outbox.findByComplaintNoOrderByIdAsc(tw).get(0).getSubject()).isEqualTo("我們已收到您的投訴 " + tw);
        assertThat(outbox.findByComplaintNoOrderByIdAsc(cn).get(0).getSubject()).isEqualTo("我们已收到您的投诉 " + cn);
    }

    @Test
    void sameMessageAgain_answersTheSameComplaintWith200() {
        String body = Requests.complaint(Requests.uniqueId());
        Response first = desk.postJson("/api/complaints", "gateway", body);
        Response again = desk.postJson("/api/complaints", "gateway", body);

        assertThat(first.status()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(200);
        String complaintNo = first.json().get("complaintNo").asText();
        assertThat(again.json().get("complaintNo").asText()).isEqualTo(complaintNo);
        assertThat(again.header("Location")).isEqualTo("/api/complaints/" + complaintNo);
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(complaintNo).count())
                .isEqualTo(1);
        assertThat(outbox.findByComplaintNoOrderByIdAsc(complaintNo)).hasSize(1);
        // both tokens open the complaint: the caller may never have seen the first answer
        for (Response r : List.of(first, again)) {
            assertThat(desk.getWithHeader("/api/complaints/" + complaintNo, CustomerTokens.HEADER,
                    r.json().get("customerToken").asText()).status()).isEqualTo(200);
        }
    }

    @Test
    void sameMessageIdWithOtherContent_isAConflictAndChangesNothing() {
        String externalId = Requests.uniqueId();
        desk.postJson("/api/complaints", "gateway", Requests.complaint(externalId));
        Response reuse = desk.postJson("/api/complaints", "gateway",
                Requests.complaint(externalId, "PAYMENT", "I was charged twice."));

        assertThat(reuse.status()).isEqualTo(409);
        assertThat(reuse.header("Content-Type")).startsWith("application/problem+json");
        assertThat(reuse.json().get("type").asText()).isEqualTo("urn:complaint-desk:problem:external-id-reused");
        assertThat(complaints.findByChannelAndExternalId(Channel.APP_FORM, externalId).orElseThrow()
                .getDescription()).startsWith("The kettle");
    }

    @Test
    void twentyConcurrentDeliveries_makeOneComplaintAndOneProcess() throws Exception {
        String body = Requests.complaint(Requests.uniqueId());
        ExecutorService pool = Executors.newFixedThreadPool(20);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Response>> responses = new ArrayList<>();
        try {
            for (int i = 0; i < 20; i++) {
                Callable<Response> call = () -> {
                    start.await();
                    return desk.postJson("/api/complaints", "gateway", body);
                };
                responses.add(pool.submit(call));
            }
            start.countDown();
            List<Response> results = new ArrayList<>();
            for (Future<Response> f : responses) {
                results.add(f.get());
            }
            assertThat(results).extracting(Response::status).containsOnly(200, 201);
            assertThat(results).filteredOn(r -> r.status() == 201).hasSize(1);
            assertThat(results).extracting(r -> r.json().get("complaintNo").asText()).containsOnly(
                    results.get(0).json().get("complaintNo").asText());
            String complaintNo = results.get(0).json().get("complaintNo").asText();
            assertThat(jdbc.queryForObject("select count(*) from complaint where complaint_no = ?", Long.class,
                    complaintNo)).isEqualTo(1);
            assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(complaintNo).count())
                    .isEqualTo(1);
            assertThat(outbox.findByComplaintNoOrderByIdAsc(complaintNo)).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
    }
}
