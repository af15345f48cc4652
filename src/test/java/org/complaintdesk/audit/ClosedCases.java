package org.complaintdesk.audit;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Closed cases written straight into the tables (a complaint, one timeline step and its case library row each), for
 * tests and benchmarks of the export that need many of them cheaply; the engine never ran them.
 */
final class ClosedCases {

    private static final int BATCH = 1_000;

    private ClosedCases() {
    }

    /**
     * {@code count} cases closed one second apart from {@code firstClosedAt}, numbered {@code prefix}-000000, -000001, …
     * (a prefix of at most 10 characters). @return their complaint numbers, in order of closing
     */
    static List<String> insert(JdbcTemplate jdbc, String prefix, int count, Instant firstClosedAt) {
        List<String> numbers = new ArrayList<>(count);
        for (int start = 0; start < count; start += BATCH) {
            List<Object[]> complaints = new ArrayList<>();
            List<String> batch = new ArrayList<>();
            for (int k = start; k < Math.min(count, start + BATCH); k++) {
                String no = prefix + "-" + String.format("%06d", k);
                Timestamp closed = Timestamp.from(firstClosedAt.plusSeconds(k));
                complaints.add(new Object[] {no, "bench-" + UUID.randomUUID(), "C-" + k, closed, closed});
                batch.add(no);
            }
            jdbc.batchUpdate("""
                    insert into complaint (complaint_no, channel, external_id, request_fingerprint, customer_id,
                      customer_name, customer_locale, customer_vip, merchant_id, merchant_name, description, received_at,
                      status, stage, ended_at)
                    values (?, 'WEB_FORM', ?, 'bench', ?, 'Bench Customer', 'EN', false, 'M-BENCH', 'Bench Shop',
                      'A closed case for the export.', ?, 'CLOSED', 'ARCHIVE', ?)""", complaints);
            jdbc.update("""
                    insert into case_event (complaint_id, occurred_at, actor, type, detail)
                    select id, ended_at, 'customer', 'SURVEY_ANSWERED', 'solved, score 5' from complaint
                    where complaint_no between ? and ? and merchant_id = 'M-BENCH'""",
                    batch.get(0), batch.get(batch.size() - 1));
            jdbc.update("""
                    insert into case_record (complaint_id, complaint_no, outcome, channel, customer_id,
                      refunded_amount, offers_made, arbitrated, reopened, escalated, resolve_minutes,
                      customer_wait_minutes, description, received_at, closed_at, merchant_id)
                    select id, complaint_no, 'RESOLVED', channel, customer_id, 0, 1, false, false, false, 60, 30,
                      description, received_at, ended_at, merchant_id from complaint
                    where complaint_no between ? and ? and merchant_id = 'M-BENCH'""",
                    batch.get(0), batch.get(batch.size() - 1));
            numbers.addAll(batch);
        }
        return numbers;
    }
}
