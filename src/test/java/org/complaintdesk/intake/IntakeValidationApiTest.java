package org.complaintdesk.intake;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.complaintdesk.support.DeskClient.Response;
import org.complaintdesk.support.DeskClient;
import org.complaintdesk.support.DeskTest;
import org.complaintdesk.support.Requests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** Every class of bad input: 400 (or 415) as problem+json naming the bad fields, and nothing stored. */
@DeskTest
class IntakeValidationApiTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    RuntimeService runtimeService;

    DeskClient desk;
    long complaintsBefore;
    long messagesBefore;
    long instancesBefore;

    @BeforeEach
    void countWhatIsStored() {
        desk = new DeskClient(port);
        complaintsBefore = count("complaint");
        messagesBefore = count("outbox_message");
        instancesBefore = runtimeService.createProcessInstanceQuery().count();
    }

    @AfterEach
    void nothingWasStored() {
        assertThat(count("complaint")).isEqualTo(complaintsBefore);
        assertThat(count("outbox_message")).isEqualTo(messagesBefore);
        assertThat(runtimeService.createProcessInstanceQuery().count()).isEqualTo(instancesBefore);
    }

    @Test
    void missingFields_areEachNamed() {
        Response response = post("""
                {"customer": {"vip": true}, "description": "   "}
                """);

        assertInvalid(response, "channel", "externalId", "customer.id", "customer.name", "customer.locale",
                "customer.email", "description");
    }

    @Test
    void structuredChannelWithoutOrder_namesTheOrder() {
        String body = Requests.complaint(Requests.uniqueId()).replaceAll("(?s)\"order\": \\{.*?},", "");
        assertInvalid(post(body), "order");
    }

    @Test
    void unknownEnumValues_areEachNamed() {
        String body = Requests.complaint(Requests.uniqueId(), "BROKEN_HEART", "Bad")
                .replace("\"APP_FORM\"", "\"FAX\"")
                .replace("\"locale\": \"en\"", "\"locale\": \"fr\"")
                .replace("[\"REFUND\", \"APOLOGY\"]", "[\"REFUND\", \"MONEY_BACK\"]");

        JsonNode problem = assertInvalid(post(body), "channel", "category", "customer.locale", "demands[1]");
        assertThat(messageOf(problem, "channel")).contains("ORDER_BUTTON", "SOCIAL");
    }

    @Test
    void negativeAmount_isNamed() {
        String body = Requests.complaint(Requests.uniqueId()).replace("\"amountPaid\": 199.00", "\"amountPaid\": -5");
        assertInvalid(post(body), "order.amountPaid");
    }

    @Test
    void descriptionOverTenThousandCharacters_isNamed() {
        String body = Requests.complaint(Requests.uniqueId(), null, "x".repeat(10_001));
        assertInvalid(post(body), "description");
    }

    @Test
    void descriptionOfExactlyTenThousandCharacters_isAccepted() {
        String body = Requests.complaint(Requests.uniqueId(), null, "y".repeat(10_000));
        assertThat(post(body).status()).isEqualTo(201);
        complaintsBefore++;
        messagesBefore++;
        instancesBefore++;
    }

    @Test
    void badEmailPhoneCurrencyAndFutureDate_areEachNamed() {
        String body = Requests.complaint(Requests.uniqueId())
                .replace("li.wei@example.com", "not-an-email")
                .replace("+86 138 0013 8000", "call me")
                .replace("\"CNY\"", "\"yuan\"")
                .replace("2026-11-03T18:30:00+08:00", "2999-01-01T00:00:00Z");
        assertInvalid(post(body), "customer.email", "customer.phone", "order.currency", "occurredAt");
    }

    @Test
    void wrongJsonType_namesTheField() {
        String body = Requests.complaint(Requests.uniqueId()).replace("\"amountPaid\": 199.00", "\"amountPaid\": \"lots\"");
        JsonNode problem = assertInvalid(post(body), "order.amountPaid");
        assertThat(messageOf(problem, "order.amountPaid")).contains("number");
    }

    @Test
    void malformedJson_isABadBody() {
        assertInvalid(post("{\"channel\": \"APP_FORM\", "), "(body)");
    }

    @Test
    void emptyBody_isABadBody() {
        assertInvalid(post(""), "(body)");
    }

    @Test
    void wrongContentType_is415WithProblem() {
        Response response = desk.post("/api/complaints", "gateway", "text/plain", Requests.complaint(Requests.uniqueId()));

        assertThat(response.status()).isEqualTo(415);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.json().get("type").asText()).isEqualTo("urn:complaint-desk:problem:unsupported-media-type");
        assertThat(response.json().get("errors").get(0).get("field").asText()).isEqualTo("Content-Type");
    }

    @Test
    void withoutCredentials_is401Problem() {
        Response response = desk.postJson("/api/complaints", null, Requests.complaint(Requests.uniqueId()));

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.header("WWW-Authenticate")).startsWith("Basic");
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
    }

    @Test
    void wrongPassword_is401() {
        // not gateway: Camunda throttles a user's logins for a few seconds after a wrong password
        Response response = desk.send(desk.request("/api/complaints", null)
                .header("Authorization", DeskClient.basic("wes", "wrong"))
                .header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(Requests.complaint(Requests.uniqueId())))
                .build());
        assertThat(response.status()).isEqualTo(401);
    }

    @Test
    void agentsCannotFileComplaints_onlyChannels() {
        Response response = desk.postJson("/api/complaints", "sam", Requests.complaint(Requests.uniqueId()));

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.json().get("type").asText()).isEqualTo("urn:complaint-desk:problem:forbidden");
    }

    private Response post(String body) {
        return desk.postJson("/api/complaints", "gateway", body);
    }

    private JsonNode assertInvalid(Response response, String... fields) {
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.body()).doesNotContain("Exception", "at org.", "at java.");
        JsonNode problem = response.json();
        assertThat(problem.get("type").asText()).isEqualTo("urn:complaint-desk:problem:invalid-request");
        assertThat(problem.get("status").asInt()).isEqualTo(400);
        List<String> named = new ArrayList<>();
        problem.get("errors").forEach(error -> named.add(error.get("field").asText()));
        assertThat(named).contains(fields);
        return problem;
    }

    private static String messageOf(JsonNode problem, String field) {
        for (JsonNode error : problem.get("errors")) {
            if (error.get("field").asText().equals(field)) {
                return error.get("message").asText();
            }
        }
        throw new AssertionError("no error for " + field + " in " + problem);
    }

    private long count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }
}
