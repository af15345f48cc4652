package org.complaintdesk.process;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.complaintdesk.process.ComplaintHandling.Element;
import org.complaintdesk.process.ComplaintHandling.Outcome;
import org.complaintdesk.process.ComplaintHandling.Var;
import org.complaintdesk.support.Customer;
import org.complaintdesk.support.Bench;
import org.complaintdesk.support.DeskClient;
import org.complaintdesk.support.DeskTest;
import org.complaintdesk.support.Requests;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * Whole cases per second along the happy path (intake → classification → merchant contests → investigation → partial
 * refund offered and accepted → refund paid by hand → survey solved → archived), in a closed loop of 4 and 8
 * concurrent cases, and what each closed case costs the database: a benchmark, not part of the suite (it runs only
 * with {@code -Dbench=true}); it prints a table for docs/BENCHMARKS.md and asserts only that every case closed.
 *
 * <p>Everything goes through HTTP as real users do it: intake by {@code POST /api/complaints}, the merchant's answer by
 * the merchant API, agents' tasks by engine REST {@code submit-form} (as Tasklist), the customer's answers by the
 * customer API. The job executor is on (the suite's is off), so what follows each answer runs as in production; the
 * driver only polls (complaint status, open tasks, in SQL) to see whose turn it is, as the users' screens would; on
 * PostgreSQL as a role of its own ({@code bench_driver}, created here), so that the statements counted are the
 * desk's alone.
 *
 * <p>Per case from the database: on PostgreSQL, transactions and rows from {@code pg_stat_database} (read after the
 * statistics collector's flush delay; the driver's polling included), statements from {@code pg_stat_statements}
 * when the server loads it (the desk's role only), and bytes as the growth of {@code pg_database_size} after
 * {@code vacuum}; on both databases the history rows (all {@code ACT_HI_*} tables) and variable instances
 * ({@code ACT_HI_VARINST}).
 * CPU per case twice: the whole JVM's, and the desk's alone (without the CPU time of the driver's threads, whose
 * polling every 25 ms is not the desk's work).
 *
 * <p>Properties: {@code bench.levels} (default 4,8), {@code bench.seconds} per level (30), {@code bench.warmup} (15).
 */
@DeskTest
@TestPropertySource(properties = "camunda.bpm.job-execution.enabled=true")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@EnabledIfSystemProperty(named = "bench", matches = "true")
class LifecycleBenchmark {

    static final int[] LEVELS = Arrays.stream(System.getProperty("bench.levels", "4,8").split(","))
            .mapToInt(Integer::parseInt).toArray();
    static final Duration RUN = Duration.ofSeconds(Long.getLong("bench.seconds", 30));
    static final Duration WARM_UP = Duration.ofSeconds(Long.getLong("bench.warmup", 15));
    static final Duration CASE_LIMIT = Duration.ofMinutes(2);
    static final String DRIVER_ROLE = "bench_driver";
    static final List<String> HISTORY_TABLES = List.of("ACT_HI_PROCINST", "ACT_HI_ACTINST", "ACT_HI_TASKINST",
            "ACT_HI_VARINST", "ACT_HI_DETAIL", "ACT_HI_IDENTITYLINK", "ACT_HI_JOB_LOG", "ACT_HI_OP_LOG",
            "ACT_HI_DECINST", "ACT_HI_DEC_IN", "ACT_HI_DEC_OUT", "ACT_HI_INCIDENT", "ACT_HI_COMMENT");

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Value("${spring.datasource.url}")
    String deskUrl;

    final List<String> lines = new ArrayList<>();
    DeskClient desk;
    /**
     * The driver's own reads (whose turn it is, the snapshots): on PostgreSQL as a role of its own, so that
     * {@code pg_stat_statements} tells the desk's statements from the driver's; on H2 the desk's pool.
     */
    JdbcTemplate driver;
    HikariDataSource driverPool;
    /** Whether PostgreSQL counts statements ({@code pg_stat_statements} loaded: see docs/BENCHMARKS.md). */
    boolean countsStatements;

    @AfterAll
    void write() throws IOException {
        if (driverPool != null) {
            driverPool.close();
        }
        Path file = Path.of("target/bench/lifecycle.txt");
        Files.createDirectories(file.getParent());
        Files.write(file, lines);
    }

    @Test
    void wholeCasesAlongTheHappyPath() {
        desk = new DeskClient(port);
        boolean postgres = deskUrl.startsWith("jdbc:postgresql:");
        driver = postgres ? driverRole() : jdbc;
        countsStatements = postgres && Bench.statements(jdbc, driver, DRIVER_ROLE) >= 0;
        if (postgres && !countsStatements) {
            print("statements not counted: PostgreSQL does not load pg_stat_statements");
        }
        print("BENCHMARK lifecycle on %s, %d s per level after %d s warm-up, load average %s",
                postgres ? "PostgreSQL" : "H2 in memory", RUN.toSeconds(), WARM_UP.toSeconds(), Bench.loadAverage());
        loop(4, WARM_UP);
        print("%-7s | %6s | %7s | %7s | %7s | %6s | %6s | %6s | %6s | %8s | %8s | %8s | %8s | %8s | %8s | %8s",
                "cases", "errors", "per s", "p50 s", "p95 s", "CPU s", "desk s", "xacts", "stmts", "ins", "upd", "del",
                "hi rows", "vars", "KB", "heap MB");
        for (int concurrent : LEVELS) {
            Snapshot before = snapshot(postgres);
            long cpuBefore = processCpuNanos();
            Result r = loop(concurrent, RUN);
            double cpu = (processCpuNanos() - cpuBefore) / 1e9;
            Snapshot after = snapshot(postgres);
            double n = Math.max(1, r.nanos().length);
            print("%-7s | %6d | %7.2f | %7.2f | %7.2f | %6.3f | %6.3f | %6s | %6s | %8s | %8s | %8s | %8.0f | %8.0f"
                            + " | %8s | %8.0f",
                    concurrent + " conc", r.errors(), r.perSecond(), r.percentile(0.50), r.percentile(0.95), cpu / n,
                    (cpu - r.driverCpuNanos() / 1e9) / n,
                    perCase(postgres, after.xacts - before.xacts, n),
                    perCase(countsStatements, after.statements - before.statements, n),
                    perCase(postgres, after.ins - before.ins, n),
                    perCase(postgres, after.upd - before.upd, n), perCase(postgres, after.del - before.del, n),
                    (after.history - before.history) / n, (after.variables - before.variables) / n,
                    postgres ? "%.1f".formatted((after.bytes - before.bytes) / n / 1024) : "-", heapAfterFullGc());
            assertThat(r.errors()).as("cases that did not close at %d concurrent", concurrent).isZero();
        }
        print("load average after: %s", Bench.loadAverage());
    }

    /** One whole case, each party acting when it is its turn; returns when the case is closed and its process ended. */
    private void runCase() {
        JsonNode receipt = ok(desk.postJson("/api/complaints", "gateway",
                Requests.complaint("bench-" + Requests.uniqueId(), "PRODUCT_QUALITY",
                        "The kettle I bought stopped heating after two days."))).json();
        String no = receipt.get("complaintNo").asText();
        Customer customer = new Customer(desk, no, receipt.get("customerToken").asText());
        Set<String> done = new HashSet<>();
        long limit = System.nanoTime() + CASE_LIMIT.toNanos();
        while (true) {
            String status = driver.queryForObject("select status from complaint where complaint_no = ?", String.class,
                    no);
            if ("CLOSED".equals(status) && driver.queryForObject("select count(*) from ACT_RU_EXECUTION"
                    + " where ID_ = PROC_INST_ID_ and BUSINESS_KEY_ = ?", Long.class, no) == 0) {
                return;
            }
            if (System.nanoTime() > limit) {
                throw new IllegalStateException(no + " not closed within " + CASE_LIMIT + ", status " + status);
            }
            if (!done.contains("merchant") && driver.queryForObject("""
                    select count(*) from ACT_RU_EXECUTION e join ACT_RU_EXECUTION i on i.ID_ = e.PROC_INST_ID_
                    where i.BUSINESS_KEY_ = ? and e.ACT_ID_ = ? and e.IS_ACTIVE_ = true""", Long.class, no,
                    Element.AWAIT_MERCHANT_ANSWER) > 0) {
                ok(desk.postJson("/api/merchant/complaints/" + no + "/answer", "mia", """
                        {"answer": "CONTEST", "statement": "We checked the kettle before shipping."}"""));
                done.add("merchant");
            }
            for (Map<String, Object> task : driver.queryForList("""
                    select t.ID_ as id, t.TASK_DEF_KEY_ as task_key from ACT_RU_TASK t
                    join ACT_RU_EXECUTION i on i.ID_ = t.PROC_INST_ID_
                    where i.BUSINESS_KEY_ = ? and t.SUSPENSION_STATE_ = 1""", no)) {
                if (done.add((String) task.get("id"))) {
                    complete((String) task.get("id"), (String) task.get("task_key"));
                }
            }
            if ("OFFER_PENDING".equals(status) && done.add("offer")) {
                ok(customer.answerOffer(true));
            }
            if ("AWAITING_FEEDBACK".equals(status) && done.add("survey")) {
                ok(customer.survey(true, 5));
            }
            pause();
        }
    }

    /** The agent whose task it is completes it through engine REST with the form's variables, as Tasklist does. */
    private void complete(String taskId, String taskKey) {
        Map<String, Object> values = new HashMap<>();
        String user;
        switch (taskKey) {
            case Element.INVESTIGATE_COMPLAINT -> {
                user = agentOf(taskId);
                values.put(Var.FINDINGS, "Checked with the merchant: the kettle was faulty.");
                values.put(Var.RESPONSIBLE_PARTY, "MERCHANT");
                values.put(Var.INVESTIGATION_OUTCOME, Outcome.OFFER_REMEDY);
                values.put(Var.REMEDY, "REFUND_PARTIAL");
                values.put(Var.REMEDY_AMOUNT, 80.0);
                values.put(Var.REMEDY_REASON, null);
            }
            case RemedyExecution.Element.ISSUE_REFUND -> {
                user = "fiona";
                values.put("paymentReference", "PAY-" + taskId);
            }
            default -> throw new IllegalStateException("no one on the happy path does " + taskKey);
        }
        ok(desk.submitForm(taskId, user, values));
    }

    /** A user of the desk the task is offered to (the routing decides which): who would pick it in Tasklist. */
    private String agentOf(String taskId) {
        // fiona pays the refund: not who decided it
        return driver.queryForList("""
                select m.USER_ID_ from ACT_RU_IDENTITYLINK l join ACT_ID_MEMBERSHIP m on m.GROUP_ID_ = l.GROUP_ID_
                where l.TASK_ID_ = ? and l.TYPE_ = 'candidate' and m.USER_ID_ <> 'fiona' order by m.USER_ID_""",
                String.class, taskId).stream().findFirst()
                .orElseThrow(() -> new IllegalStateException("no agent for " + taskId));
    }

    private static DeskClient.Response ok(DeskClient.Response response) {
        if (response.status() / 100 != 2) {
            throw new IllegalStateException("status " + response.status() + ": " + response.body());
        }
        return response;
    }

    private record Snapshot(long xacts, long statements, long ins, long upd, long del, long history, long variables,
                            long bytes) {
    }

    /** A login role for the driver, reading every table of the desk's database, and a small pool of it. */
    private JdbcTemplate driverRole() {
        jdbc.execute("do $$ begin if not exists (select from pg_roles where rolname = '" + DRIVER_ROLE + "') then"
                + " create role " + DRIVER_ROLE + " login; end if; end $$");
        jdbc.execute("grant select on all tables in schema public to " + DRIVER_ROLE);
        jdbc.execute("grant pg_read_all_stats to " + DRIVER_ROLE);
        driverPool = new HikariDataSource();
        driverPool.setJdbcUrl(deskUrl);
        driverPool.setUsername(DRIVER_ROLE);
        driverPool.setMaximumPoolSize(Arrays.stream(LEVELS).max().orElse(4) + 2);
        return new JdbcTemplate(driverPool);
    }

    /** The database's counters now; on PostgreSQL after the statistics flush and a vacuum, so bytes are settled. */
    private Snapshot snapshot(boolean postgres) {
        long history = 0;
        for (String table : HISTORY_TABLES) {
            history += driver.queryForObject("select count(*) from " + table, Long.class);
        }
        long variables = driver.queryForObject("select count(*) from ACT_HI_VARINST", Long.class);
        if (!postgres) {
            return new Snapshot(0, 0, 0, 0, 0, history, variables, 0);
        }
        jdbc.execute("vacuum"); // the desk's role owns the tables; one statement of the desk's count per snapshot
        sleep(1500); // PostgreSQL 15 flushes backends' statistics at most once a second
        // statements of every role but the driver's, in this database: the desk's requests, jobs and pool
        long statements = countsStatements ? Bench.statements(jdbc, driver, DRIVER_ROLE) : 0;
        driver.execute("select pg_stat_clear_snapshot()");
        Map<String, Object> row = driver.queryForMap("""
                select xact_commit, tup_inserted, tup_updated, tup_deleted, pg_database_size(datname) as bytes
                from pg_stat_database where datname = current_database()""");
        return new Snapshot(((Number) row.get("xact_commit")).longValue(), statements,
                ((Number) row.get("tup_inserted")).longValue(), ((Number) row.get("tup_updated")).longValue(),
                ((Number) row.get("tup_deleted")).longValue(), history, variables, ((Number) row.get("bytes")).longValue());
    }

    private static String perCase(boolean postgres, long delta, double cases) {
        return postgres ? "%.0f".formatted(delta / cases) : "-";
    }

    /** {@code concurrent} threads, each carrying one case to its end after the other until the time is up. */
    private Result loop(int concurrent, Duration duration) {
        ExecutorService threads = Executors.newFixedThreadPool(concurrent);
        long end = System.nanoTime() + duration.toNanos();
        List<Future<long[]>> futures = new ArrayList<>();
        AtomicLong errors = new AtomicLong();
        AtomicLong driverCpu = new AtomicLong();
        long start = System.nanoTime();
        for (int c = 0; c < concurrent; c++) {
            futures.add(threads.submit(() -> {
                List<Long> nanos = new ArrayList<>();
                long cpuAtStart = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
                while (System.nanoTime() < end) {
                    long t = System.nanoTime();
                    try {
                        runCase();
                        nanos.add(System.nanoTime() - t);
                    } catch (RuntimeException e) {
                        if (errors.incrementAndGet() <= 3) {
                            System.out.println("BENCHMARK error: " + e);
                        }
                    }
                }
                driverCpu.addAndGet(ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpuAtStart);
                return nanos.stream().mapToLong(Long::longValue).toArray();
            }));
        }
        List<long[]> all = new ArrayList<>();
        for (Future<long[]> future : futures) {
            try {
                all.add(future.get());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        threads.shutdown();
        return new Result(all.stream().flatMapToLong(Arrays::stream).sorted().toArray(), seconds, errors.get(),
                driverCpu.get());
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static void pause() {
        sleep(25); // a user's screen refreshing: whose turn it is comes from the database, no timer involved
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static double heapAfterFullGc() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / (1024.0 * 1024);
    }

    private void print(String format, Object... args) {
        String line = String.format(Locale.ROOT, format, args);
        System.out.println(line);
        lines.add(line);
    }

    /** {@code driverCpuNanos}: the CPU time of the threads playing the parties, polling included (not the desk's). */
    record Result(long[] nanos, double seconds, long errors, long driverCpuNanos) {

        double perSecond() {
            return nanos.length / seconds;
        }

        /** In seconds: a case lasts seconds, not milliseconds. */
        double percentile(double p) {
            return nanos.length == 0 ? 0 : nanos[Math.max(0, (int) Math.ceil(nanos.length * p) - 1)] / 1e9;
        }
    }
}
