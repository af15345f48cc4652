package org.complaintdesk.analytics.dashboard;

import java.sql.Timestamp;
import java.time.Instant;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A few closed cases for the dashboard's tests, written straight into the complaint table and the case library in
 * February and March 2004 (Asia/Shanghai days), a period no other test uses, so the figures the page shows for it are
 * these cases alone; removed again after each test.
 */
final class DashboardCases {

    static final String FEBRUARY_FROM = "2004-02-01";
    static final String FEBRUARY_TO = "2004-02-29";
    static final String MARCH_FROM = "2004-03-01";
    static final String MARCH_TO = "2004-03-31";
    private static final String PREFIX = "DB2004-";

    private final JdbcTemplate jdbc;

    DashboardCases(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Three cases received in February (two late deliveries, one broken product) and one in March. */
    void insert() {
        closed(1, "DELIVERY_DELAY", "2004-02-03T02:00:00Z", "SF Express", 4);
        closed(2, "DELIVERY_DELAY", "2004-02-10T03:00:00Z", "SF Express", 2);
        closed(3, "PRODUCT_QUALITY", "2004-02-17T04:00:00Z", "YTO Express", 5);
        closed(4, "PRODUCT_QUALITY", "2004-03-09T05:00:00Z", "YTO Express", 3);
    }

    void remove() {
        jdbc.update("delete from case_record where complaint_no like ?", PREFIX + "%");
        jdbc.update("delete from complaint where complaint_no like ?", PREFIX + "%");
    }

    private void closed(int n, String category, String receivedAt, String courier, int satisfaction) {
        String no = PREFIX + n;
        Timestamp received = Timestamp.from(Instant.parse(receivedAt));
        Timestamp closed = Timestamp.from(Instant.parse(receivedAt).plusSeconds(2 * 86_400));
        jdbc.update("""
                insert into complaint (complaint_no, channel, external_id, request_fingerprint, customer_id,
                    customer_name, customer_locale, customer_vip, merchant_id, merchant_name, courier, category,
                    description, received_at, ended_at, status, stage, outcome)
                values (?, 'WEB_FORM', ?, ?, 'DB-CUSTOMER', 'Dana', 'en', false, 'DB-M1', 'Dashboard Goods', ?, ?,
                    'A dashboard test case', ?, ?, 'CLOSED', 'ARCHIVE', 'RESOLVED')""",
                no, no, no, courier, category, received, closed);
        Long id = jdbc.queryForObject("select id from complaint where complaint_no = ?", Long.class, no);
        jdbc.update("""
                insert into case_record (complaint_id, complaint_no, outcome, category, channel, merchant_id,
                    merchant_name, courier, customer_id, responsible_party, refunded_amount, offers_made, arbitrated,
                    reopened, escalated, first_response_minutes, resolve_minutes, customer_wait_minutes,
                    satisfaction_score, solved, description, received_at, closed_at)
                values (?, ?, 'RESOLVED', ?, 'WEB_FORM', 'DB-M1', 'Dashboard Goods', ?, 'DB-CUSTOMER', 'COURIER', 0, 1,
                    false, false, false, 60, 2880, 0, ?, true, 'A dashboard test case', ?, ?)""",
                id, no, category, courier, satisfaction, received, closed);
    }
}
