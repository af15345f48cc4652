package org.complaintdesk.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.complaintdesk.system.InvalidRequestException;
import org.complaintdesk.system.InvalidRequestException.FieldViolation;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/** The auditor's search: complaints by number, merchant (id, or part of the name) and the period they were open in. */
@Service
class AuditSearch {

    /** More than an auditor reads in a list; a narrower search finds the rest. */
    static final int MAX_RESULTS = 100;

    private final JdbcTemplate jdbc;

    AuditSearch(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** What the search form sent; blank fields are left out. */
    record Criteria(String complaintNo, String merchant, LocalDate from, LocalDate to) {

        boolean isEmpty() {
            return complaintNo == null && merchant == null && from == null && to == null;
        }

        /** @throws InvalidRequestException naming every bad field */
        static Criteria of(String complaintNo, String merchant, String from, String to) {
            List<FieldViolation> violations = new ArrayList<>();
            String no = blankToNull(complaintNo);
            String m = blankToNull(merchant);
            if (no != null && no.length() > 20) {
                violations.add(new FieldViolation("complaintNo", "has at most 20 characters"));
            }
            if (m != null && m.length() > 200) {
                violations.add(new FieldViolation("merchant", "has at most 200 characters"));
            }
            LocalDate start = DateParameters.parse("from", from, false, violations);
            LocalDate end = DateParameters.parse("to", to, false, violations);
            if (start != null && end != null && start.isAfter(end)) {
                violations.add(new FieldViolation("to", "must not be before from"));
            }
            if (!violations.isEmpty()) {
                throw new InvalidRequestException(violations);
            }
            return new Criteria(no, m, start, end);
        }

        private static String blankToNull(String value) {
            return value == null || value.isBlank() ? null : value.trim();
        }
    }

    record Found(String complaintNo, String merchantId, String merchantName, String productName, String status,
                 Instant receivedAt, Instant endedAt) {
    }

    /** At most {@link #MAX_RESULTS} + 1 complaints, newest first (one more than shown tells that there are more). */
    List<Found> find(Criteria criteria, ZoneId zone) {
        StringBuilder sql = new StringBuilder("select complaint_no, merchant_id, merchant_name, product_name, status,"
                + " received_at, ended_at from complaint where 1 = 1");
        List<Object> args = new ArrayList<>();
        if (criteria.complaintNo() != null) {
            sql.append(" and complaint_no = ?");
            args.add(criteria.complaintNo());
        }
        if (criteria.merchant() != null) {
            sql.append(" and (merchant_id = ? or lower(merchant_name) like ? escape '\\')");
            args.add(criteria.merchant());
            args.add("%" + criteria.merchant().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
                    .replace("_", "\\_") + "%");
        }
        if (criteria.to() != null) { // open at some time in the period: received before it ended ...
            sql.append(" and received_at < ?");
            args.add(criteria.to().plusDays(1).atStartOfDay(zone).toOffsetDateTime());
        }
        if (criteria.from() != null) { // ... and not ended before it began
            sql.append(" and (ended_at is null or ended_at >= ?)");
            args.add(criteria.from().atStartOfDay(zone).toOffsetDateTime());
        }
        sql.append(" order by received_at desc, id desc fetch first ").append(MAX_RESULTS + 1).append(" rows only");
        return jdbc.query(sql.toString(), (rs, row) -> new Found(rs.getString("complaint_no"),
                rs.getString("merchant_id"), rs.getString("merchant_name"), rs.getString("product_name"),
                rs.getString("status"), instant(rs.getObject("received_at", OffsetDateTime.class)),
                instant(rs.getObject("ended_at", OffsetDateTime.class))), args.toArray());
    }

    private static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }
}
