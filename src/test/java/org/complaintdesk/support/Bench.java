package org.complaintdesk.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

/** What the benchmarks share: the machine's load, timed HTTP calls, and rows of real cases copied in SQL. */
public final class Bench {

    /** Engine columns that name an instance, execution, activity instance, task, variable, decision or grant target. */
    private static final Set<String> COPIED_IDS = Set.of("id_", "proc_inst_id_", "root_proc_inst_id_", "execution_id_",
            "parent_id_", "super_exec_", "task_id_", "act_inst_id_", "parent_act_inst_id_", "var_scope_",
            "resource_id_", "parent_task_id_", "super_process_instance_id_", "call_proc_inst_id_", "dec_inst_id_",
            "root_dec_inst_id_", "var_inst_id_", "job_id_", "cause_incident_id_", "root_cause_incident_id_",
            "operation_id_");

    /** /proc/loadavg as it reads now. */
    public static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (IOException e) {
            return "unknown";
        }
    }

    /** {@code warmUp} calls, then {@code calls} timed ones (each must answer 2xx): p50, p95 and max. */
    public static String time(Supplier<DeskClient.Response> call, int warmUp, int calls) {
        for (int i = 0; i < warmUp; i++) {
            assertThat(call.get().status()).isBetween(200, 299);
        }
        long[] nanos = new long[calls];
        for (int i = 0; i < calls; i++) {
            long start = System.nanoTime();
            DeskClient.Response response = call.get();
            nanos[i] = System.nanoTime() - start;
            assertThat(response.status()).as(response.body()).isBetween(200, 299);
        }
        Arrays.sort(nanos);
        return String.format(Locale.ROOT, "p50 %.1f ms, p95 %.1f ms, max %.1f ms", nanos[calls / 2] / 1e6,
                nanos[(int) Math.ceil(calls * 0.95) - 1] / 1e6, nanos[calls - 1] / 1e6);
    }

    /**
     * Inserts {@code copies} copies (copy number {@code g}) of the rows of {@code table} matching {@code where} (PostgreSQL).
     * An id column gets the md5 of the id and {@code g} — the same for the same id and copy in every table, and 32
     * characters, as ids may already be 64 long; a business key keeps its text and gets {@code -g}; {@code values}
     * gives other columns an SQL expression of their own (which may use {@code g}).
     */
    public static void copyRows(JdbcTemplate jdbc, String table, String where, int copies, Map<String, String> values) {
        List<String> columns = jdbc.queryForList("""
                select column_name from information_schema.columns where table_schema = current_schema()
                and table_name = ? order by ordinal_position""", String.class, table);
        List<String> selected = columns.stream().map(column -> {
            if (values.containsKey(column)) {
                return values.get(column);
            }
            if (column.equals("business_key_")) {
                return "case when " + column + " is null then null else " + column + " || '-' || g end";
            }
            return COPIED_IDS.contains(column)
                    ? "case when " + column + " is null then null else md5(" + column + " || '-' || g) end" : column;
        }).toList();
        jdbc.update("insert into " + table + " (" + String.join(", ", columns) + ") select " + String.join(", ", selected)
                + " from " + table + ", generate_series(1, ?) g where " + where, copies);
    }

    /**
     * The SQL statements run so far in the database {@code reader} reads, by every role but {@code excludedRole}
     * ({@code pg_stat_statements}, transaction control included), or -1 where they are not counted: H2, or a
     * PostgreSQL server that does not load the extension (docs/BENCHMARKS.md "Lifecycle" says how). {@code owner}
     * creates the extension in the database if it is missing.
     */
    public static long statements(JdbcTemplate owner, JdbcTemplate reader, String excludedRole) {
        try {
            owner.execute("create extension if not exists pg_stat_statements");
            reader.execute("select pg_stat_clear_snapshot()");
            return reader.queryForObject("""
                    select coalesce(sum(s.calls), 0) from pg_stat_statements s join pg_database d on d.oid = s.dbid
                    join pg_roles r on r.oid = s.userid where d.datname = current_database() and r.rolname <> ?""",
                    Long.class, excludedRole);
        } catch (DataAccessException e) {
            return -1;
        }
    }

    private Bench() {
    }
}
