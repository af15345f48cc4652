package org.complaintdesk.intake;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongConsumer;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.persistence.StrongUuidGenerator;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.complaintdesk.complaint.Category;
import org.complaintdesk.support.Bench;
import org.complaintdesk.support.DeskClient;
import org.complaintdesk.support.DeskTest;
import org.complaintdesk.support.Requests;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * Complaints accepted per second through {@code POST /api/complaints} in a closed loop of 1, 4 and 16 clients, and in
 * the same run a bare Camunda engine of the same version on the same kind of database starting (a) start → user task
 * and (b) start → service task → decision → user task through the Java API: a benchmark, not part of the suite (it
 * runs only with {@code -Dbench=true}); it prints a table for docs/BENCHMARKS.md and asserts no time, only that every
 * request succeeded and the job backlog drained.
 *
 * <p>The desk runs with its job executor on (the suite's is off), so classification, grading, routing and case
 * opening happen behind the intake as in production. The bare engine is a {@link StandaloneProcessEngineConfiguration}
 * on a database of its own (H2: another in-memory database; PostgreSQL: {@code DB_URL} with {@code _bare} appended,
 * created beforehand), history FULL and a pool as large as the desk's, so neither engine sees the other's rows.
 *
 * <p>Properties: {@code bench.levels} (default 1,4,16), {@code bench.seconds} per level (20), {@code bench.warmup}
 * seconds (10), {@code bench.bare} (true).
 */
@DeskTest
@TestPropertySource(properties = "camunda.bpm.job-execution.enabled=true")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@EnabledIfSystemProperty(named = "bench", matches = "true")
class IntakeBenchmark {

    static final int[] LEVELS = Arrays.stream(System.getProperty("bench.levels", "1,4,16").split(","))
            .mapToInt(Integer::parseInt).toArray();
    static final Duration RUN = Duration.ofSeconds(Long.getLong("bench.seconds", 20));
    static final Duration WARM_UP = Duration.ofSeconds(Long.getLong("bench.warmup", 10));
    static final boolean BARE = Boolean.parseBoolean(System.getProperty("bench.bare", "true"));
    static final Duration DRAIN_LIMIT = Duration.ofMinutes(10);
    static final List<Category> CATEGORIES = List.of(Category.PRODUCT_QUALITY, Category.DELIVERY_DELAY,
            Category.PARCEL_LOST_OR_DAMAGED, Category.REFUND_RETURN, Category.NOT_AS_DESCRIBED);
    static final List<String> DESCRIPTIONS = List.of(
            "The kettle I bought stopped heating after two days.",
            "The parcel arrived nine days after the promised date.",
            "The box was crushed and the glass inside broken.",
            "I returned the shoes two weeks ago and have no refund yet.",
            "The jacket is a different colour from the photos.");

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ManagementService managementService;
    @Value("${spring.datasource.url}")
    String deskUrl;
    @Value("${spring.datasource.username}")
    String dbUser;
    @Value("${spring.datasource.password}")
    String dbPassword;
    @Value("${spring.datasource.hikari.maximum-pool-size}")
    int poolSize;

    final AtomicLong sequence = new AtomicLong();
    final List<String> lines = new ArrayList<>();
    HikariDataSource bareDataSource;
    ProcessEngine bare;

    @BeforeAll
    void startBareEngine() {
        if (!BARE) {
            return;
        }
        HikariConfig pool = new HikariConfig();
        pool.setJdbcUrl(deskUrl.startsWith("jdbc:h2:") ? "jdbc:h2:mem:bare-engine;DB_CLOSE_DELAY=-1"
                : deskUrl + "_bare");
        pool.setUsername(dbUser);
        pool.setPassword(dbPassword);
        pool.setMaximumPoolSize(poolSize);
        bareDataSource = new HikariDataSource(pool);
        StandaloneProcessEngineConfiguration configuration = new StandaloneProcessEngineConfiguration();
        configuration.setDataSource(bareDataSource);
        configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
        configuration.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
        configuration.setIdGenerator(new StrongUuidGenerator()); // as the Spring Boot starter
        configuration.setJobExecutorActivate(false); // the two models have no jobs
        configuration.setProcessEngineName("bare-engine");
        configuration.setMetricsEnabled(true);
        bare = configuration.buildProcessEngine();
        bare.getRepositoryService().createDeployment()
                .addModelInstance("bare-user-task.bpmn", Bpmn.createExecutableProcess("bare-user-task")
                        .camundaHistoryTimeToLive(1).startEvent().userTask("UserTask_Work").endEvent().done())
                .addModelInstance("bare-decision.bpmn", Bpmn.createExecutableProcess("bare-decision")
                        .camundaHistoryTimeToLive(1).startEvent()
                        .serviceTask("ServiceTask_Nothing").camundaClass(Nothing.class)
                        .businessRuleTask("BusinessRuleTask_Route").camundaDecisionRef("bare-routing")
                        .camundaMapDecisionResult("singleEntry").camundaResultVariable("desk")
                        .userTask("UserTask_Work").endEvent().done())
                .addString("bare-routing.dmn", ROUTING_DMN)
                .deploy();
    }

    @AfterAll
    void stopBareEngine() throws IOException {
        if (bare != null) {
            bare.close();
            bareDataSource.close();
        }
        Path file = Path.of("target/bench/intake.txt");
        Files.createDirectories(file.getParent());
        Files.write(file, lines);
    }

    @Test
    void intakeAgainstTheBareEngine() {
        String database = deskUrl.startsWith("jdbc:h2:") ? "H2 in memory" : "PostgreSQL";
        print("BENCHMARK intake on %s, pool %d, %d s per level after %d s warm-up, load average %s", database,
                poolSize, RUN.toSeconds(), WARM_UP.toSeconds(), Bench.loadAverage());
        DeskClient desk = new DeskClient(port);
        LongConsumer intake = n -> {
            DeskClient.Response response = desk.postJson("/api/complaints", "gateway", body(n));
            if (response.status() != 201) {
                throw new IllegalStateException("status " + response.status() + ": " + response.body());
            }
        };
        // warm-up: the desk at 4 clients, then its jobs drained, then both bare models
        loop(4, WARM_UP, intake);
        drain();
        if (BARE) {
            loop(4, WARM_UP, n -> startBare("bare-user-task", n));
            loop(4, WARM_UP, n -> startBare("bare-decision", n));
        }
        print("%-7s | %-8s | %8s | %7s | %7s | %7s | %6s | %9s | %8s | %10s | %7s | %7s | %7s | %9s | %8s",
                "clients", "what", "per s", "p50 ms", "p95 ms", "p99 ms", "errors", "jobs left", "drain s",
                "opened/s", "÷ (a)", "÷ (b)", "heap MB", "CPU ms/op", "stmts/op");
        for (int clients : LEVELS) {
            long openedBefore = opened();
            long cpuBefore = processCpuNanos();
            long statementsBefore = Bench.statements(jdbc, jdbc, "");
            Result desk1 = loop(clients, RUN, intake);
            long jobsLeft = waitingJobs();
            long drainStart = System.nanoTime();
            drain();
            double drainSeconds = (System.nanoTime() - drainStart) / 1e9;
            double openedPerSecond = (opened() - openedBefore) / (RUN.toSeconds() + drainSeconds);
            // the CPU of the whole JVM (desk, its job executor, the clients) over the level and its drain, per complaint
            double deskCpu = (processCpuNanos() - cpuBefore) / 1e6 / desk1.nanos().length;
            // the desk's database over the level and its drain (the benchmark's few polls of the backlog included)
            String statements = statementsBefore < 0 ? "-" : "%.0f".formatted(
                    (double) (Bench.statements(jdbc, jdbc, "") - statementsBefore) / desk1.nanos().length);
            double deskHeap = heapAfterFullGc();
            Result a = BARE ? loop(clients, RUN, n -> startBare("bare-user-task", n)) : null;
            double aHeap = BARE ? heapAfterFullGc() : 0;
            Result b = BARE ? loop(clients, RUN, n -> startBare("bare-decision", n)) : null;
            double bHeap = BARE ? heapAfterFullGc() : 0;
            row(clients, "intake", desk1, "%9d | %8.1f | %10.1f | %7s | %7s | %7.0f | %9.1f | %8s".formatted(jobsLeft,
                    drainSeconds, openedPerSecond, BARE ? "%.3f".formatted(desk1.perSecond() / a.perSecond()) : "-",
                    BARE ? "%.3f".formatted(desk1.perSecond() / b.perSecond()) : "-", deskHeap, deskCpu, statements));
            if (BARE) {
                row(clients, "bare (a)", a, "%9s | %8s | %10s | %7s | %7s | %7.0f | %9.2f".formatted("-", "-", "-", "-",
                        "-", aHeap, a.cpuPerCall()));
                row(clients, "bare (b)", b, "%9s | %8s | %10s | %7s | %7s | %7.0f | %9.2f".formatted("-", "-", "-", "-",
                        "-", bHeap, b.cpuPerCall()));
            }
            assertThat(desk1.errors()).as("intake errors at %d clients", clients).isZero();
        }
        print("load average after: %s", Bench.loadAverage());
    }

    private String body(long n) {
        int i = (int) (n % CATEGORIES.size());
        return Requests.complaint("bench-" + Requests.uniqueId(), CATEGORIES.get(i).name(),
                DESCRIPTIONS.get(i) + " (bench " + n + ")").replace("C-1001", "C-B" + (n % 5000));
    }

    private void startBare(String key, long n) {
        bare.getRuntimeService().startProcessInstanceByKey(key, "bare-" + n,
                Map.of("category", CATEGORIES.get((int) (n % CATEGORIES.size())).name()));
    }

    /** {@code clients} threads, each calling {@code call} one after the other until the time is up. */
    private Result loop(int clients, Duration duration, LongConsumer call) {
        ExecutorService threads = Executors.newFixedThreadPool(clients);
        long end = System.nanoTime() + duration.toNanos();
        List<Future<long[]>> futures = new ArrayList<>();
        AtomicLong errors = new AtomicLong();
        long start = System.nanoTime();
        long cpuStart = processCpuNanos();
        for (int c = 0; c < clients; c++) {
            futures.add(threads.submit(() -> {
                long[] nanos = new long[1 << 16];
                int count = 0;
                while (System.nanoTime() < end) {
                    long t = System.nanoTime();
                    try {
                        call.accept(sequence.incrementAndGet());
                    } catch (RuntimeException e) {
                        if (errors.incrementAndGet() <= 3) {
                            System.out.println("BENCHMARK error: " + e);
                        }
                        continue;
                    }
                    if (count == nanos.length) {
                        nanos = Arrays.copyOf(nanos, count * 2);
                    }
                    nanos[count++] = System.nanoTime() - t;
                }
                return Arrays.copyOf(nanos, count);
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
        long cpu = processCpuNanos() - cpuStart;
        threads.shutdown();
        long[] latencies = all.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        return new Result(latencies, seconds, errors.get(), cpu);
    }

    private long waitingJobs() {
        return managementService.createJobQuery().executable().count();
    }

    /** Complaints whose case is open: classification, grading, routing and case opening all done. */
    private long opened() {
        return jdbc.queryForObject("select count(*) from complaint where stage not in ('RECEIVE', 'CLASSIFY', 'ASSIGN')",
                Long.class);
    }

    private void drain() {
        long limit = System.nanoTime() + DRAIN_LIMIT.toNanos();
        while (waitingJobs() > 0) {
            assertThat(System.nanoTime()).as("job backlog drained within %s", DRAIN_LIMIT).isLessThan(limit);
            try {
                Thread.sleep(100); // polling the backlog the job executor works off, no timer involved
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /** CPU time of this whole JVM so far: desk, bare engine and clients share it. */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static double heapAfterFullGc() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / (1024.0 * 1024);
    }

    private void row(int clients, String what, Result r, String rest) {
        print("%-7d | %-8s | %8.1f | %7.1f | %7.1f | %7.1f | %6d | %s", clients, what, r.perSecond(),
                r.percentile(0.50), r.percentile(0.95), r.percentile(0.99), r.errors(), rest);
    }

    private void print(String format, Object... args) {
        String line = String.format(Locale.ROOT, format, args);
        System.out.println(line);
        lines.add(line);
    }

    record Result(long[] nanos, double seconds, long errors, long cpuNanos) {

        double perSecond() {
            return nanos.length / seconds;
        }

        double cpuPerCall() {
            return cpuNanos / 1e6 / nanos.length;
        }

        double percentile(double p) {
            return nanos.length == 0 ? 0 : nanos[Math.max(0, (int) Math.ceil(nanos.length * p) - 1)] / 1e6;
        }
    }

    /** The bare model's service task: does nothing. */
    public static class Nothing implements JavaDelegate {
        @Override
        public void execute(DelegateExecution execution) {
            // nothing: the cost measured is the engine's
        }
    }

    static final String ROUTING_DMN = """
            <?xml version="1.0" encoding="UTF-8"?>
            <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" id="Definitions_BareRouting"
                         name="Bare routing" namespace="http://camunda.org/schema/1.0/dmn"
                         xmlns:camunda="http://camunda.org/schema/1.0/dmn">
              <decision id="bare-routing" name="Bare routing" camunda:historyTimeToLive="1">
                <decisionTable id="DecisionTable_BareRouting" hitPolicy="FIRST">
                  <input id="Input_Category" label="Category">
                    <inputExpression id="InputExpression_Category" typeRef="string"><text>category</text></inputExpression>
                  </input>
                  <output id="Output_Desk" label="Desk" name="desk" typeRef="string"/>
                  <rule id="Rule_Delivery">
                    <inputEntry id="InputEntry_Delivery"><text>"DELIVERY_DELAY","PARCEL_LOST_OR_DAMAGED"</text></inputEntry>
                    <outputEntry id="OutputEntry_Delivery"><text>"logistics-desk"</text></outputEntry>
                  </rule>
                  <rule id="Rule_Refund">
                    <inputEntry id="InputEntry_Refund"><text>"REFUND_RETURN"</text></inputEntry>
                    <outputEntry id="OutputEntry_Refund"><text>"refund-desk"</text></outputEntry>
                  </rule>
                  <rule id="Rule_Other">
                    <inputEntry id="InputEntry_Other"><text>-</text></inputEntry>
                    <outputEntry id="OutputEntry_Other"><text>"service-desk"</text></outputEntry>
                  </rule>
                </decisionTable>
              </decision>
            </definitions>
            """;
}
