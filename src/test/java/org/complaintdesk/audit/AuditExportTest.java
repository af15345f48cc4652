package org.complaintdesk.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.complaintdesk.process.ProcessTestSupport;
import org.complaintdesk.support.DeskClient;
import org.complaintdesk.support.DeskTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The export of the trails of every case closed in a period (desk time, Asia/Shanghai in the tests): all of them, in
 * order of closing, across pages, none outside the period; bad periods are refused before anything is written.
 */
@DeskTest
class AuditExportTest extends ProcessTestSupport {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    DeskClient desk;

    @BeforeEach
    void client() {
        desk = new DeskClient(port);
    }

    @Test
    void export_writesTheTrailOfEveryCaseClosedInThePeriod_inOrderOfClosing() throws IOException {
        // a year of its own, so that cases of other tests (or runs on the same database) stay out of the way; one
        // in which Shanghai was UTC+8 all year (local mean time until 1901, summer time in the 1940s and 1986-1991),
        // as the boundary below assumes
        int year = ThreadLocalRandom.current().nextInt(1950, 1986);
        Filed real = fileAndStart(complaint("PRODUCT_QUALITY", "The kettle leaks."));
        jdbc.update("""
                insert into case_record (complaint_id, complaint_no, outcome, channel, customer_id, refunded_amount,
                  offers_made, arbitrated, reopened, escalated, resolve_minutes, customer_wait_minutes, description,
                  received_at, closed_at)
                select id, complaint_no, 'RESOLVED', channel, customer_id, 0, 0, false, false, false, 1, 1, description,
                  received_at, ? from complaint where complaint_no = ?""",
                Timestamp.from(Instant.parse(year + "-03-09T12:00:00Z")), real.complaintNo());
        String prefix = "X" + Integer.toString(ThreadLocalRandom.current().nextInt(0x1000000), 36);
        // 205 cases: more than a page of the export; Shanghai's 10 March ends at 16:00 UTC
        List<String> synthetic = ClosedCases.insert(jdbc, prefix, 205, Instant.parse(year + "-03-10T15:55:00Z"));
        List<String> later = ClosedCases.insert(jdbc, prefix + "L", 1, Instant.parse(year + "-03-10T16:00:00Z"));

        DeskClient.Response response = desk.get("/api/audit/export?from=" + year + "-03-09&to=" + year + "-03-10",
                "audrey");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header("Content-Type")).startsWith("text/csv");
        assertThat(response.header("Content-Disposition")).contains("attachment");
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(response.body())).getRecords();
        Set<String> cases = new LinkedHashSet<>();
        rows.forEach(row -> cases.add(row.get("complaintNo")));
        List<String> expected = new ArrayList<>();
        expected.add(real.complaintNo());
        expected.addAll(synthetic);
        assertThat(cases.stream().filter(no -> no.equals(real.complaintNo()) || no.startsWith(prefix)).toList())
                .isEqualTo(expected).doesNotContainAnyElementsOf(later);
        assertThat(rows).filteredOn(row -> row.get("complaintNo").equals(real.complaintNo()))
                .anySatisfy(row -> assertThat(row.get("kind")).isEqualTo("ACTIVITY_STARTED"))
                .anySatisfy(row -> assertThat(row.get("kind")).isEqualTo("DECISION_EVALUATED"))
                .allSatisfy(row -> assertThat(row.get("processInstanceId")).isEqualTo(real.pi().getId()));
        assertThat(rows).filteredOn(row -> row.get("complaintNo").equals(synthetic.get(0))).singleElement()
                .satisfies(row -> {
                    assertThat(row.get("kind")).isEqualTo("MESSAGE_RECEIVED");
                    assertThat(row.get("actor")).isEqualTo("customer");
                });
    }

    @Test
    void badPeriods_areRefusedAsProblems_beforeAnythingIsWritten() {
        for (String query : List.of("", "?from=2026-11-01", "?to=2026-11-01", "?from=2026-11-02&to=2026-11-01",
                "?from=2025-01-01&to=2026-01-02", "?from=2026-13-01&to=2026-12-01", "?from=yesterday&to=today")) {
            DeskClient.Response response = desk.get("/api/audit/export" + query, "audrey");
            assertThat(response.status()).as(query).isEqualTo(400);
            assertThat(response.header("Content-Type")).as(query).startsWith("application/problem+json");
        }
        assertThat(desk.get("/api/audit/export?from=2025-01-01&to=2026-01-01", "audrey").status())
                .as("366 days").isEqualTo(200);
    }

    @Test
    void onlyAuditorsAndSupervisors_export() {
        String path = "/api/audit/export?from=2026-11-01&to=2026-11-02";
        for (String user : List.of("sam", "fiona", "arthur", "mia")) {
            assertThat(desk.get(path, user).status()).as(user).isEqualTo(403);
        }
        assertThat(desk.get(path, null).status()).isEqualTo(401);
        assertThat(desk.get(path, "sofia").status()).isEqualTo(200);
    }
}
