package org.complaintdesk.analytics;

import java.util.Arrays;
import java.util.Optional;

/**
 * The dimensions a breakdown splits by, each with the SQL expression that yields its value in the complaint table
 * ({@code c}) and in the case library ({@code r}). The only way a request names a column: a fixed list, never the
 * request's text in the SQL. {@code :zone} is the desk's time zone, bound as a parameter. Hours are those the
 * complaints came in; a day counts the complaints received and the cases closed that day.
 */
enum Dimension {
    CATEGORY("category", "coalesce(c.category, c.category_hint)", "r.category"),
    CHANNEL("channel", "c.channel", "r.channel"),
    MERCHANT("merchant", "c.merchant_id", "r.merchant_id"),
    COURIER("courier", "c.courier", "r.courier"),
    RESPONSIBLE_PARTY("responsible-party", "c.responsible_party", "r.responsible_party"),
    DESK("desk", "c.owner_desk", "r.desk"),
    AGENT("agent", "c.owner_id", "r.owner_id"),
    HOUR("hour", "extract(hour from (c.received_at at time zone :zone))",
            "extract(hour from (r.received_at at time zone :zone))"),
    DAY("day", "cast((c.received_at at time zone :zone) as date)", "cast((r.closed_at at time zone :zone) as date)");

    private final String path;
    private final String complaintColumn;
    private final String caseColumn;

    Dimension(String path, String complaintColumn, String caseColumn) {
        this.path = path;
        this.complaintColumn = complaintColumn;
        this.caseColumn = caseColumn;
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
