package org.complaintdesk.analytics.spike;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The figures early warning looks at, each one set-based query. Complaints are counted by when they were
 * received, from the {@code complaint} table: it holds every complaint, open or closed (a case library record is
 * keyed by its complaint's id), so each complaint counts once.
 */
@Component
class ComplaintCounts {

    private static final int SAMPLES = 5;
    private static final int SAMPLE_TEXT = 120;

    private final JdbcTemplate jdbc;

    ComplaintCounts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * A category's or merchant's complaints in the window, and its average per window over the baseline period; for
     * an agent, the rated cases and their average satisfaction.
     */
    record Figures(ReviewKind kind, String key, String label, long windowCount, BigDecimal baseline) {
    }

    /** An agent's satisfaction over rated cases closed in the period. */
    record Satisfaction(String agent, BigDecimal average, long ratedCases) {
    }

    /** Every category or merchant with a complaint in the window ending {@code now}. */
    List<Figures> received(ReviewKind kind, Instant now, Duration window, Duration baselinePeriod) {
        String column = column(kind);
        Instant windowStart = now.minus(window);
        double windows = (double) baselinePeriod.toMillis() / window.toMillis();
        return jdbc.query("select " + column + " as dimension_key, max(" + label(kind) + ") as label,"
                        + " sum(case when received_at >= ? then 1 else 0 end) as window_count,"
                        + " sum(case when received_at < ? then 1 else 0 end) as baseline_count"
                        + " from complaint where received_at >= ? and received_at < ? and " + column + " is not null"
                        + " group by " + column + " having sum(case when received_at >= ? then 1 else 0 end) > 0",
                (rs, row) -> new Figures(kind, rs.getString("dimension_key"), rs.getString("label"),
                        rs.getLong("window_count"), BigDecimal.valueOf(rs.getLong("baseline_count") / windows)
                        .setScale(2, RoundingMode.HALF_UP)),
                utc(windowStart), utc(windowStart), utc(windowStart.minus(baselinePeriod)), utc(now), utc(windowStart));
    }

    /** The latest complaints of a spike, as "number: the start of what the customer wrote", one a line. */
    String samples(Figures spike, Instant now, Duration window) {
        List<String> lines = jdbc.query("select complaint_no, description from complaint where " + column(spike.kind())
                        + " = ? and received_at >= ? and received_at < ? order by received_at desc, id desc"
                        + " fetch first " + SAMPLES + " rows only",
                (rs, row) -> rs.getString("complaint_no") + ": " + shortened(rs.getString("description")),
                spike.key(), utc(now.minus(window)), utc(now));
        return String.join("\n", lines);
    }

    /** Every agent who owned a rated case closed in the period ending {@code now}. */
    List<Satisfaction> satisfaction(Instant now, Duration period) {
        return jdbc.query("select owner_id, avg(cast(satisfaction_score as double precision)) as average,"
                        + " count(*) as rated from case_record where satisfaction_score is not null and owner_id is not null"
                        + " and closed_at >= ? and closed_at < ? group by owner_id",
                (rs, row) -> new Satisfaction(rs.getString("owner_id"),
                        BigDecimal.valueOf(rs.getDouble("average")).setScale(2, RoundingMode.HALF_UP),
                        rs.getLong("rated")),
                utc(now.minus(period)), utc(now));
    }

    private static String column(ReviewKind kind) {
        return switch (kind) {
            case CATEGORY -> "coalesce(category, category_hint)";
            case MERCHANT -> "merchant_id";
            case AGENT -> throw new IllegalArgumentException("agents are not counted by complaints received");
        };
    }

    private static String label(ReviewKind kind) {
        return kind == ReviewKind.MERCHANT ? "coalesce(merchant_name, merchant_id)" : column(kind);
    }

    private static String shortened(String text) {
        String line = text.replaceAll("\\s+", " ").strip();
        return line.length() <= SAMPLE_TEXT ? line : line.substring(0, SAMPLE_TEXT - 1) + "…";
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
