package org.complaintdesk.operations;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.complaintdesk.complaint.Stage;
import org.complaintdesk.notification.DeliveryStatus;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;

/**
 * The desk's own figures for Prometheus, beside the JVM, pool and web figures Spring Boot adds: work waiting in the
 * engine and in the outbox, open incidents, deadlines passed and open complaints by stage. They are counts over the
 * database shared by every node, so each node reports the same values (alert on one node's series, or on max): a
 * scrape reads a snapshot at most {@code complaint-desk.metrics.refresh} old, so that several scrapers and nodes do not
 * turn into a stream of count queries.
 */
@Component
class DeskMetrics implements MeterBinder {

    private final ManagementService management;
    private final RuntimeService runtime;
    private final TaskService tasks;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final long refreshNanos;

    private Snapshot snapshot;
    private long takenAt;

    DeskMetrics(ManagementService management, RuntimeService runtime, TaskService tasks, JdbcTemplate jdbc, Clock clock,
            @Value("${complaint-desk.metrics.refresh:PT15S}") Duration refresh) {
        this.management = management;
        this.runtime = runtime;
        this.tasks = tasks;
        this.jdbc = jdbc;
        this.clock = clock;
        this.refreshNanos = refresh.toNanos();
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        gauge(registry, "complaintdesk.jobs.waiting", "Engine jobs due now and not yet done (continuations, timers, retries)",
                Snapshot::jobsWaiting);
        gauge(registry, "complaintdesk.jobs.failed", "Engine jobs out of retries: each is an open incident in Cockpit",
                Snapshot::jobsFailed);
        gauge(registry, "complaintdesk.incidents.open", "Open incidents of the desk's processes", Snapshot::incidents);
        gauge(registry, "complaintdesk.deadlines.passed", "Open tasks whose due date has passed", Snapshot::overdueTasks);
        for (DeliveryStatus status : new DeliveryStatus[] {DeliveryStatus.PENDING, DeliveryStatus.FAILED}) {
            Gauge.builder("complaintdesk.outbox.messages", this, metrics -> metrics.current().outbox(status))
                    .description("Outgoing messages waiting to be sent, or given up after every attempt")
                    .tag("status", status.name().toLowerCase()).register(registry);
        }
        for (Stage stage : Stage.values()) {
            Gauge.builder("complaintdesk.complaints.open", this, metrics -> metrics.current().open(stage))
                    .description("Complaints not yet ended, by the lifecycle stage they are in")
                    .tag("stage", stage.name().toLowerCase()).register(registry);
        }
    }

    private void gauge(MeterRegistry registry, String name, String description, ToDoubleFunction<Snapshot> figure) {
        Gauge.builder(name, this, metrics -> figure.applyAsDouble(metrics.current())).description(description)
                .register(registry);
    }

    private synchronized Snapshot current() {
        long now = System.nanoTime();
        if (snapshot == null || now - takenAt >= refreshNanos) {
            snapshot = take();
            takenAt = now;
        }
        return snapshot;
    }

    private Snapshot take() {
        return new Snapshot(management.createJobQuery().executable().count(),
                management.createJobQuery().noRetriesLeft().count(),
                runtime.createIncidentQuery().count(),
                tasks.createTaskQuery().dueBefore(Date.from(clock.instant())).count(),
                countBy(DeliveryStatus.class,
                        "select status, count(*) from outbox_message where status in ('PENDING', 'FAILED') group by status"),
                countBy(Stage.class, "select stage, count(*) from complaint where ended_at is null group by stage"));
    }

    private <K extends Enum<K>> Map<K, Long> countBy(Class<K> type, String sql) {
        Map<K, Long> counts = new EnumMap<>(type);
        jdbc.query(sql, (RowCallbackHandler) row -> counts.put(Enum.valueOf(type, row.getString(1)), row.getLong(2)));
        return counts;
    }

    private record Snapshot(long jobsWaiting, long jobsFailed, long incidents, long overdueTasks,
            Map<DeliveryStatus, Long> outboxByStatus, Map<Stage, Long> openByStage) {

        double outbox(DeliveryStatus status) {
            return outboxByStatus.getOrDefault(status, 0L);
        }

        double open(Stage stage) {
            return openByStage.getOrDefault(stage, 0L);
        }
    }
}
