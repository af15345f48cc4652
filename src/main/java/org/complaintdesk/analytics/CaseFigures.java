package org.complaintdesk.analytics;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * How the closed cases of the case library went, aggregated by the database per group in one query: the figures
 * the summary shows for a period and a breakdown for each value of a dimension. Percentiles are the continuous
 * ones ({@code percentile_cont ... within group}), which H2 2.x and PostgreSQL both compute; nulls (unknown
 * times) are left out of them as of every aggregate.
 */
@Component
class CaseFigures {

    /** Closed cases per group, everything the summary and the breakdowns report about them. */
    record Stats(long closed, long onTime, long onTimeKnown, long within24Hours, long responded,
                 Double firstResponseMedian, Double firstResponseP90, Double resolutionMedian, Double resolutionP90,
                 long reopened, long escalated, long arbitrated, long withdrawn, BigDecimal refunds, long refunded,
                 Double satisfactionAverage, long satisfactionAnswers, long[] scores) {

        static final Stats NONE = new Stats(0, 0, 0, 0, 0, null, null, null, null, 0, 0, 0, 0,
                BigDecimal.ZERO.setScale(2), 0, null, 0, new long[5]);
    }

    private static final String SELECT = """
            select x.k as k, count(*) as closed,
              sum(case when x.first_response_on_time then 1 else 0 end) as on_time,
              count(x.first_response_on_time) as on_time_known,
              sum(case when x.first_response_minutes <= 1440 then 1 else 0 end) as within_24h,
              count(x.first_response_minutes) as responded,
              percentile_cont(0.5) within group (order by x.first_response_minutes) as fr_median,
              percentile_cont(0.9) within group (order by x.first_response_minutes) as fr_p90,
              percentile_cont(0.5) within group (order by x.resolve_minutes) as res_median,
              percentile_cont(0.9) within group (order by x.resolve_minutes) as res_p90,
              sum(case when x.reopened then 1 else 0 end) as reopened,
              sum(case when x.escalated then 1 else 0 end) as escalated,
              sum(case when x.arbitrated then 1 else 0 end) as arbitrated,
              sum(case when x.outcome = 'WITHDRAWN' then 1 else 0 end) as withdrawn,
              sum(x.refunded_amount) as refunds,
              sum(case when x.refunded_amount > 0 then 1 else 0 end) as refunded,
              avg(cast(x.satisfaction_score as double precision)) as sat_avg,
              count(x.satisfaction_score) as sat_n,
              sum(case when x.satisfaction_score = 1 then 1 else 0 end) as s1,
              sum(case when x.satisfaction_score = 2 then 1 else 0 end) as s2,
              sum(case when x.satisfaction_score = 3 then 1 else 0 end) as s3,
              sum(case when x.satisfaction_score = 4 then 1 else 0 end) as s4,
              sum(case when x.satisfaction_score = 5 then 1 else 0 end) as s5
            from (select %s as k, r.first_response_on_time, r.first_response_minutes, r.resolve_minutes, r.reopened,
                    r.escalated, r.arbitrated, r.outcome, r.refunded_amount, r.satisfaction_score
                  from case_record r
                  where r.closed_at >= :since and r.closed_at < :until %s) x
            group by x.k
            """;

    private final NamedParameterJdbcTemplate jdbc;

    CaseFigures(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * @param groupBy SQL yielding each case's group, from the fixed expressions of {@link Dimension} or the
     *                caller's own; never request text
     * @param params  the values {@code groupBy} binds, if any
     * @return the stats per group value as the driver returns it (null for cases without one), in no order
     */
    Map<Object, Stats> byGroup(String groupBy, MapSqlParameterSource params, Filters filters, Instant since,
                               Instant until) {
        params.addValue("since", Timestamp.from(since)).addValue("until", Timestamp.from(until));
        String sql = SELECT.formatted(groupBy, Source.CASES.where(filters, params));
        Map<Object, Stats> result = new LinkedHashMap<>();
        jdbc.query(sql, params, rs -> {
            result.put(rs.getObject("k"), stats(rs));
        });
        return result;
    }

    private static Stats stats(ResultSet rs) throws SQLException {
        long[] scores = new long[5];
        for (int s = 1; s <= 5; s++) {
            scores[s - 1] = Rows.count(rs, "s" + s);
        }
        return new Stats(Rows.count(rs, "closed"), Rows.count(rs, "on_time"), Rows.count(rs, "on_time_known"),
                Rows.count(rs, "within_24h"), Rows.count(rs, "responded"), Rows.number(rs, "fr_median"),
                Rows.number(rs, "fr_p90"), Rows.number(rs, "res_median"), Rows.number(rs, "res_p90"),
                Rows.count(rs, "reopened"), Rows.count(rs, "escalated"), Rows.count(rs, "arbitrated"),
                Rows.count(rs, "withdrawn"), Rows.amount(rs, "refunds"), Rows.count(rs, "refunded"),
                Rows.number(rs, "sat_avg"), Rows.count(rs, "sat_n"), scores);
    }
}
