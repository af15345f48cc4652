package org.complaintdesk.assignment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.camunda.bpm.engine.filter.Filter;
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
 * A benchmark, not a test of the suite (it runs only with {@code -Dbench=true}, on PostgreSQL): the agents' inbox
 * with {@code bench.open} (100,000) open complaints. Real complaints of five categories are filed and brought to
 * their first agent task; their runtime rows (executions, tasks, variables, candidate groups, per-case grants) are
 * then copied in SQL, each copy with its own ids, spread over 100 priorities and 500 hours of due dates, until as
 * many complaints are open, and {@code vacuum analyze}. Then, as an agent of the filter's desk, each Tasklist
 * filter's first page of 50 ({@code POST /engine-rest/filter/{id}/list}, the filter's own order: priority, due
 * date) and its count, 3 warm-up and {@code bench.calls} (30) timed calls each; and whole task completions through
 * engine REST on real complaints among them, without and with {@code desk_ix_task_parent}. The copies stay (use a
 * database of its own, see docs/BENCHMARKS.md). Figures to target/bench/inbox.txt.
 */
@DeskTest
@EnabledIfSystemProperty(named = "bench", matches = "true")
class InboxBenchmark extends ProcessTestSupport {

    private static final List<String> CATEGORIES = List.of("PRODUCT_QUALITY", "DELIVERY_DELAY", "PARCEL_LOST_OR_DAMAGED",
            "REFUND_RETURN", "NOT_AS_DESCRIBED");
    /** An agent of each desk, by the start of the filter's name; supervisors for the rest. */
    private static final Map<String, String> AGENTS = Map.of("Service", "sam", "Logistics", "lena", "Quality", "quinn",
            "Finance", "fiona", "Triage", "tara", "Arbitration", "arthur", "Warehouse", "wes");
    private static final String OFFER_APOLOGY = """
            {"variables": {
              "findings": {"value": "The jug cracked along a seam: a moulding fault."},
              "responsibleParty": {"value": "MERCHANT"},
              "investigationOutcome": {"value": "OFFER_REMEDY"},
              "remedy": {"value": "APOLOGY"}
            }}""";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void inboxPages_andCompletions_with100000OpenComplaints() throws IOException {
        assumeThat(String.valueOf(System.getenv("DB_URL"))).as("PostgreSQL only").startsWith("jdbc:postgresql:");
        int open = Integer.getInteger("bench.open", 100_000);
        int calls = Integer.getInteger("bench.calls", 30);
        DeskClient desk = new DeskClient(port);
        List<String> seeds = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            seeds.add(fileAndStart(complaint(CATEGORIES.get(i % CATEGORIES.size()), "Seed complaint " + i
                    + ": the kettle stopped heating after two days.")).pi().getId());
        }
        String inSeeds = "('" + String.join("', '", seeds) + "')";
        int copies = (open - seeds.size() + seeds.size() - 1) / seeds.size();
        long fillStart = System.nanoTime();
        // a database filled by an earlier run is used again (copying the variables takes minutes)
        boolean filled = jdbc.queryForObject("select count(*) from ACT_RU_TASK", Long.class) >= open;
        if (!filled) {
            fill(inSeeds, copies);
        }
        jdbc.execute("vacuum analyze");
        long fillSeconds = (System.nanoTime() - fillStart) / 1_000_000_000L;
        long tasks = jdbc.queryForObject("select count(*) from ACT_RU_TASK", Long.class);
        long instances = jdbc.queryForObject("select count(*) from ACT_RU_EXECUTION where ID_ = PROC_INST_ID_"
                + " and SUPER_EXEC_ is null", Long.class);
        assertThat(instances).isGreaterThanOrEqualTo(open);

        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "BENCHMARK inbox with %,d open complaints (%,d open tasks; %d seeds x %d"
                        + " copies, filled in %d s%s), %d timed calls each after 3 warm-up, load average %s", instances,
                tasks, seeds.size(), copies, fillSeconds, filled ? " by an earlier run" : "", calls, Bench.loadAverage()));
        for (Filter filter : processEngine.getFilterService().createTaskFilterQuery().orderByFilterName().asc().list()) {
            String user = AGENTS.entrySet().stream().filter(a -> filter.getName().startsWith(a.getKey()))
                    .map(Map.Entry::getValue).findFirst().orElse("sofia");
            String list = "/engine-rest/filter/" + filter.getId() + "/list?firstResult=0&maxResults=50";
            DeskClient.Response first = desk.postJson(list, user, "{}");
            if (first.status() != 200) {
                lines.add(String.format(Locale.ROOT, "%-45s as %-6s: %d (not readable by that user)", filter.getName(),
                        user, first.status()));
                continue;
            }
            long count = desk.get("/engine-rest/filter/" + filter.getId() + "/count", user).json().get("count").asLong();
            lines.add(String.format(Locale.ROOT, "%-45s as %-6s, %,7d tasks: page %s; count %s", filter.getName(), user,
                    count, Bench.time(() -> desk.postJson(list, user, "{}"), 3, calls),
                    Bench.time(() -> desk.get("/engine-rest/filter/" + filter.getId() + "/count", user), 3, calls)));
        }

        jdbc.execute("drop index if exists desk_ix_task_parent");
        jdbc.execute("analyze ACT_RU_TASK");
        lines.add("completion without desk_ix_task_parent: " + completions(desk, calls));
        jdbc.execute("create index if not exists desk_ix_task_parent on ACT_RU_TASK (PARENT_TASK_ID_)");
        jdbc.execute("analyze ACT_RU_TASK");
        lines.add("completion with desk_ix_task_parent:    " + completions(desk, calls));
        lines.add("load average after: " + Bench.loadAverage());
        lines.forEach(System.out::println);
        Path file = Path.of("target/bench/inbox.txt");
        Files.createDirectories(file.getParent());
        Files.write(file, lines);
    }

    /** Copies the seeds' runtime rows {@code copies} times. */
    private void fill(String inSeeds, int copies) {
        // at their first agent task the seeds have called nothing: an instance is its executions (ROOT_PROC_INST_ID_
        // is set on the instance's own row only)
        String seedTasks = "select ID_ from ACT_RU_TASK where PROC_INST_ID_ in " + inSeeds;
        String seedExecutions = "select ID_ from ACT_RU_EXECUTION where PROC_INST_ID_ in " + inSeeds;
        Bench.copyRows(jdbc, "act_ru_execution", "proc_inst_id_ in " + inSeeds, copies, Map.of());
        Bench.copyRows(jdbc, "act_ru_task", "id_ in (" + seedTasks + ")", copies, Map.of("priority_", "(g * 37) % 100",
                "due_date_", "current_timestamp + make_interval(hours => (g % 500) - 100)"));
        Bench.copyRows(jdbc, "act_ru_variable", "execution_id_ in (" + seedExecutions + ")", copies, Map.of());
        Bench.copyRows(jdbc, "act_ru_identitylink", "task_id_ in (" + seedTasks + ")", copies, Map.of());
        Bench.copyRows(jdbc, "act_ru_authorization", "resource_id_ in (" + seedExecutions + " union " + seedTasks + ")",
                copies, Map.of());
    }

    /** Times {@code calls} completions of the investigation task of fresh real complaints, by quinn as in Tasklist. */
    private String completions(DeskClient desk, int calls) {
        List<String> taskIds = new ArrayList<>();
        for (int i = 0; i < calls + 3; i++) {
            String pi = fileAndStart(complaint("PRODUCT_QUALITY", "The jug cracked along a seam " + i)).pi().getId();
            taskIds.add(processEngine.getTaskService().createTaskQuery().processInstanceId(pi)
                    .taskDefinitionKey("UserTask_InvestigateComplaint").singleResult().getId());
        }
        int[] next = {0};
        return Bench.time(() -> desk.postJson("/engine-rest/task/" + taskIds.get(next[0]++) + "/complete", "quinn",
                OFFER_APOLOGY), 3, calls);
    }
}
