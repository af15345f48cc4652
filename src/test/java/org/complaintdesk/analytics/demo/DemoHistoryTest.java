package org.complaintdesk.analytics.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.complaintdesk.support.DeskNodes;
import org.complaintdesk.support.FreshDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The demo's history on an empty database of its own, with fewer cases than the demo's 10,000 to keep it cheap:
 * the switch fills the case library once, with a shopping-season week that stands out, agents of different
 * satisfaction and open complaints from the intake; filling again adds nothing.
 */
class DemoHistoryTest {

    private static final int CASES = 900;
    private static final int OPEN = 3;

    @Test
    void theSwitch_fillsAnEmptyDesk_withASeasonSurge_once() {
        try (FreshDatabase database = FreshDatabase.create("demohistory");
             ConfigurableApplicationContext desk = DeskNodes.start(database,
                     "--complaint-desk.demo-history.enabled=true", "--complaint-desk.demo-history.cases=" + CASES,
                     "--complaint-desk.demo-history.open-complaints=" + OPEN)) {
            JdbcTemplate jdbc = desk.getBean(JdbcTemplate.class);

            assertThat(count(jdbc, "select count(*) from case_record")).isEqualTo(CASES);
            assertThat(count(jdbc, "select count(*) from complaint")).isEqualTo(CASES + OPEN);
            assertThat(count(jdbc, "select count(*) from complaint where process_instance_id is not null")).isEqualTo(OPEN);

            // the busiest week has well over twice an ordinary week's complaints
            List<Long> perDay = jdbc.queryForList("select count(*) from case_record group by cast(received_at as date)"
                    + " order by cast(received_at as date)", Long.class);
            long busiestWeek = 0;
            for (int day = 0; day + 7 <= perDay.size(); day++) {
                busiestWeek = Math.max(busiestWeek, perDay.subList(day, day + 7).stream().mapToLong(Long::longValue).sum());
            }
            double ordinaryWeek = (CASES - busiestWeek) * 7.0 / (perDay.size() - 7);
            assertThat(busiestWeek).isGreaterThan(Math.round(2 * ordinaryWeek));

            // agents differ: the best and the worst average satisfaction are a point apart
            List<Double> averages = jdbc.queryForList("select avg(cast(satisfaction_score as double precision))"
                    + " from case_record where satisfaction_score is not null group by owner_id", Double.class);
            assertThat(averages).hasSizeGreaterThan(4);
            assertThat(averages.stream().mapToDouble(Double::doubleValue).max().orElseThrow()
                    - averages.stream().mapToDouble(Double::doubleValue).min().orElseThrow()).isGreaterThan(0.8);

            desk.getBean(DemoHistory.class).fill();
            assertThat(count(jdbc, "select count(*) from complaint")).isEqualTo(CASES + OPEN);
        }
    }

    private static long count(JdbcTemplate jdbc, String sql) {
        return jdbc.queryForObject(sql, Long.class);
    }
}
