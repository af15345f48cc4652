package org.complaintdesk.analytics;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;

/**
 * The dimensions a breakdown splits by, each with the SQL expression that yields its value in the complaint table
 * ({@code c}) and in the case library ({@code r}). The only way a request names a column: a fixed list, never the
 * request's text in the SQL. {@code :zone} is the desk's time zone, bound as a parameter. Hours are those the
 * complaints came in; a day counts the complaints received and the cases closed that day.
 * <p>
 * A day is computed as the number {@code yyyymmdd} from the local year, month and day: casting a zoned timestamp
 * to a date takes the session's zone on H2 but the given one on PostgreSQL, whereas {@code extract} agrees on both.
 */
enum Dimension {
    CATEGORY("category", "coalesce(c.category, c.category_hint)", "r.category"),
    CHANNEL("channel", "c.channel", "r.channel"),
    MERCHANT("merchant", "c.merchant_id", "r.merchant_id"),
    COURIER("courier", "c.courier", "r.courier"),
    RESPONSIBLE_PARTY("responsible-party", "c.responsible_party", "r.responsible_party"),
    DESK("desk", "coalesce(c.owner_desk, c.desk)", "r.desk"),
    AGENT("agent", "c.owner_id", "r.owner_id"),
    HOUR("hour", "extract(hour from (c.received_at at time zone :zone))",
            "extract(hour from (r.received_at at time zone :zone))"),
    DAY("day", localDay("c.received_at"), localDay("r.closed_at"));

    private final String path;
    private final String complaintColumn;
    private final String caseColumn;

    Dimension(String path, String complaintColumn, String caseColumn) {
        this.path = path;
        this.complaintColumn = complaintColumn;
        this.caseColumn = caseColumn;
    }

    private static String localDay(String column) {
        String local = "(" + column + " at time zone :zone)";
        return "(extract(year from " + local + ") * 10000 + extract(month from " + local + ") * 100"
                + " + extract(day from " + local + "))";
    }

    /** The row key of a value as the driver returns it: an hour as an integer or a decimal, a day as yyyymmdd. */
    String key(Object value) {
        if (value == null) {
            return null;
        }
        if (this == DAY) {
            return day(value).toString();
        }
        return value instanceof Number n ? String.valueOf(n.intValue()) : value.toString();
    }

    static LocalDate day(Object yyyymmdd) {
        int n = ((Number) yyyymmdd).intValue();
        return LocalDate.of(n / 10000, n / 100 % 100, n % 100);
    }

    static Optional<Dimension> byPath(String path) {
        return Arrays.stream(values()).filter(d -> d.path.equals(path)).findFirst();
    }

    static String paths() {
        return Arrays.stream(values()).map(Dimension::path).toList().toString();
    }

    String path() {
        return path;
    }

    String complaintColumn() {
        return complaintColumn;
    }

    String caseColumn() {
        return caseColumn;
    }

    /** Hours and days read in their own order; the other dimensions by volume. */
    boolean ordered() {
        return this == HOUR || this == DAY;
    }
}
