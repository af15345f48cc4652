package org.complaintdesk.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.complaintdesk.support.DeskClient;
import org.complaintdesk.support.DeskTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * How fast {@code GET /api/analytics/summary} and the case search {@code GET /api/cases} answer over 100,000 closed
 * cases on PostgreSQL: a benchmark, not part of the suite (its class name is no test's, and it runs only with
 * {@code -Dbench=true}); it prints p50 and p95 of 50 calls for docs/BENCHMARKS.md and asserts nothing about time.
 * The cases lie in 2003, a year no test uses, and are deleted afterwards.
 */
@DeskTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@EnabledIfSystemProperty(named = "bench", matches = "true")
class SummaryBenchmark {

    static final int CASES = 100_000;
    static final int CALLS = 50;

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeAll
    void fill() {
        assertThat(jdbc.queryForObject("select version()", String.class)).as("PostgreSQL only").contains("PostgreSQL");
        remove();
        jdbc.update("""
                insert into complaint (complaint_no, channel, external_id, request_fingerprint, customer_id,
                  customer_name, customer_locale, customer_vip, merchant_id, merchant_name, courier, description,
                  received_at, status, stage, category, desk, owner_desk, owner_id, responsible_party, ended_at, outcome)
                select 'BN' || g, (array['APP_FORM','WEB_FORM','CHAT','EMAIL'])[1 + g % 4], 'BN' || g, 'bench',
                  'C-' || (g % 5000), 'Bench', 'en', false, 'M-' || (g % 200), 'Shop ' || (g % 200),
                  (array['SF','JD','YTO','ZTO','EMS'])[1 + g % 5], 'bench',
                  timestamptz '2003-01-01 00:00+08' + (g * interval '315 seconds'),
                  case when g % 50 = 0 then 'OPEN' else 'CLOSED' end,
                  case when g % 50 = 0 then 'INVESTIGATE' else 'ARCHIVE' end,
                  (array['PRODUCT_QUALITY','DELIVERY_DELAY','PARCEL_LOST_OR_DAMAGED','REFUND_RETURN','OTHER'])[1 + g % 5],
                  'service-desk', 'service-desk', 'agent' || (g % 40), 'MERCHANT',
                  case when g % 50 = 0 then null
                       else timestamptz '2003-01-01 00:00+08' + (g * interval '315 seconds') + ((g % 97) * interval '1 hour') end,
                  case when g % 50 = 0 then null when g % 13 = 0 then 'WITHDRAWN' else 'RESOLVED' end
                from generate_series(1, ?) g""", CASES);
        jdbc.update("""
                insert into case_record (complaint_id, complaint_no, outcome, category, channel, merchant_id,
                  merchant_name, courier, customer_id, responsible_party, refunded_amount, currency, offers_made,
                  arbitrated, reopened, escalated, owner_id, first_response_minutes, resolve_minutes,
                  customer_wait_minutes, satisfaction_score, solved, description, received_at, closed_at, desk,
                  first_response_on_time, first_offer_minutes, agreed_minutes, remedy_done_minutes)
                select c.id, c.complaint_no, c.outcome, c.category, c.channel, c.merchant_id, c.merchant_name,
                  c.courier, c.customer_id, 'MERCHANT', (c.id % 7) * 10, 'CNY', c.id % 3, c.id % 17 = 0,
                  c.id % 11 = 0, c.id % 9 = 0, c.owner_id, c.id % 300, (c.id % 97) * 60, 0,
                  case when c.id % 4 = 0 then null else 1 + c.id % 5 end, c.id % 6 <> 0, 'bench', c.received_at,
                  c.ended_at, c.desk, c.id % 8 <> 0, c.id % 300 + 30, c.id % 300 + 90, c.id % 300 + 600
                from complaint c where c.complaint_no like 'BN%' and c.ended_at is not null""");
        jdbc.execute("vacuum analyze complaint"); // as autovacuum leaves a table at rest: visibility map and statistics
        jdbc.execute("vacuum analyze case_record");
    }

    @AfterAll
    void remove() {
        jdbc.update("delete from case_record where complaint_no like 'BN%'");
        jdbc.update("delete from complaint where complaint_no like 'BN%'");
    }

    @Test
    void summaryOfAMonth() {
        time("from=2003-06-01&to=2003-06-30");
    }

    @Test
    void summaryOfTheWholeYear() {
        time("from=2003-01-01&to=2003-12-31");
    }

    /**
     * The case library's search, first page of 50: unfiltered, by category, merchant, text and month, as a supervisor
     * (reads every case); and unfiltered as an agent, who reads the cases given to them (none of these).
     */
    @Test
    void caseSearch() {
        for (String query : List.of("size=50", "size=50&category=DELIVERY_DELAY", "size=50&merchant=M-42",
                "size=50&q=bn4242", "size=50&from=2003-06-01&to=2003-06-30")) {
            time("/api/cases?" + query, "sofia");
        }
        time("/api/cases?size=50", "sam");
    }

    private void time(String query) {
        time("/api/analytics/summary?" + query, "sofia");
    }

    private void time(String path, String user) {
        DeskClient desk = new DeskClient(port);
        for (int i = 0; i < 5; i++) {
            assertThat(desk.get(path, user).status()).isEqualTo(200); // warm-up
        }
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < CALLS; i++) {
            long start = System.nanoTime();
            assertThat(desk.get(path, user).status()).isEqualTo(200);
            millis.add((System.nanoTime() - start) / 1e6);
        }
        Collections.sort(millis);
        long closed = jdbc.queryForObject("select count(*) from case_record where complaint_no like 'BN%'", Long.class);
        System.out.printf("BENCHMARK %s as %s over %d closed cases: p50 %.1f ms, p95 %.1f ms, max %.1f ms (%d calls)%n",
                path, user, closed, millis.get(CALLS / 2), millis.get((int) Math.ceil(CALLS * 0.95) - 1),
                millis.get(CALLS - 1), CALLS);
    }
}
