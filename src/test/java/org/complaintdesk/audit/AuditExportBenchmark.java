package org.complaintdesk.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.complaintdesk.process.ProcessTestSupport;
import org.complaintdesk.support.DeskClient;
import org.complaintdesk.support.DeskTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A benchmark, not a test of the suite (it runs only with {@code -Dbench=true}): fills {@code bench.cases} closed
 * cases (100,000 by default; written straight into the tables, plus a few with real engine histories), exports them
 * over HTTP while reading the CSV as it arrives, and samples the used heap after a full GC every
 * {@code bench.sample-every} rows. A flat heap is the claim; the figures go to docs/BENCHMARKS.md and to
 * target/bench/audit-export.txt. See docs/BENCHMARKS.md for the command.
 */
@DeskTest
@EnabledIfSystemProperty(named = "bench", matches = "true")
class AuditExportBenchmark extends ProcessTestSupport {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void exportOfManyClosedCases_keepsTheHeapFlat() throws Exception {
        int cases = Integer.getInteger("bench.cases", 100_000);
        int sampleEvery = Integer.getInteger("bench.sample-every", 20_000);
        // a day of its own, far back, so that nothing else closed then; Shanghai's day starts at 16:00 UTC before
        int year = ThreadLocalRandom.current().nextInt(1700, 1800);
        Instant first = Instant.parse(year + "-06-01T16:00:00Z");
        long fillStart = System.nanoTime();
        for (int k = 0; k < 3; k++) {
            Filed real = fileAndStart(complaint("PRODUCT_QUALITY", "The kettle leaks."));
            jdbc.update("""
                    insert into case_record (complaint_id, complaint_no, outcome, channel, customer_id, refunded_amount,
                      offers_made, arbitrated, reopened, escalated, resolve_minutes, customer_wait_minutes, description,
                      received_at, closed_at)
                    select id, complaint_no, 'RESOLVED', channel, customer_id, 0, 0, false, false, false, 1, 1,
                      description, received_at, ? from complaint where complaint_no = ?""",
                    Timestamp.from(first.plusMillis(k)), real.complaintNo());
        }
        String prefix = "B" + Integer.toString(ThreadLocalRandom.current().nextInt(0x100000), 36);
        ClosedCases.insert(jdbc, prefix, cases, first.plusSeconds(1));
        long fillSeconds = Duration.ofNanos(System.nanoTime() - fillStart).toSeconds();
        int days = (int) Duration.ofSeconds(cases).toDays() + 1;

        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        List<String> samples = new ArrayList<>();
        long baseline = usedAfterGc(memory);
        long peak = baseline;
        long rows = 0;
        long bytes = 0;
        long start = System.nanoTime();
        var request = new DeskClient(port).request("/api/audit/export?from=" + year + "-06-02&to=" + year + "-06-"
                + String.format("%02d", 2 + days), "audrey").GET().build();
        HttpResponse<java.io.InputStream> response = HttpClient.newHttpClient().send(request,
                HttpResponse.BodyHandlers.ofInputStream());
        assertThat(response.statusCode()).isEqualTo(200);
        try (BufferedReader csv = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = csv.readLine()) != null) {
                rows++;
                bytes += line.length() + 2;
                if (rows % sampleEvery == 0) {
                    long used = usedAfterGc(memory);
                    peak = Math.max(peak, used);
                    samples.add(rows + " rows: " + mib(used));
                }
            }
        }
        long seconds = Duration.ofNanos(System.nanoTime() - start).toSeconds();
        long end = usedAfterGc(memory);
        String report = String.join("\n", List.of(
                "database: " + jdbc.getDataSource().getConnection().getMetaData().getDatabaseProductName(),
                "cases: " + cases + " (+3 with engine history), filled in " + fillSeconds + " s",
                "rows: " + rows + " (" + mib(bytes) + "), exported in " + seconds + " s",
                "max heap: " + mib(memory.getHeapMemoryUsage().getMax()),
                "used heap after GC: before " + mib(baseline) + ", peak " + mib(peak) + ", after " + mib(end),
                "samples: " + String.join("; ", samples)));
        System.out.println("== audit export benchmark ==\n" + report);
        Path out = Path.of("target", "bench", "audit-export.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report + "\n");
        assertThat(rows).isGreaterThan(cases);
    }

    private static long usedAfterGc(MemoryMXBean memory) {
        System.gc();
        return memory.getHeapMemoryUsage().getUsed();
    }

    private static String mib(long bytes) {
        return String.format("%.1f MiB", bytes / 1024.0 / 1024.0);
    }
}
