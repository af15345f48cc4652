package org.complaintdesk.analytics;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.complaintdesk.complaint.Stage;

/**
 * {@code GET /api/analytics/summary}: the desk's key figures for a period, each with the previous period beside it.
 * Counts of received complaints come from all complaints; everything about how cases went from the case library
 * (cases closed in the period); the backlog from the complaints open now. Rates are fractions from 0 to 1, durations
 * minutes. docs/ANALYTICS.md explains every field.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
record Summary(Period period, Period previousPeriod, Filters filters,
               Figure<Long> received,
               Figure<Long> closed,
               Figure<Double> firstResponseWithinDeadline,
               Figure<Double> firstResponseWithin24Hours,
               Figure<Double> firstResponseMinutesMedian,
               Figure<Double> firstResponseMinutesP90,
               Figure<Double> resolutionMinutesMedian,
               Figure<Double> resolutionMinutesP90,
               Figure<Double> reopenRate,
               Figure<Double> escalationRate,
               Figure<Double> arbitrationRate,
               Figure<Double> withdrawalRate,
               Figure<BigDecimal> refundsPaid,
               Figure<Long> refundedCases,
               Figure<Double> satisfactionAverage,
               Figure<Long> satisfactionAnswers,
               List<ScoreCount> satisfactionDistribution,
               Figure<Long> openAtEnd,
               Backlog backlog) {

    /** How many survey answers gave this score (1–5), in the period and the previous one. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record ScoreCount(int score, long current, long previous) {
    }

    /** The complaints open at {@code asOf} (now), by lifecycle stage and by age since receipt. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Backlog(Instant asOf, long open, List<StageCount> byStage, List<AgeCount> byAge) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)

    record StageCount(Stage stage, long count) {
    }

    /**
     * Open complaints received between {@code minDays} (included) and {@code maxDays} (excluded; null: no upper
     * bound) days ago; {@code age} is a label such as {@code 1-3d}.
     */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record AgeCount(String age, int minDays, Integer maxDays, long count) {
    }
}
