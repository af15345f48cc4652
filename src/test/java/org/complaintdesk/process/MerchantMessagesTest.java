package org.complaintdesk.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.math.BigDecimal;
import java.net.http.HttpRequest;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.complaintdesk.intake.IntakeRequest;
import org.complaintdesk.notification.OutboxMessage;
import org.complaintdesk.notification.OutboxRepository;
import org.complaintdesk.notification.RecipientKind;
import org.complaintdesk.support.DeskClient;
import org.complaintdesk.support.DeskTest;
import org.complaintdesk.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Messages to a merchant of the directory go to its contact, in its language. */
@DeskTest
class MerchantMessagesTest extends ProcessTestSupport {

    @LocalServerPort
    int port;

    @Autowired
    OutboxRepository outbox;

    DeskClient desk;

    @BeforeEach
    void client() {
        desk = new DeskClient(port);
    }

    @Test
    void evidencePeriod_reachesTheDirectoryContact_inTheMerchantsLanguage() {
        String merchantId = "M-MSG-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(desk.send(desk.request("/api/merchants/" + merchantId, "demo")
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("""
                        {"name": "茶莊", "contactEmail": "kefu@tea-shop.example", "locale": "zh-TW", "active": true}"""))
                .build()).status()).isEqualTo(201);

        String complaintNo = disputeWith(merchantId);

        List<OutboxMessage> toMerchant = outbox.findByComplaintNoOrderByIdAsc(complaintNo).stream()
                .filter(m -> m.getRecipientKind() == RecipientKind.MERCHANT).toList();
        // first the desk asked for the merchant's side, then the evidence period: both to the contact, in zh-TW
        assertThat(toMerchant).extracting(OutboxMessage::getTemplate).containsExactly("merchant-question", "evidence-period");
        assertThat(toMerchant).allSatisfy(m -> {
            assertThat(m.getRecipientAddress()).isEqualTo("kefu@tea-shop.example");
            assertThat(m.getLocale()).isEqualTo("zh-TW");
        });
        assertThat(toMerchant.get(1)).satisfies(m -> {
            assertThat(m.getTemplate()).isEqualTo("evidence-period");
            assertThat(m.getRecipientAddress()).isEqualTo("kefu@tea-shop.example");
            assertThat(m.getLocale()).isEqualTo("zh-TW");
            assertThat(m.getSubject()).isEqualTo("投訴 " + complaintNo + "：請提交您的證據");
            assertThat(m.getBody()).contains("請在", "之前提交", "(Asia/Shanghai)").doesNotContain("merchant");
        });
    }

    @Test
    void merchantOutsideTheDirectory_isWrittenToAtItsLinkedUsers_inTheStaffLanguage() {
        String merchantId = "M-MSG-" + UUID.randomUUID().toString().substring(0, 8);
        String user = "msg-" + merchantId.toLowerCase();
        TestUsers.ensure(processEngine.getIdentityService(), user, "merchants");
        assertThat(desk.send(desk.request("/api/merchants/" + merchantId + "/users/" + user, "demo")
                .PUT(HttpRequest.BodyPublishers.noBody()).build()).status()).isEqualTo(200);

        String complaintNo = disputeWith(merchantId);

        assertThat(outbox.findByComplaintNoOrderByIdAsc(complaintNo).stream()
                .filter(m -> m.getRecipientKind() == RecipientKind.MERCHANT)
                .filter(m -> m.getTemplate().equals("evidence-period")).toList()).singleElement().satisfies(m -> {
                    assertThat(m.getRecipientAddress()).isEqualTo(user + "@complaint-desk.local");
                    assertThat(m.getLocale()).isEqualTo("en");
                    assertThat(m.getSubject()).isEqualTo("Complaint " + complaintNo + ": please send your evidence");
                });
    }

    /** A complaint about the merchant whose two offers the customer rejected: the evidence period opens. */
    private String disputeWith(String merchantId) {
        Filed filed = fileAndStart(new IntakeRequest("APP_FORM", "app-" + UUID.randomUUID(),
                new IntakeRequest.CustomerData("C-" + UUID.randomUUID(), "Wang Fang", "wang@example.com", null, "en",
                        false),
                new IntakeRequest.OrderData("O-" + UUID.randomUUID(), merchantId, "Tea shop", "Oolong tea 500 g",
                        new BigDecimal("300.00"), "CNY", "SF Express", "SF9", null),
                "NOT_AS_DESCRIBED", "The listing said 500 g, the bag holds 300 g.", List.of("REFUND"), null));
        rejectTwice(desk, filed);
        ProcessInstance evidence = called(filed.pi(), EvidenceAndArbitration.PROCESS_KEY);
        assertThat(evidence).isWaitingAt(EvidenceAndArbitration.Element.AWAIT_EVIDENCE);
        return filed.complaintNo();
    }
}
