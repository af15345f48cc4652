package org.complaintdesk.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.complaintdesk.process.ProcessTestSupport;
import org.complaintdesk.support.Customer;
import org.complaintdesk.support.DeskClient;
import org.complaintdesk.support.DeskClient.Response;
import org.complaintdesk.support.DeskTest;
import org.complaintdesk.support.Sources;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Customer tokens stop working {@code valid-after-close} (30 days) after the case ended. */
@DeskTest
class CustomerTokenExpiryTest extends ProcessTestSupport {

    @LocalServerPort
    int port;

    @Autowired
    ComplaintRepository complaints;

    @Autowired
    CustomerTokens tokens;

    @Test
    void tokenWorksUntil30DaysAfterTheCaseEnded_thenAnswersLikeAWrongToken() {
        DeskClient desk = new DeskClient(port);
        Filed filed = fileAndStart(complaint("PRODUCT_QUALITY", "Broken lamp."));
        Customer customer = new Customer(desk, filed.complaintNo(), filed.token(), processEngine);
        assertThat(customer.post("/withdraw", "{}").status()).isEqualTo(200);
        Instant endedAt = complaints.getByComplaintNo(filed.complaintNo()).getEndedAt();
        assertThat(endedAt).isNotNull();

        ClockUtil.setCurrentTime(Date.from(endedAt.plus(Duration.ofDays(30)).minusSeconds(60)));
        assertThat(customer.caseFile().status()).isEqualTo(200);

        ClockUtil.setCurrentTime(Date.from(endedAt.plus(Duration.ofDays(30)).plusSeconds(60)));
        Response expired = customer.caseFile();
        Response wrong = desk.getWithHeader("/api/complaints/" + filed.complaintNo(), CustomerTokens.HEADER, "not-it");

        assertThat(expired.status()).isEqualTo(404);
        assertThat(expired.body()).isEqualTo(wrong.body());
        assertThat(customer.post("/survey", "{\"solved\": true, \"score\": 5}").status()).isEqualTo(404);
        assertThat(tokens.check(filed.complaintNo(), filed.token())).isEqualTo(CustomerTokens.Access.EXPIRED);
        assertThat(tokens.check(filed.complaintNo(), "not-it")).isEqualTo(CustomerTokens.Access.DENIED);
    }

    @Test
    void anExpiredToken_isNoGuess_andIsNotThrottled() {
        DeskClient desk = new DeskClient(port);
        Filed filed = fileAndStart(complaint("PRODUCT_QUALITY", "Broken lamp."));
        new Customer(desk, filed.complaintNo(), filed.token(), processEngine).post("/withdraw", "{}");
        Instant endedAt = complaints.getByComplaintNo(filed.complaintNo()).getEndedAt();
        ClockUtil.setCurrentTime(Date.from(endedAt.plus(Duration.ofDays(31))));
        String source = Sources.next();

        for (int i = 0; i < 40; i++) {
            Response response = desk.send(desk.request("/api/complaints/" + filed.complaintNo(), null)
                    .header(CustomerTokens.HEADER, filed.token()).header("X-Forwarded-For", source).GET().build());
            assertThat(response.status()).as("attempt " + i).isEqualTo(404);
        }
    }
}
