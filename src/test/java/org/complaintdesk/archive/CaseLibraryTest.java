package org.complaintdesk.archive;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.complaintdesk.intake.IntakeRequest;
import org.complaintdesk.process.ProcessTestSupport;
import org.complaintdesk.process.RemedyExecution;
import org.complaintdesk.support.Customer;
import org.complaintdesk.support.DeskClient;
import org.complaintdesk.support.DeskTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The case library: closed cases searched by staff; and the whole story of a case in its timeline. */
@DeskTest
class CaseLibraryTest extends ProcessTestSupport {

    @LocalServerPort
    int port;

    DeskClient desk;
    String merchant;
    String courier;

    @BeforeEach
    void client() {
        desk = new DeskClient(port);
        merchant = "M-LIB-" + UUID.randomUUID().toString().substring(0, 8);
        courier = "Courier-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A PRICE_DISPUTE case of this test's merchant and courier, refunded in part and closed as solved. */
    private String closedCase(String description) {
        Filed filed = fileAndStart(new IntakeRequest("WEB_FORM", "web-" + UUID.randomUUID(),
                new IntakeRequest.CustomerData("C-" + UUID.randomUUID(), "Zhou Min", "zhou@example.com", null, "en", false),
                new IntakeRequest.OrderData("O-" + UUID.randomUUID(), merchant, "Gadget Shop", "Smart watch",
                        new BigDecimal("500.00"), "CNY", courier, "T1", null),
                "PRICE_DISPUTE", description, List.of("REFUND"), null));
        Customer customer = new Customer(desk, filed.complaintNo(), filed.token(), processEngine);
        investigateAndOffer(filed.pi(), "sam", "REFUND_PARTIAL", 80.0);
        customer.answerOffer(true);
        work(called(called(filed.pi(), RemedyExecution.PROCESS_KEY), RemedyExecution.Adapter.REFUND_BY_HAND),
                RemedyExecution.Element.ISSUE_REFUND, "fiona",
                Map.of("paymentReference", "PAY-LIB"));
        customer.survey(true, 4);
        return filed.complaintNo();
    }

    @Test
    void closedCases_areFoundByMerchantCourierCategoryOutcomePeriodAndText() {
        String first = closedCase("The price went up the day before the sale.");
        String second = closedCase("Price protection was refused although the price dropped.");
        String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();

        assertThat(numbers(search("merchant=" + merchant))).containsExactlyInAnyOrder(first, second);
        assertThat(numbers(search("courier=" + courier.toUpperCase()))).containsExactlyInAnyOrder(first, second);
        assertThat(numbers(search("merchant=" + merchant + "&category=PRICE_DISPUTE&outcome=RESOLVED&from=" + today
                + "&to=" + today))).containsExactlyInAnyOrder(first, second);
        assertThat(numbers(search("merchant=" + merchant + "&q=PROTECTION"))).containsExactly(second);
        assertThat(numbers(search("merchant=" + merchant + "&outcome=RULED"))).isEmpty();
        assertThat(numbers(search("merchant=" + merchant + "&from=2000-01-01&to=2000-12-31"))).isEmpty();

        JsonNode page = search("merchant=" + merchant + "&size=1&page=1").json();
        assertThat(page.get("totalElements").asLong()).isEqualTo(2);
        assertThat(page.get("totalPages").asInt()).isEqualTo(2);
        assertThat(page.get("content")).hasSize(1);
        JsonNode record = page.get("content").get(0);
        assertThat(record.get("refundedAmount").decimalValue()).isEqualByComparingTo("80.00");
        assertThat(record.get("satisfactionScore").asInt()).isEqualTo(4);
        assertThat(record.get("resolveMinutes").asLong()).isGreaterThanOrEqualTo(0);
    }

    @Test
    void closedCase_recordsItsDeskFirstResponseDeadlineAndStepTimes_forAnalytics() {
        closedCase("The price went up the day before the sale.");

        JsonNode record = search("merchant=" + merchant).json().get("content").get(0);

        assertThat(record.get("desk").asText()).isEqualTo("service-desk");
        assertThat(record.get("firstResponseOnTime").asBoolean()).isTrue();
        long offer = record.get("firstOfferMinutes").asLong(-1);
        long agreed = record.get("agreedMinutes").asLong(-1);
        long remedyDone = record.get("remedyDoneMinutes").asLong(-1);
        assertThat(offer).isGreaterThanOrEqualTo(0);
        assertThat(agreed).isGreaterThanOrEqualTo(offer);
        assertThat(remedyDone).isGreaterThanOrEqualTo(agreed).isLessThanOrEqualTo(record.get("resolveMinutes").asLong());
    }

    @Test
    void badSearch_namesEachBadParameter_andOnlyStaffSearch() {
        DeskClient.Response bad = desk.get("/api/cases?category=NOPE&outcome=MAYBE&from=yesterday&size=500", "audrey");

        assertThat(bad.status()).isEqualTo(400);
        List<String> fields = new ArrayList<>();
        bad.json().get("errors").forEach(e -> fields.add(e.get("field").asText()));
        assertThat(fields).contains("category", "outcome", "from", "size");
        assertThat(desk.get("/api/cases", "mia").status()).isEqualTo(403);
        assertThat(desk.get("/api/cases", null).status()).isEqualTo(401);
    }

    @Test
    void caseFile_tellsTheWholeStoryInOrder() {
        String complaintNo = closedCase("The price went up the day before the sale.");

        JsonNode file = desk.get("/api/complaints/" + complaintNo, "audrey").json();

        List<String> steps = new ArrayList<>();
        file.get("timeline").forEach(e -> steps.add(e.get("step").asText()));
        assertThat(steps).containsSubsequence("RECEIVED", "CLASSIFIED", "OPENED", "TAKEN", "INVESTIGATED", "OFFER_SENT",
                "OFFER_ACCEPTED", "AGREED", "REMEDY_STARTED", "REFUND_REQUESTED", "REFUND_SETTLED", "REMEDY_DONE",
                "SURVEY_SENT", "SURVEY_ANSWERED", "CLOSED", "ARCHIVED");
        JsonNode taken = find(file.get("timeline"), "TAKEN");
        assertThat(taken.get("actor").asText()).isEqualTo("sam");
        assertThat(taken.get("at").asText()).isNotBlank();
        assertThat(find(file.get("timeline"), "REFUND_SETTLED").get("actor").asText()).isEqualTo("fiona");
        assertThat(file.get("refunds").get(0).get("state").asText()).isEqualTo("SETTLED");
        assertThat(file.get("surveys").get(0).get("score").asInt()).isEqualTo(4);
        assertThat(file.get("status").asText()).isEqualTo("CLOSED");
        assertThat(file.get("outcome").asText()).isEqualTo("RESOLVED");
    }

    private DeskClient.Response search(String query) {
        return desk.get("/api/cases?" + query, "audrey");
    }

    private static List<String> numbers(DeskClient.Response response) {
        assertThat(response.status()).isEqualTo(200);
        List<String> numbers = new ArrayList<>();
        response.json().get("content").forEach(c -> numbers.add(c.get("complaintNo").asText()));
        return numbers;
    }

    private static JsonNode find(JsonNode timeline, String step) {
        for (JsonNode e : timeline) {
            if (e.get("step").asText().equals(step)) {
                return e;
            }
        }
        throw new AssertionError("no " + step + " in " + timeline);
    }
}
