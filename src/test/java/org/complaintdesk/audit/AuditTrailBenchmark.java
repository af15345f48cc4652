package org.complaintdesk.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.complaintdesk.process.ProcessTestSupport;
import org.complaintdesk.support.Bench;
import org.complaintdesk.support.DeskClient;
import org.complaintdesk.support.DeskTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A benchmark, not a test of the suite (it runs only with {@code -Dbench=true}, on PostgreSQL): one case's audit
 * trail ({@code GET /api/complaints/{no}/audit-trail}, JSON and CSV, as the auditor audrey) while the engine's
 * history holds at least {@code bench.rows} rows (1,000,000 by default) of other cases. Two real cases are closed
 * along the happy path; the history of one of them is copied in SQL, every copy with its own instance, activity,
 * task, variable and decision ids (md5 of the id and the copy's number) and its own business key, until the history holds enough rows; then
 * {@code vacuum analyze}, 5 warm-up calls and {@code bench.calls} (50) timed calls per format. The copies are
 * deleted at the end. Figures to target/bench/audit-trail.txt and docs/BENCHMARKS.md.
 */
@DeskTest
@EnabledIfSystemProperty(named = "bench", matches = "true")
class AuditTrailBenchmark extends ProcessTestSupport {


    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void auditTrailOfOneCase_amongAMillionHistoryRows() throws IOException {
        assumeThat(String.valueOf(System.getenv("DB_URL"))).as("PostgreSQL only").startsWith("jdbc:postgresql:");
        int wanted = Integer.getInteger("bench.rows", 1_000_000);
        int calls = Integer.getInteger("bench.calls", 50);
        DeskClient desk = new DeskClient(port);
        Filed read = fileAndStart(complaint("PRICE_DISPUTE", "The price went up the day before the sale."));
        closeWithPartialRefund(desk, read);
        Filed seed = fileAndStart(complaint("PRICE_DISPUTE", "The price doubled the day before the sale."));
        closeWithPartialRefund(desk, seed);
        String root = seed.pi().getId();

        List<String> tables = jdbc.queryForList("""
                select table_name from information_schema.columns where table_schema = current_schema()
                and table_name like 'act\\_hi\\_%' and column_name = 'root_proc_inst_id_'""", String.class);
        long perCase = 0;
        for (String table : tables) {
            perCase += jdbc.queryForObject("select count(*) from " + table + " where root_proc_inst_id_ = ?", Long.class, root);
        }
        long before = historyRows(tables);
        int copies = (int) Math.max(0, (wanted - before + perCase - 1) / perCase);
        long fillStart = System.nanoTime();
        for (String table : tables) {
            Bench.copyRows(jdbc, table, "root_proc_inst_id_ = '" + root + "'", copies, Map.of());
        }
        jdbc.execute("vacuum analyze");
        long fillSeconds = (System.nanoTime() - fillStart) / 1_000_000_000L;
        long rows = historyRows(tables);
        assertThat(rows).isGreaterThanOrEqualTo(wanted);

        String path = "/api/complaints/" + read.complaintNo() + "/audit-trail";
        Supplier<DeskClient.Response> json = () -> desk.get(path, "audrey");
        Supplier<DeskClient.Response> csv = () -> desk.send(desk.request(path, "audrey").header("Accept", "text/csv")
                .GET().build());
        int entries = json.get().json().get("entries").size();
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "BENCHMARK audit trail of %s (%d entries) with %,d history rows (%,d per"
                        + " case, %d copies, filled in %d s), %d calls each after 5 warm-up calls, load average %s",
                read.complaintNo(), entries, rows, perCase, copies, fillSeconds, calls, Bench.loadAverage()));
        lines.add("JSON " + Bench.time(json, 5, calls));
        lines.add("CSV  " + Bench.time(csv, 5, calls));
        lines.add("load average after: " + Bench.loadAverage());
        lines.forEach(System.out::println);
        Path file = Path.of("target/bench/audit-trail.txt");
        Files.createDirectories(file.getParent());
        Files.write(file, lines);

        for (String table : tables) {
            jdbc.update("delete from " + table + " where root_proc_inst_id_ in (select md5(? || '-' || g)"
                    + " from generate_series(1, ?) g)", root, copies);
        }
    }

    private long historyRows(List<String> tables) {
        long rows = 0;
        for (String table : tables) {
            rows += jdbc.queryForObject("select count(*) from " + table, Long.class);
        }
        return rows;
    }
}
