package org.complaintdesk.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.camunda.bpm.engine.runtime.Incident;
import org.complaintdesk.process.EvidenceAndArbitration;
import org.complaintdesk.process.ProcessTestSupport;
import org.complaintdesk.support.DeskClient;
import org.complaintdesk.support.DeskTest;
import org.complaintdesk.support.Files;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The audit trail over HTTP: a disputed case's trail holds what the engine and the desk recorded (activities, tasks
 * with their users, variables with old and new value, decisions with their rules, messages from outside with their
 * sender, messages sent, evidence hashes, an incident and its resolution), the same as JSON and as CSV; only
 * auditors and supervisors read it.
 */
@DeskTest
class AuditTrailTest extends ProcessTestSupport {

    @LocalServerPort
    int port;

    DeskClient desk;

    @BeforeEach
    void client() {
        desk = new DeskClient(port);
    }

    /** A complaint about mia's rice cooker whose two offers the customer rejected; evidence uploaded; an incident fixed. */
    private Filed disputedCase() {
        Filed filed = riceCookerComplaint("Wang Fang", "wang@example.com", "zh-CN");
        rejectTwice(desk, filed);
        assertThat(desk.upload("/api/complaints/" + filed.complaintNo() + "/evidence", null, filed.token(),
                "label.png", "image/png", Files.PNG, "Photo of the capacity label").status()).isEqualTo(201);
        var evidence = called(filed.pi(), EvidenceAndArbitration.PROCESS_KEY);
        String waiting = processEngine.getRuntimeService().createExecutionQuery().processInstanceId(evidence.getId())
                .activityId(EvidenceAndArbitration.Element.AWAIT_EVIDENCE).singleResult().getId();
        Incident incident = processEngine.getRuntimeService().createIncident("audit-check", waiting,
                "payment-adapter", "Payment adapter unreachable");
        processEngine.getRuntimeService().resolveIncident(incident.getId());
        return filed;
    }

    private static List<JsonNode> entries(JsonNode trail, Predicate<JsonNode> which) {
        List<JsonNode> found = new ArrayList<>();
        trail.get("entries").forEach(e -> {
            if (which.test(e)) {
                found.add(e);
            }
        });
        return found;
    }

    private static Predicate<JsonNode> kind(String kind) {
        return e -> e.get("kind").asText().equals(kind);
    }

    @Test
    void auditor_readsWhatHappened_whoDidIt_andUnderWhichVersions() {
        Filed filed = disputedCase();

        DeskClient.Response response = desk.get("/api/complaints/" + filed.complaintNo() + "/audit-trail", "audrey");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header("Content-Type")).startsWith("application/json");
        JsonNode trail = response.json();
        assertThat(trail.get("complaintNo").asText()).isEqualTo(filed.complaintNo());
        assertThat(trail.get("processInstanceId").asText()).isEqualTo(filed.pi().getId());
        List<String> times = new ArrayList<>();
        trail.get("entries").forEach(e -> times.add(e.get("at").asText()));
        assertThat(times).isSortedAccordingTo(java.util.Comparator.comparing(java.time.Instant::parse));

