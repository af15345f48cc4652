package org.complaintdesk.audit;

import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVPrinter;
import org.complaintdesk.complaint.ComplaintNotFoundException;
import org.complaintdesk.system.InvalidRequestException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Writes the trails of every case closed in a period as one CSV, case after case in order of closing. Nothing
 * grows with the period: the closed cases come from the case library a page at a time (keyset pagination on
 * {@code closed_at, complaint_id}, so a page costs the same at the end as at the start), each case's trail is read
 * in its own short transaction, written and flushed to the client, and forgotten.
 */
@Service
class AuditExport {

    /** A year, and a day for leap years: the longest period one export covers. */
    static final long MAX_DAYS = 366;
    private static final int PAGE = 200;
    private static final String PAGE_QUERY = """
            select complaint_id, complaint_no, closed_at from case_record
            where closed_at >= ? and closed_at < ? and (closed_at > ? or (closed_at = ? and complaint_id > ?))
            order by closed_at, complaint_id
            fetch first %d rows only""".formatted(PAGE);

    private final JdbcTemplate jdbc;
    private final AuditTrails trails;
    private final AuditCsv csv;

    AuditExport(JdbcTemplate jdbc, AuditTrails trails, AuditCsv csv) {
        this.jdbc = jdbc;
        this.trails = trails;
        this.csv = csv;
    }

    /** The days from {@code from} to {@code to}, both included, in the desk's time zone. */
    record Period(LocalDate from, LocalDate to, ZoneId zone) {

        /** @throws InvalidRequestException naming every bad parameter */
        static Period of(String from, String to, ZoneId zone) {
            List<InvalidRequestException.FieldViolation> violations = new ArrayList<>();
            LocalDate start = DateParameters.parse("from", from, true, violations);
            LocalDate end = DateParameters.parse("to", to, true, violations);
            if (start != null && end != null) {
                if (start.isAfter(end)) {
                    violations.add(new InvalidRequestException.FieldViolation("to", "must not be before from"));
                } else if (ChronoUnit.DAYS.between(start, end) + 1 > MAX_DAYS) {
                    violations.add(new InvalidRequestException.FieldViolation("to",
                            "an export covers at most " + MAX_DAYS + " days; export longer periods in parts"));
                }
            }
            if (!violations.isEmpty()) {
                throw new InvalidRequestException(violations);
            }
            return new Period(start, end, zone);
        }

        Instant start() {
            return from.atStartOfDay(zone).toInstant();
        }

        Instant end() {
            return to.plusDays(1).atStartOfDay(zone).toInstant();
        }
    }

    /** Writes the header and every closed case's trail; @return how many cases were written */
    long write(Period period, Writer out) throws IOException {
        CSVPrinter printer = csv.start(out);
        printer.flush();
        OffsetDateTime start = period.start().atOffset(ZoneOffset.UTC);
        OffsetDateTime end = period.end().atOffset(ZoneOffset.UTC);
        // the keyset of the first page lies before every case of the period
        OffsetDateTime lastClosed = start.minusNanos(1000);
        long lastId = Long.MIN_VALUE;
        long cases = 0;
        List<ClosedCase> page;
        do {
            page = jdbc.query(PAGE_QUERY, (rs, row) -> new ClosedCase(rs.getLong("complaint_id"),
                    rs.getString("complaint_no"), rs.getObject("closed_at", OffsetDateTime.class)),
                    start, end, lastClosed, lastClosed, lastId);
            for (ClosedCase closed : page) {
                try {
                    csv.print(printer, trails.of(closed.complaintNo()));
                } catch (ComplaintNotFoundException erased) {
                    // the complaint's personal data was erased after it closed: there is no trail left to write
                }
                printer.flush();
                cases++;
                lastClosed = closed.closedAt();
                lastId = closed.complaintId();
            }
        } while (page.size() == PAGE);
        return cases;
    }

    private record ClosedCase(long complaintId, String complaintNo, OffsetDateTime closedAt) {
    }
}
