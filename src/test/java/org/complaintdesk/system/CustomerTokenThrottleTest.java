package org.complaintdesk.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.complaintdesk.complaint.CustomerTokens;
import org.complaintdesk.support.DeskClient;
import org.complaintdesk.support.DeskClient.Response;
import org.complaintdesk.support.DeskTest;
import org.complaintdesk.support.Requests;
import org.complaintdesk.support.Sources;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Wrong customer tokens are throttled per complaint and per source; the complaint's own token keeps working. */
@DeskTest
class CustomerTokenThrottleTest {

    @LocalServerPort
    int port;

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
    void wrongTokensForOneComplaint_fromManySources_are429_butItsOwnTokenStillOpensIt() {
        JsonNode filed = desk.postJson("/api/complaints", "gateway", Requests.complaint(Requests.uniqueId())).json();
        String complaintNo = filed.get("complaintNo").asText();

        for (int i = 1; i < 10; i++) {
            assertThat(caseFile(complaintNo, "guess-" + i, Sources.next()).status()).as("guess " + i).isEqualTo(404);
        }
        Response tenth = caseFile(complaintNo, "guess-10", Sources.next());
        Response eleventh = desk.send(desk.request("/api/complaints/" + complaintNo + "/messages", null)
                .header(CustomerTokens.HEADER, "guess-11").header("X-Forwarded-For", Sources.next())
                .header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"text\": \"hi\"}")).build());

        assertThat(tenth.status()).isEqualTo(429);
        assertThat(eleventh.status()).isEqualTo(429);
        assertThat(eleventh.header("Retry-After")).isNotNull();
        assertThat(eleventh.header("Content-Type")).startsWith("application/problem+json");
        assertThat(eleventh.json().get("type").asText()).isEqualTo("urn:complaint-desk:problem:too-many-attempts");
        assertThat(eleventh.body()).doesNotContain("Li Wei");
        assertThat(caseFile(complaintNo, filed.get("customerToken").asText(), Sources.next()).status())
                .as("the customer is not locked out by strangers").isEqualTo(200);
    }

    @Test
    void wrongTokensFromOneSource_are429_untilTheBackOffPasses_otherSourcesAreNotAffected() {
        JsonNode filed = desk.postJson("/api/complaints", "gateway", Requests.complaint(Requests.uniqueId())).json();
        String complaintNo = filed.get("complaintNo").asText();
        String token = filed.get("customerToken").asText();
        String scanner = Sources.next();

        for (int i = 1; i < 20; i++) {
            assertThat(caseFile("CP-2099-" + (900_000 + i), "guess", scanner).status()).as("guess " + i).isEqualTo(404);
        }
        Response twentieth = caseFile("CP-2099-900020", "guess", scanner);
        Response ownToken = caseFile(complaintNo, token, scanner);

        assertThat(twentieth.status()).isEqualTo(429);
        assertThat(ownToken.status()).as("the source waits, whatever it sends").isEqualTo(429);
        assertThat(caseFile(complaintNo, token, Sources.next()).status()).isEqualTo(200);

        long retryAfter = Long.parseLong(ownToken.header("Retry-After"));
        ClockUtil.setCurrentTime(Date.from(Instant.now().plusSeconds(retryAfter + 1)));
        assertThat(caseFile(complaintNo, token, scanner).status()).isEqualTo(200);
    }

    private Response caseFile(String complaintNo, String token, String source) {
        return desk.send(desk.request("/api/complaints/" + complaintNo, null)
                .header(CustomerTokens.HEADER, token).header("X-Forwarded-For", source).GET().build());
    }
}
