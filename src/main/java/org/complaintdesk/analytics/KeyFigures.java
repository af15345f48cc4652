package org.complaintdesk.analytics;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.complaintdesk.analytics.CaseFigures.Stats;
import org.complaintdesk.analytics.Summary.AgeCount;
import org.complaintdesk.analytics.Summary.Backlog;
import org.complaintdesk.analytics.Summary.ScoreCount;
import org.complaintdesk.analytics.Summary.StageCount;
import org.complaintdesk.complaint.Stage;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The summary: the period's key figures beside the previous period's, in four aggregate queries whatever the
 * number of cases — the case library once for both periods, the complaints once for received and open counts, and
 * twice for the backlog now.
 */
@Service
class KeyFigures {

    /** The backlog's age buckets, in days since receipt: {@code [0,1) [1,3) [3,7) [7,14) [14,∞)}. */
    private static final int[] AGE_LIMITS = {0, 1, 3, 7, 14};

    private final CaseFigures cases;
    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;

    KeyFigures(CaseFigures cases, NamedParameterJdbcTemplate jdbc, Clock clock) {
        this.cases = cases;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    Summary summarize(Scope scope) {
        Scope before = scope.previous();
        MapSqlParameterSource params = new MapSqlParameterSource("start", Timestamp.from(scope.start()));
        Map<Object, Stats> byPeriod = cases.byGroup("case when r.closed_at >= :start then 'C' else 'P' end", params,
                scope.filters(), before.start(), scope.end());
        Stats now = byPeriod.getOrDefault("C", Stats.NONE);
        Stats then = byPeriod.getOrDefault("P", Stats.NONE);
        long[] counts = complaintCounts(scope, before);
        List<ScoreCount> scores = new ArrayList<>();
        for (int s = 1; s <= 5; s++) {
            scores.add(new ScoreCount(s, now.scores()[s - 1], then.scores()[s - 1]));
        }
        return new Summary(scope.period(), before.period(), scope.filters(),
                new Figure<>(counts[0], counts[1]),
                figure(now, then, Stats::closed),
                figure(now, then, s -> Rows.rate(s.onTime(), s.onTimeKnown())),
                figure(now, then, s -> Rows.rate(s.within24Hours(), s.responded())),
                figure(now, then, Stats::firstResponseMedian),
                figure(now, then, Stats::firstResponseP90),
                figure(now, then, Stats::resolutionMedian),
                figure(now, then, Stats::resolutionP90),
                figure(now, then, s -> Rows.rate(s.reopened(), s.closed())),
                figure(now, then, s -> Rows.rate(s.escalated(), s.closed())),
                figure(now, then, s -> Rows.rate(s.arbitrated(), s.closed())),
                figure(now, then, s -> Rows.rate(s.withdrawn(), s.closed())),
                figure(now, then, Stats::refunds),
                figure(now, then, Stats::refunded),
                figure(now, then, Stats::satisfactionAverage),
                figure(now, then, Stats::satisfactionAnswers),
                scores,
                new Figure<>(counts[2], counts[3]),
                backlog(scope.filters()));
    }

    private static <T> Figure<T> figure(Stats now, Stats then, Function<Stats, T> value) {
        return new Figure<>(value.apply(now), value.apply(then));
    }

    /** Received in each period, and open at the end of each: {@code [received, receivedBefore, open, openBefore]}. */
    private long[] complaintCounts(Scope scope, Scope before) {
        MapSqlParameterSource params = new MapSqlParameterSource()
                .addValue("start", Timestamp.from(scope.start())).addValue("end", Timestamp.from(scope.end()))
                .addValue("prevStart", Timestamp.from(before.start()));
        String sql = """
                select
                  sum(case when c.received_at >= :start then 1 else 0 end) as received,
                  sum(case when c.received_at >= :prevStart and c.received_at < :start then 1 else 0 end) as received_before,
                  sum(case when c.ended_at is null or c.ended_at >= :end then 1 else 0 end) as open_at_end,
                  sum(case when c.received_at < :start and (c.ended_at is null or c.ended_at >= :start)
                      then 1 else 0 end) as open_at_start
                from complaint c
                where c.received_at < :end and (c.received_at >= :prevStart or c.ended_at is null or c.ended_at >= :start)
                """ + Source.COMPLAINTS.where(scope.filters(), params);
        return jdbc.queryForObject(sql, params, (rs, n) -> new long[] {Rows.count(rs, "received"),
                Rows.count(rs, "received_before"), Rows.count(rs, "open_at_end"), Rows.count(rs, "open_at_start")});
    }

    /** The complaints open now, by stage and by age; the period does not apply, the filters do. */
    private Backlog backlog(Filters filters) {
        Instant now = clock.instant();
        MapSqlParameterSource params = new MapSqlParameterSource();
        String where = Source.COMPLAINTS.where(filters, params);
        List<StageCount> stages = jdbc.query("select c.stage as stage, count(*) as n from complaint c"
                        + " where c.ended_at is null" + where + " group by c.stage",
                params, (rs, n) -> new StageCount(Stage.valueOf(rs.getString("stage")), rs.getLong("n")));
        StringBuilder ages = new StringBuilder("select count(*) as open");
        for (int i = 0; i < AGE_LIMITS.length; i++) {
            params.addValue("age" + i, Timestamp.from(now.minus(Duration.ofDays(AGE_LIMITS[i]))));
            ages.append(", sum(case when c.received_at <= :age").append(i);
            if (i + 1 < AGE_LIMITS.length) {
                ages.append(" and c.received_at > :age").append(i + 1);
            }
            ages.append(" then 1 else 0 end) as a").append(i);
        }
        ages.append(" from complaint c where c.ended_at is null").append(where);
        return jdbc.queryForObject(ages.toString(), params, (rs, n) -> {
            List<AgeCount> byAge = new ArrayList<>();
            for (int i = 0; i < AGE_LIMITS.length; i++) {
                boolean last = i + 1 == AGE_LIMITS.length;
                byAge.add(new AgeCount(AGE_LIMITS[i] + (last ? "d+" : "-" + AGE_LIMITS[i + 1] + "d"), AGE_LIMITS[i],
                        last ? null : AGE_LIMITS[i + 1], Rows.count(rs, "a" + i)));
            }
            return new Backlog(now, Rows.count(rs, "open"), stages.stream()
                    .sorted(Comparator.comparing(StageCount::stage)).toList(), byAge);
        });
    }
}