        assertThat(entries(trail, kind("ACTIVITY_STARTED"))).anySatisfy(e -> {
            assertThat(e.get("activityId").asText()).isEqualTo("UserTask_InvestigateComplaint");
            assertThat(e.get("processDefinition").asText()).matches("complaint-handling:\\d+");
        }).anySatisfy(e -> assertThat(e.get("processDefinition").asText()).matches("evidence-and-arbitration:\\d+"));
        assertThat(entries(trail, kind("TASK_COMPLETED"))).anySatisfy(e -> {
            assertThat(e.get("activityId").asText()).isEqualTo("UserTask_InvestigateComplaint");
            assertThat(e.get("actor").asText()).isEqualTo("quinn");
        });
        assertThat(entries(trail, kind("VARIABLE_CHANGED"))).anySatisfy(e -> {
            assertThat(e.at("/details/name").asText()).isEqualTo("remedy");
            assertThat(e.at("/details/old").asText()).isEqualTo("APOLOGY");
            assertThat(e.at("/details/new").asText()).isEqualTo("COMPENSATION_COUPON");
        });
        assertThat(entries(trail, kind("DECISION_EVALUATED"))).anySatisfy(e -> {
            assertThat(e.at("/details/decisionDefinition").asText()).matches("[a-z-]+:\\d+");
            assertThat(e.at("/details/inputs").size()).isPositive();
            assertThat(e.at("/details/matchedRules").size()).isPositive();
            assertThat(e.at("/details/outputs").size()).isPositive();
        });
        assertThat(entries(trail, kind("MESSAGE_RECEIVED"))).anySatisfy(e -> {
            assertThat(e.at("/details/step").asText()).isEqualTo("OFFER_REJECTED");
            assertThat(e.get("actor").asText()).isEqualTo("customer");
        }).anySatisfy(e -> assertThat(e.at("/details/step").asText()).isEqualTo("MERCHANT_ANSWERED"));
        assertThat(entries(trail, kind("MESSAGE_SENT"))).anySatisfy(e ->
                assertThat(e.at("/details/template").asText()).isEqualTo("evidence-period"));
        assertThat(entries(trail, kind("EVIDENCE_FILE"))).singleElement().satisfies(e -> {
            assertThat(e.at("/details/sha256").asText()).hasSize(64);
            assertThat(e.at("/details/party").asText()).isEqualTo("CUSTOMER");
        });
        // the incident, and the one it causes in the calling activity of the case's own process
        assertThat(entries(trail, kind("INCIDENT_CREATED"))).hasSize(2).anySatisfy(e -> {
            assertThat(e.at("/details/message").asText()).isEqualTo("Payment adapter unreachable");
            assertThat(e.get("processDefinition").asText()).startsWith("evidence-and-arbitration:");
            assertThat(e.get("activityId").asText()).isEqualTo(EvidenceAndArbitration.Element.AWAIT_EVIDENCE);
        }).anySatisfy(e -> {
            assertThat(e.get("processDefinition").asText()).startsWith("complaint-handling:");
            assertThat(e.at("/details/rootCauseIncidentId").asText()).isNotEmpty();
        });
        assertThat(entries(trail, kind("INCIDENT_RESOLVED"))).hasSize(2)
                .allSatisfy(e -> assertThat(e.get("summary").asText()).contains("resolved"));
    }

    @Test
    void csv_holdsTheSameEntries_asJson() throws IOException {
        Filed filed = disputedCase();
        String path = "/api/complaints/" + filed.complaintNo() + "/audit-trail";
        JsonNode json = desk.get(path, "sofia").json();

        DeskClient.Response csv = desk.send(desk.request(path, "audrey").header("Accept", "text/csv").GET().build());

        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.header("Content-Type")).startsWith("text/csv");
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv.body())).getRecords();
        assertThat(rows).hasSize(json.get("entries").size());
        for (int k = 0; k < rows.size(); k++) {
            JsonNode entry = json.get("entries").get(k);
            CSVRecord row = rows.get(k);
            assertThat(row.get("complaintNo")).isEqualTo(filed.complaintNo());
            assertThat(row.get("kind")).isEqualTo(entry.get("kind").asText());
            assertThat(row.get("actor")).isEqualTo(entry.get("actor").asText());
            assertThat(row.get("summary")).isEqualTo(entry.get("summary").asText());
            assertThat(row.get("at")).isEqualTo(entry.get("at").asText());
        }
    }

    @Test
    void onlyAuditorsAndSupervisors_readTrails_andNoOneElseLearnsWhetherACaseExists() {
        Filed filed = riceCookerComplaint("Li Lei", "li@example.com", "zh-CN");
        String path = "/api/complaints/" + filed.complaintNo() + "/audit-trail";

        for (String user : List.of("sam", "quinn", "arthur", "mia")) {
            DeskClient.Response known = desk.get(path, user);
            DeskClient.Response unknown = desk.get("/api/complaints/CD-19990101-0000/audit-trail", user);
            assertThat(known.status()).as(user).isEqualTo(403);
            assertThat(known.header("Content-Type")).startsWith("application/problem+json");
            assertThat(unknown.status()).as(user).isEqualTo(403);
            assertThat(unknown.body()).isEqualTo(known.body());
        }
        DeskClient.Response customer = desk.getWithHeader(path, "X-Customer-Token", filed.token());
        assertThat(customer.status()).isEqualTo(401);
        assertThat(desk.get(path, null).status()).isEqualTo(401);

        DeskClient.Response missing = desk.get("/api/complaints/CD-19990101-0000/audit-trail", "audrey");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.header("Content-Type")).startsWith("application/problem+json");
        assertThat(desk.get(path, "audrey").status()).isEqualTo(200);
        assertThat(desk.get(path, "sofia").status()).isEqualTo(200);
    }
}
