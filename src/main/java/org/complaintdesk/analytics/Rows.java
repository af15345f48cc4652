package org.complaintdesk.analytics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Reads aggregates the same way on H2 and PostgreSQL, whose drivers return different number types for the same
 * SQL (a percentile is a double on one and a decimal on the other), and computes rates without dividing by zero.
 */
final class Rows {

    static long count(ResultSet rs, String column) throws SQLException {
        Number n = (Number) rs.getObject(column);
        return n == null ? 0 : n.longValue(); // sum() over no rows is null
    }

    static Double number(ResultSet rs, String column) throws SQLException {
        Number n = (Number) rs.getObject(column);
        return n == null ? null : n.doubleValue();
    }

    static BigDecimal amount(ResultSet rs, String column) throws SQLException {
        BigDecimal amount = rs.getBigDecimal(column);
        return amount == null ? BigDecimal.ZERO.setScale(2) : amount.setScale(2, RoundingMode.HALF_UP);
    }

    /** {@code part / whole}, or null when there is no whole: a rate over nothing is unknown, not 0. */
    static Double rate(long part, long whole) {
        return whole == 0 ? null : (double) part / whole;
    }

    private Rows() {
    }
}
