package org.complaintdesk.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.complaintdesk.support.DeskClient;
import org.complaintdesk.support.DeskTest;
import org.complaintdesk.support.Requests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The metrics a monitoring system scrapes, and who may scrape them (the demo scraper's secret is its id). */
@DeskTest
class MetricsEndpointTest {

    private static final String SCRAPER = "prometheus";
    private static final String PROMETHEUS = "/actuator/prometheus";

    @LocalServerPort
    int port;

    private DeskClient desk;

    @BeforeEach
    void client() {
        desk = new DeskClient(port);
    }

    @Test
    void scraperReadsTheDesksOwnFiguresBesideJvmAndPool() {
        DeskClient.Response response = desk.get(PROMETHEUS, SCRAPER);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header("Content-Type")).startsWith("text/plain");
        assertThat(response.body()).contains(
                "complaintdesk_complaints_received_total{channel=\"app_form\"}",
                "complaintdesk_jobs_waiting ", "complaintdesk_jobs_failed ", "complaintdesk_incidents_open ",
                "complaintdesk_deadlines_passed ", "complaintdesk_outbox_messages{status=\"pending\"}",
                "complaintdesk_outbox_messages{status=\"failed\"}", "complaintdesk_complaints_open{stage=\"investigate\"}",
                "jvm_memory_used_bytes", "hikaricp_connections_active", "http_server_requests_seconds");
    }

    @Test
    void aNewComplaintCountsOnceAsReceivedAndAsOpen() {
        String before = desk.get(PROMETHEUS, SCRAPER).body();

        String message = Requests.uniqueId();
        assertThat(desk.postJson("/api/complaints", "gateway", Requests.complaint(message)).status()).isEqualTo(201);
        assertThat(desk.postJson("/api/complaints", "gateway", Requests.complaint(message)).status())
                .as("the same channel message again is no new complaint").isEqualTo(200);

        String after = desk.get(PROMETHEUS, SCRAPER).body();
        assertThat(value(after, "complaintdesk_complaints_received_total{channel=\"app_form\"}"))
                .isEqualTo(value(before, "complaintdesk_complaints_received_total{channel=\"app_form\"}") + 1);
        assertThat(sum(after, "complaintdesk_complaints_open")).isEqualTo(sum(before, "complaintdesk_complaints_open") + 1);
    }

    @Test
    void onlyTheScraperAndAdministratorsReadMetrics() {
        assertThat(desk.get(PROMETHEUS, "demo").status()).isEqualTo(200);
        assertThat(desk.get(PROMETHEUS, null).status()).isEqualTo(401);
        for (String refused : new String[] {"sam", "sofia", "audrey", "mia", "gateway", "payments"}) {
            assertThat(desk.get(PROMETHEUS, refused).status()).as(refused).isEqualTo(403);
        }
    }

    @Test
    void theScraperReadsNothingButMetrics() {
        assertThat(desk.get("/actuator/metrics", SCRAPER).status()).isEqualTo(403);
        assertThat(desk.get("/actuator/env", SCRAPER).status()).isEqualTo(403);
        assertThat(desk.get("/api/cases", SCRAPER).status()).isEqualTo(403);
        assertThat(desk.get("/api/service-clients", SCRAPER).status()).isEqualTo(403);
        assertThat(desk.postJson("/api/complaints", SCRAPER, Requests.complaint(Requests.uniqueId())).status())
                .isEqualTo(403);
        assertThat(desk.get("/v3/api-docs", SCRAPER).status()).isEqualTo(403);
        assertThat(desk.get("/engine-rest/task", SCRAPER).status()).isEqualTo(401);
    }

    /** The value of one sample line ({@code name{labels} value}). */
    private static double value(String exposition, String series) {
        Matcher line = Pattern.compile("^" + Pattern.quote(series) + " (\\S+)$", Pattern.MULTILINE).matcher(exposition);
        assertThat(line.find()).as(series).isTrue();
        return Double.parseDouble(line.group(1));
    }

    /** The sum over every label set of one metric. */
    private static double sum(String exposition, String metric) {
        Matcher line = Pattern.compile("^" + Pattern.quote(metric) + "\\{[^}]*} (\\S+)$", Pattern.MULTILINE)
                .matcher(exposition);
        double total = 0;
        while (line.find()) {
            total += Double.parseDouble(line.group(1));
        }
        return total;
    }
}
