package org.complaintdesk.analytics;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A small fixed set of complaints and closed cases in March 2001 (and the February before), written straight into
 * the tables so every figure can be computed by hand. Merchant and couriers carry a random suffix and the period
 * lies decades before any other test's data, so other tests never change these figures nor these rows theirs;
 * {@link #remove()} deletes every row it wrote.
 *
 * <pre>
 * case received (UTC)     closed (UTC)      category         courier resp.    desk/agent  1st resp  on time resolve
 * A    2001-03-01T02:00Z  2001-03-03T02:00Z DELIVERY_DELAY   K1      COURIER  logistics   30        yes       1000
 * B    2001-03-02T06:00Z  2001-03-08T06:00Z PARCEL_LOST...   K1      COURIER  logistics   2000      no        5000
 * C    2001-02-27T01:00Z  2001-03-05T03:00Z PRODUCT_QUALITY  K2      MERCHANT quality     100       yes       3000
 * D    2001-03-09T15:30Z  2001-03-10T15:00Z PRODUCT_QUALITY  -       -        quality     -         -         200
 * E    2001-02-24T02:00Z  2001-02-25T02:00Z OTHER            K2      NONE     service     10        yes       50
 * F    2001-03-04T16:30Z  open (INVESTIGATE) DELIVERY_DELAY  K1
 * G    2001-02-20T02:00Z  open (NEGOTIATE)  PRODUCT_QUALITY  K2
 * H    2001-03-10T15:59Z  2001-03-10T16:00Z OTHER (merchant M2: closed the instant the period ends)
 * </pre>
 * A: reopened no, refund 10.00, score 5, solved; offers 1 at 60, agreed 120, remedy done 600.
 * B: reopened and escalated, score 2, solved; offers 2 at 2100, agreed 3000, remedy done 4000.
 * C: arbitrated (buyer's favour), ruled, refund 25.50, no survey; offer at 200, agreed 2500, remedy done 2800.
 * D: withdrawn before any response. E: score 4, solved. In the desk's zone (UTC+8) F came in at 00:30 on 5 March,
 * D at 23:30 on 9 March, H at 23:59 on 10 March.
 */
final class AnalyticsFixture {

    final String merchant = "M-AN-" + UUID.randomUUID().toString().substring(0, 8);
    final String otherMerchant = "M-AN2-" + UUID.randomUUID().toString().substring(0, 8);
    final String k1 = "Swift-" + UUID.randomUUID().toString().substring(0, 8);
    final String k2 = "Fast, Cheap " + UUID.randomUUID().toString().substring(0, 8);

    private final JdbcTemplate jdbc;
    private final List<Long> complaints = new ArrayList<>();

    AnalyticsFixture(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    AnalyticsFixture write() {
        long a = complaint(merchant, k1, "DELIVERY_DELAY", "APP_FORM", "2001-03-01T02:00:00Z", "2001-03-03T02:00:00Z",
                "RESOLVED", "COURIER", "logistics-desk", "lena", null);
        caseRecord(a, merchant, k1, "DELIVERY_DELAY", "APP_FORM", "COURIER", "logistics-desk", "lena", "RESOLVED",
                "2001-03-01T02:00:00Z", "2001-03-03T02:00:00Z", 30L, true, 1000, false, false, false, "10.00", 5, true,
                1, 60L, 120L, 600L);
        long b = complaint(merchant, k1, "PARCEL_LOST_OR_DAMAGED", "APP_FORM", "2001-03-02T06:00:00Z",
                "2001-03-08T06:00:00Z", "RESOLVED", "COURIER", "logistics-desk", "lena", null);
        caseRecord(b, merchant, k1, "PARCEL_LOST_OR_DAMAGED", "APP_FORM", "COURIER", "logistics-desk", "lena",
                "RESOLVED", "2001-03-02T06:00:00Z", "2001-03-08T06:00:00Z", 2000L, false, 5000, true, true, false,
                "0.00", 2, true, 2, 2100L, 3000L, 4000L);
        long c = complaint(merchant, k2, "PRODUCT_QUALITY", "WEB_FORM", "2001-02-27T01:00:00Z", "2001-03-05T03:00:00Z",
                "RULED", "MERCHANT", "quality-desk", "quinn", null);
        caseRecord(c, merchant, k2, "PRODUCT_QUALITY", "WEB_FORM", "MERCHANT", "quality-desk", "quinn", "RULED",
                "2001-02-27T01:00:00Z", "2001-03-05T03:00:00Z", 100L, true, 3000, false, false, true, "25.50", null,
                null, 2, 200L, 2500L, 2800L);
        jdbc.update("insert into arbitration (complaint_id, evidence_opened_at, evidence_due_at, ruling)"
                + " values (?, ?, ?, 'BUYER_FAVOUR')", c, at("2001-03-01T00:00:00Z"), at("2001-03-03T00:00:00Z"));
        long d = complaint(merchant, null, "PRODUCT_QUALITY", "WEB_FORM", "2001-03-09T15:30:00Z",
                "2001-03-10T15:00:00Z", "WITHDRAWN", null, "quality-desk", "quinn", null);
        caseRecord(d, merchant, null, "PRODUCT_QUALITY", "WEB_FORM", null, "quality-desk", "quinn", "WITHDRAWN",
                "2001-03-09T15:30:00Z", "2001-03-10T15:00:00Z", null, null, 200, false, false, false, "0.00", null,
                null, 0, null, null, null);
        long e = complaint(merchant, k2, "OTHER", "CHAT", "2001-02-24T02:00:00Z", "2001-02-25T02:00:00Z", "RESOLVED",
                "NONE", "service-desk", "sam", null);
        caseRecord(e, merchant, k2, "OTHER", "CHAT", "NONE", "service-desk", "sam", "RESOLVED", "2001-02-24T02:00:00Z",
                "2001-02-25T02:00:00Z", 10L, true, 50, false, false, false, "0.00", 4, true, 0, null, null, null);
        complaint(merchant, k1, "DELIVERY_DELAY", "APP_FORM", "2001-03-04T16:30:00Z", null, null, null,
                "logistics-desk", null, "INVESTIGATE");
        complaint(merchant, k2, "PRODUCT_QUALITY", "WEB_FORM", "2001-02-20T02:00:00Z", null, null, null,
                "quality-desk", "quinn", "NEGOTIATE");
        long h = complaint(otherMerchant, null, "OTHER", "EMAIL", "2001-03-10T15:59:00Z", "2001-03-10T16:00:00Z",
                "RESOLVED", "NONE", "service-desk", "sam", null);
        caseRecord(h, otherMerchant, null, "OTHER", "EMAIL", "NONE", "service-desk", "sam", "RESOLVED",
                "2001-03-10T15:59:00Z", "2001-03-10T16:00:00Z", 5L, true, 1, false, false, false, "0.00", null, null,
                0, null, null, null);
        return this;
    }

    void remove() {
        for (Long id : complaints) {
            jdbc.update("delete from arbitration where complaint_id = ?", id);
            jdbc.update("delete from case_record where complaint_id = ?", id);
            jdbc.update("delete from complaint where id = ?", id);
        }
        jdbc.update("delete from courier_volume where courier in (?, ?)", k1, k2);
    }

    /** A complaint row; ended when {@code endedAt} is given, else open at {@code openStage}. */
    private long complaint(String merchantId, String courier, String category, String channel, String receivedAt,
                           String endedAt, String outcome, String responsible, String desk, String owner,
                           String openStage) {
        String no = "AN" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        boolean ended = endedAt != null;
        jdbc.update("""
                insert into complaint (complaint_no, channel, external_id, request_fingerprint, customer_id,
                  customer_name, customer_locale, customer_vip, merchant_id, merchant_name, courier, description,
                  received_at, status, stage, category, desk, owner_desk, owner_id, responsible_party, ended_at, outcome)
                values (?, ?, ?, 'fixture', 'C-AN', 'Analytics Fixture', 'en', false, ?, ?, ?, 'analytics fixture', ?,
                  ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                no, channel, no, merchantId, "Shop " + merchantId, courier, at(receivedAt),
                ended ? ("WITHDRAWN".equals(outcome) ? "WITHDRAWN" : "CLOSED") : "OPEN",
                ended ? "ARCHIVE" : openStage, category, desk, owner == null ? null : desk, owner, responsible,
                ended ? at(endedAt) : null, outcome);
        long id = jdbc.queryForObject("select id from complaint where complaint_no = ?", Long.class, no);
        complaints.add(id);
        return id;
    }

    private void caseRecord(long id, String merchantId, String courier, String category, String channel,
                            String responsible, String desk, String owner, String outcome, String receivedAt,
                            String closedAt, Long firstResponse, Boolean onTime, long resolve, boolean reopened,
                            boolean escalated, boolean arbitrated, String refunded, Integer score, Boolean solved,
                            int offers, Long firstOffer, Long agreed, Long remedyDone) {
        jdbc.update("""
                insert into case_record (complaint_id, complaint_no, outcome, category, channel, merchant_id,
                  merchant_name, courier, customer_id, responsible_party, refunded_amount, currency, offers_made,
                  arbitrated, reopened, escalated, owner_id, first_response_minutes, resolve_minutes,
                  customer_wait_minutes, satisfaction_score, solved, description, received_at, closed_at, desk,
                  first_response_on_time, first_offer_minutes, agreed_minutes, remedy_done_minutes)
                values (?, (select complaint_no from complaint where id = ?), ?, ?, ?, ?, ?, ?, 'C-AN', ?, ?, 'CNY', ?,
                  ?, ?, ?, ?, ?, ?, 0, ?, ?, 'analytics fixture', ?, ?, ?, ?, ?, ?, ?)""",
                id, id, outcome, category, channel, merchantId, "Shop " + merchantId, courier, responsible,
                new BigDecimal(refunded), offers, arbitrated, reopened, escalated, owner, firstResponse, resolve, score,
                solved, at(receivedAt), at(closedAt), desk, onTime, firstOffer, agreed, remedyDone);
    }

    private static Timestamp at(String instant) {
        return Timestamp.from(Instant.parse(instant));
    }
}
