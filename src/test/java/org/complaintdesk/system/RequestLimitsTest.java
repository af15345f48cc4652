package org.complaintdesk.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import org.complaintdesk.support.DeskClient;
import org.complaintdesk.support.DeskClient.Response;
import org.complaintdesk.support.DeskTest;
import org.complaintdesk.support.Requests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Bounded requests: body sizes, strict JSON, capped engine queries, and problem+json for whatever is refused. */
@DeskTest
class RequestLimitsTest {

    @LocalServerPort
    int port;

    DeskClient desk;

    @BeforeEach
    void client() {
        desk = new DeskClient(port);
    }

    private static void problem(Response response, int status) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
    }

    private Response intake(String body) {
        return desk.postJson("/api/complaints", "gateway", body);
    }

    @Test
    void aBodyOverTheLimit_is413_whetherItsLengthIsDeclaredOrNot() {
        String huge = Requests.complaint(Requests.uniqueId(), null, "x".repeat(300_000));

        Response declared = intake(huge);
        Response chunked = desk.send(desk.request("/api/complaints", "gateway")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(
                        () -> new ByteArrayInputStream(huge.getBytes(StandardCharsets.UTF_8))))
                .build());

        problem(declared, 413);
        problem(chunked, 413);
    }

    @Test
    void jsonIsReadStrictly_namingWhatIsWrong() {
        String valid = Requests.complaint(Requests.uniqueId());

        Response unknown = intake(valid.replace("\"channel\"", "\"chanel\": \"APP_FORM\", \"channel\""));
        Response numberAsText = intake(valid.replace("\"name\": \"Li Wei\"", "\"name\": 42"));
        Response controlCharacter = intake(valid.replace("stopped heating", "stopped\\u0000heating"));
        Response trailing = intake(valid + " {\"again\": 1}");
        Response deep = intake("[".repeat(5_000) + "]".repeat(5_000));

        problem(unknown, 400);
        assertThat(unknown.json().get("errors").get(0).get("field").asText()).isEqualTo("chanel");
        problem(numberAsText, 400);
        assertThat(numberAsText.json().get("errors").get(0).get("field").asText()).isEqualTo("customer.name");
        problem(controlCharacter, 400);
        assertThat(controlCharacter.json().get("errors").get(0).get("message").asText())
                .isEqualTo("must be text without control characters");
        problem(trailing, 400);
        problem(deep, 400);
    }

    @Test
    void controlCharactersInFormFieldsAndQueryParameters_are400_evenOnPostgreSql() {
        Response search = desk.get("/api/cases?q=kettle%00&merchant=M%01", "sofia");

        problem(search, 400);
        assertThat(search.json().get("errors").toString()).contains("\"q\"", "\"merchant\"");
    }

    @Test
    void aBrokenUpload_is400() {
        Response broken = desk.send(desk.request("/api/complaints/CP-2026-000001/evidence", "mia")
                .header("Content-Type", "multipart/form-data; boundary=XYZ")
                .POST(HttpRequest.BodyPublishers.ofString("--XYZ\r\nContent-Disposition: form-data; name=\"file\"; "
                        + "filename=\"a.png\"\r\n\r\nnot closed"))
                .build());

        problem(broken, 400);
    }

    @Test
    void engineQueries_nameHowManyResultsTheyWant_atMostTheLimit() {
        assertThat(desk.get("/engine-rest/task", "quinn").status()).isEqualTo(400);
        assertThat(desk.get("/engine-rest/history/variable-instance?maxResults=5000", "quinn").status()).isEqualTo(400);
        assertThat(desk.get("/engine-rest/task?maxResults=50", "quinn").status()).isEqualTo(200);
    }

    @Test
    void whatNoControllerServes_isAProblemToo() {
        problem(desk.get("/api/no-such-thing", "sofia"), 404);
        problem(desk.get("/api/complaints/CP-2026%00-1", "sofia"), 400);
    }
}
