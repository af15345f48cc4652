package org.complaintdesk.notification;

import static org.assertj.core.api.Assertions.assertThat;

import org.complaintdesk.support.DeskClient;
import org.complaintdesk.support.DeskTest;
import org.complaintdesk.support.Requests;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/** Without a mail server the desk still works: messages wait, visibly not sent. */
@DeskTest
class OutboxWithoutSmtpTest {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    OutboxRepository messages;

    @Test
    void withoutSmtp_messagesStayVisibleAsNotSent() {
        assertThat(context.getBeanProvider(OutboxDispatcher.class).getIfAvailable()).isNull();
        DeskClient desk = new DeskClient(port);
        String complaintNo = desk.postJson("/api/complaints", "gateway", Requests.complaint(Requests.uniqueId()))
                .json().get("complaintNo").asText();

        var shown = desk.get("/api/complaints/" + complaintNo, "sofia").json().get("messages");

        assertThat(shown).hasSize(1);
        assertThat(shown.get(0).get("template").asText()).isEqualTo("acknowledgement");
        assertThat(shown.get(0).get("status").asText()).isEqualTo("PENDING");
        assertThat(shown.get(0).get("attempts").asInt()).isZero();
        assertThat(messages.findByComplaintNoOrderByIdAsc(complaintNo).get(0).getSentAt()).isNull();
    }

    @Test
    void customerWithoutEmail_messageIsKeptAsNoAddress() {
        DeskClient desk = new DeskClient(port);
        String body = Requests.complaint(Requests.uniqueId()).replace("\"email\": \"li.wei@example.com\",", "");
        String complaintNo = desk.postJson("/api/complaints", "gateway", body).json().get("complaintNo").asText();

        assertThat(messages.findByComplaintNoOrderByIdAsc(complaintNo)).singleElement()
                .satisfies(m -> assertThat(m.getStatus()).isEqualTo(DeliveryStatus.NO_ADDRESS));
    }
}
