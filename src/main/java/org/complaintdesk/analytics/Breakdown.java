package org.complaintdesk.analytics;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

/**
 * {@code GET /api/analytics/breakdown/{dimension}}: the period's figures split by one dimension, one row per value.
 * {@code received} counts complaints received in the period; the other figures are those of the cases closed in the
 * period, as in the summary.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
record Breakdown(String dimension, Period period, Filters filters, List<Row> rows) {

    /**
     * @param key the dimension's value (a category, a courier, an hour 0–23, a date …); null when not recorded
     */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Row(String key, long received, long closed, Double firstResponseWithin24Hours,
               Double resolutionMinutesMedian, Double reopenRate, Double escalationRate, Double arbitrationRate,
               Double withdrawalRate, BigDecimal refundsPaid, Double satisfactionAverage) {
    }

    CsvTable csv() {
        return new CsvTable(List.of(dimension, "received", "closed", "firstResponseWithin24Hours",
                "resolutionMinutesMedian", "reopenRate", "escalationRate", "arbitrationRate", "withdrawalRate",
                "refundsPaid", "satisfactionAverage"),
                rows.stream().<List<?>>map(r -> Arrays.asList(r.key(), r.received(), r.closed(),
                        r.firstResponseWithin24Hours(), r.resolutionMinutesMedian(), r.reopenRate(),
                        r.escalationRate(), r.arbitrationRate(), r.withdrawalRate(), r.refundsPaid(),
                        r.satisfactionAverage())).toList());
    }
}
