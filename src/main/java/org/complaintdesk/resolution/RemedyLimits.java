package org.complaintdesk.resolution;

import java.time.Duration;
import java.time.format.DateTimeParseException;

/**
 * What the decision table {@code remedy-limits} gave for this remedy, looked up once when it starts.
 *
 * @param refundWithin     refund deadline, counted from the decision (agreement or final ruling)
 * @param returnShipWithin how long the customer has to ship goods back
 */
record RemedyLimits(Duration refundWithin, Duration returnShipWithin) {

    /** @throws IllegalStateException when the table gave no ISO-8601 duration (a mistake in the table: an incident) */
    static RemedyLimits of(Object refundWithin, Object returnShipWithin) {
        return new RemedyLimits(duration("refundWithin", refundWithin), duration("returnShipWithin", returnShipWithin));
    }

    private static Duration duration(String output, Object value) {
        try {
            Duration duration = Duration.parse(String.valueOf(value).strip());
            if (duration.isNegative() || duration.isZero()) {
                throw new IllegalStateException("remedy-limits gave " + output + " = " + value + ": it must be positive");
            }
            return duration;
        } catch (DateTimeParseException e) {
            throw new IllegalStateException("remedy-limits gave " + output + " = " + value
                    + ": not an ISO-8601 duration such as PT48H or P7D", e);
        }
    }
}
