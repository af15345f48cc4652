package org.complaintdesk.analytics.spike;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.complaintdesk.analytics.spike.ComplaintCounts.Figures;
import org.complaintdesk.analytics.spike.ComplaintCounts.Satisfaction;
import org.complaintdesk.analytics.spike.SpikeReview.Var;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opens a review for each spike and each agent below target that the decision tables flag, unless one is open
 * already: one review per spike, however many hourly runs see it. Each review is an instance of its own (started
 * by message in {@code complaint-spike-review}), recorded in {@code spike_review}, whose unique open key stops a
 * second run or node from opening a second one (that run fails and its job retries, then finds the review open).
 */
@Service
class SpikeReviews {

    private static final Logger log = LoggerFactory.getLogger(SpikeReviews.class);

    private final ComplaintCounts counts;
    private final DecisionService decisions;
    private final RuntimeService runtime;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    SpikeReviews(ComplaintCounts counts, DecisionService decisions, RuntimeService runtime, JdbcTemplate jdbc,
                 Clock clock) {
        this.counts = counts;
        this.decisions = decisions;
        this.runtime = runtime;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** @return how many spike reviews this run opened */
    @Transactional
    int openSpikeReviews(Duration window, Duration baselinePeriod) {
        Instant now = clock.instant();
        int opened = 0;
        for (ReviewKind kind : List.of(ReviewKind.CATEGORY, ReviewKind.MERCHANT)) {
            for (Figures figures : counts.received(kind, now, window, baselinePeriod)) {
                if (isSpike(figures) && !isOpen(kind, figures.key())) {
                    VariableMap shown = Variables.putValue(Var.KIND, kind.name()).putValue(Var.KEY, figures.key())
                            .putValue(Var.LABEL, figures.label()).putValue(Var.WINDOW_COUNT, figures.windowCount())
                            .putValue(Var.BASELINE, figures.baseline().doubleValue())
                            .putValue(Var.SAMPLES, counts.samples(figures, now, window));
                    if (kind == ReviewKind.CATEGORY) {
                        shown.putValue(Var.CATEGORY, figures.key()); // the form shows it in words (FormLabels)
                    }
                    open(SpikeReview.SPIKE_FOUND, shown, figures, (String) shown.get(Var.SAMPLES), now);
                    opened++;
                }
            }
        }
        return opened;
    }

    /** @return how many agent follow-ups this run opened */
    @Transactional
    int openAgentFollowUps(Duration ratedWithin) {
        Instant now = clock.instant();
        int opened = 0;
        for (Satisfaction agent : counts.satisfaction(now, ratedWithin)) {
            boolean followUp = decisions.evaluateDecisionTableByKey(SpikeReview.AGENT_FOLLOW_UP_RULE)
                    .variables(Variables.putValue(Var.AVERAGE_SATISFACTION, agent.average().doubleValue())
                            .putValue(Var.RATED_CASES, agent.ratedCases()))
                    .evaluate().getSingleResult().<Boolean>getSingleEntry();
            if (followUp && !isOpen(ReviewKind.AGENT, agent.agent())) {
                VariableMap shown = Variables.putValue(Var.KIND, ReviewKind.AGENT.name())
                        .putValue(Var.KEY, agent.agent()).putValue(Var.AGENT, agent.agent())
                        .putValue(Var.AVERAGE_SATISFACTION, agent.average().doubleValue())
                        .putValue(Var.RATED_CASES, agent.ratedCases());
                open(SpikeReview.AGENT_BELOW_TARGET, shown, new Figures(ReviewKind.AGENT, agent.agent(), agent.agent(),
                        agent.ratedCases(), agent.average()), null, now);
                opened++;
            }
        }
        return opened;
    }

    /** Records what the review found and done, and closes it: the next spike of the same key opens a new one. */
    @Transactional
    void close(String processInstanceId, String cause, String actionTaken, String by) {
        int closed = jdbc.update("update spike_review set closed_at = ?, closed_by = ?, cause = ?, action_taken = ?,"
                        + " open_key = null where process_instance_id = ? and closed_at is null",
                utc(clock.instant()), by, cause, actionTaken, processInstanceId);
        if (closed != 1) {
            throw new IllegalStateException("The review of process instance " + processInstanceId + " is not open");
        }
    }

    /** An open review as the dashboard lists it. For an agent: rated cases and their average satisfaction. */
    record OpenReview(ReviewKind kind, String key, String label, long windowCount, BigDecimal baseline,
                      OffsetDateTime openedAt, String processInstanceId) {
    }

    @Transactional(readOnly = true)
    List<OpenReview> openReviews() {
        return jdbc.query("select kind, review_key, label, window_count, baseline, opened_at, process_instance_id"
                        + " from spike_review where closed_at is null order by opened_at desc, id desc",
                (rs, row) -> new OpenReview(ReviewKind.valueOf(rs.getString("kind")), rs.getString("review_key"),
                        rs.getString("label"), rs.getLong("window_count"), rs.getBigDecimal("baseline"),
                        rs.getObject("opened_at", OffsetDateTime.class).withOffsetSameInstant(ZoneOffset.UTC),
                        rs.getString("process_instance_id")));
    }

    private boolean isSpike(Figures figures) {
        Map<String, Object> inputs = Variables.putValue("dimension", figures.kind().name())
                .putValue(Var.WINDOW_COUNT, figures.windowCount())
                .putValue(Var.BASELINE, figures.baseline().doubleValue());
        return decisions.evaluateDecisionTableByKey(SpikeReview.SPIKE_RULE).variables(inputs)
                .evaluate().getSingleResult().<Boolean>getSingleEntry();
    }

    private boolean isOpen(ReviewKind kind, String key) {
        return jdbc.queryForObject("select count(*) from spike_review where open_key = ?", Long.class,
                openKey(kind, key)) > 0;
    }

    /** Starts the review's instance and records it as open, in the same transaction. */
    private void open(String message, VariableMap shown, Figures figures, String samples, Instant now) {
        String instance = runtime.createMessageCorrelation(message).setVariables(shown).correlateStartMessage().getId();
        jdbc.update("insert into spike_review (kind, review_key, label, window_count, baseline, samples, opened_at,"
                        + " process_instance_id, open_key) values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                figures.kind().name(), figures.key(), figures.label(), figures.windowCount(), figures.baseline(),
                samples, utc(now), instance, openKey(figures.kind(), figures.key()));
        log.info("Opened a review of {} {} ({} against {})", figures.kind(), figures.key(), figures.windowCount(),
                figures.baseline());
    }

    private static String openKey(ReviewKind kind, String key) {
        return kind.name() + ":" + key;
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
