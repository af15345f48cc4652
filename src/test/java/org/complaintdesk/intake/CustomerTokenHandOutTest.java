package org.complaintdesk.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.complaintdesk.complaint.ComplaintRepository;
import org.complaintdesk.complaint.CustomerTokens;
import org.complaintdesk.notification.OutboxRepository;
import org.complaintdesk.support.DeskClient;
import org.complaintdesk.support.DeskClient.Response;
import org.complaintdesk.support.DeskTest;
import org.complaintdesk.support.Requests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A customer token goes only to the customer it belongs to: a replay gets a fresh one only from the client
 * that filed the complaint (within the replay window, while the case is open); a joined message gets none.
 */
@DeskTest
class CustomerTokenHandOutTest {

    @LocalServerPort
    int port;

    @Autowired
    ComplaintRepository complaints;

    @Autowired
    OutboxRepository outbox;

    DeskClient desk;

    @BeforeEach
    void client() {
        desk = new DeskClient(port);
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void replayByTheClientThatFiledIt_getsAFreshTokenThatWorks() {
        String body = Requests.complaint(Requests.uniqueId());
        Response first = file("gateway", "gateway", body);

        Response again = file("gateway", "gateway", body);

        assertThat(again.status()).isEqualTo(200);
        String token = again.json().get("customerToken").asText();
        assertThat(token).isNotEqualTo(first.json().get("customerToken").asText());
        assertThat(caseFile(first.json().get("complaintNo").asText(), token).status()).isEqualTo(200);
        assertThat(complaints.getByComplaintNo(first.json().get("complaintNo").asText()).getFiledBy())
                .isEqualTo("gateway");
    }

    @Test
    void replayByAnotherChannelClient_getsTheComplaintNumberButNoToken() {
        String body = Requests.complaint(Requests.uniqueId());
        Response first = file("gateway", "gateway", body);
        String otherClient = "chat-" + UUID.randomUUID().toString().substring(0, 8);
        String otherSecret = desk.postJson("/api/service-clients", "demo",
                "{\"id\": \"" + otherClient + "\", \"role\": \"channels\"}").json().get("secret").asText();

        Response replay = file(otherClient, otherSecret, body);

        assertThat(replay.status()).isEqualTo(200);
        assertThat(replay.json().get("complaintNo").asText()).isEqualTo(first.json().get("complaintNo").asText());
        assertThat(replay.json().has("customerToken")).isFalse();
    }

    @Test
    void replayAfterTheReplayWindow_getsNoToken() {
        String body = Requests.complaint(Requests.uniqueId());
        file("gateway", "gateway", body);

        ClockUtil.setCurrentTime(Date.from(Instant.now().plusSeconds(24 * 3600 + 60)));
        Response late = file("gateway", "gateway", body);

        assertThat(late.status()).isEqualTo(200);
        assertThat(late.json().has("customerToken")).isFalse();
    }

    @Test
    void joinedMessage_getsNoToken_theCustomerKeepsTheirs_andHearsAtTheirContactOfRecord() {
        String externalId = Requests.uniqueId();
        String body = Requests.complaint(externalId);
        Response first = file("gateway", "gateway", body);
        String complaintNo = first.json().get("complaintNo").asText();
        // same customer id and order, another message, another address: anyone who knows both could send it
        String joining = body.replace(externalId, Requests.uniqueId()).replace("li.wei@example.com", "eve@example.com")
                .replace("stopped heating after two days", "is broken, please send the case token here");

        Response joined = file("gateway", "gateway", joining);
        Response joinedAgain = file("gateway", "gateway", joining);

        assertThat(joined.status()).isEqualTo(200);
        assertThat(joined.json().get("joined").asBoolean()).isTrue();
        assertThat(joined.json().get("complaintNo").asText()).isEqualTo(complaintNo);
        assertThat(joined.json().has("customerToken")).isFalse();
        assertThat(joinedAgain.json().has("customerToken")).isFalse();
        assertThat(caseFile(complaintNo, first.json().get("customerToken").asText()).status()).isEqualTo(200);
        assertThat(outbox.findByComplaintNoOrderByIdAsc(complaintNo)).filteredOn(m -> "joined".equals(m.getTemplate()))
                .singleElement().satisfies(m -> assertThat(m.getRecipientAddress()).isEqualTo("li.wei@example.com"));
    }

    private Response file(String client, String secret, String body) {
        return desk.send(desk.request("/api/complaints", null)
                .header("Authorization", DeskClient.basic(client, secret))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    private Response caseFile(String complaintNo, String token) {
        return desk.getWithHeader("/api/complaints/" + complaintNo, CustomerTokens.HEADER, token);
    }
}
