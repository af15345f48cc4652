package org.complaintdesk.analytics;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.complaintdesk.complaint.Category;

/**
 * {@code GET /api/analytics/trend}: complaints received per day and category over the period (days in the desk's
 * time zone), the series a season's spike shows in. {@code counts[i]} belongs to {@code days[i]}; every category
 * has a series, zeros included.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
record Trend(Period period, Filters filters, List<LocalDate> days, List<Series> series) {

    @JsonInclude(JsonInclude.Include.ALWAYS)

    record Series(Category category, List<Long> counts, long total) {
    }

    /** One line per day and category (long format): what spreadsheets pivot best. */
    CsvTable csv() {
        List<List<?>> rows = new ArrayList<>();
        for (int i = 0; i < days.size(); i++) {
            for (Series s : series) {
                rows.add(List.of(days.get(i), s.category(), s.counts().get(i)));
            }
        }
        return new CsvTable(List.of("day", "category", "received"), rows);
    }
}
