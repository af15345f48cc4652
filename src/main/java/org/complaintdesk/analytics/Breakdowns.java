package org.complaintdesk.analytics;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.complaintdesk.analytics.CaseFigures.Stats;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The period's figures split by one {@link Dimension}: complaints received per value, and the case library's
 * figures of the cases closed per value. Hours and days list every hour and every day of the period, zeros
 * included, so a chart has no gaps.
 */
@Service
class Breakdowns {

    private final CaseFigures cases;
    private final NamedParameterJdbcTemplate jdbc;

    Breakdowns(CaseFigures cases, NamedParameterJdbcTemplate jdbc) {
        this.cases = cases;
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    Breakdown split(Scope scope, Dimension by) {
        Map<String, Long> received = received(scope, by);
        Map<String, Stats> closed = new HashMap<>();
        cases.byGroup(by.caseColumn(), zone(scope), scope.filters(), scope.start(), scope.end())
                .forEach((key, stats) -> closed.put(by.key(key), stats));
        Set<String> keys = new LinkedHashSet<>(allKeys(scope, by));
        keys.addAll(received.keySet());
        keys.addAll(closed.keySet());
        List<Breakdown.Row> rows = new ArrayList<>();
        for (String key : keys) {
            Stats s = closed.getOrDefault(key, Stats.NONE);
            rows.add(new Breakdown.Row(key, received.getOrDefault(key, 0L), s.closed(),
                    Rows.rate(s.within24Hours(), s.responded()), s.resolutionMedian(),
                    Rows.rate(s.reopened(), s.closed()), Rows.rate(s.escalated(), s.closed()),
                    Rows.rate(s.arbitrated(), s.closed()), Rows.rate(s.withdrawn(), s.closed()), s.refunds(),
                    s.satisfactionAverage()));
        }
        rows.sort(order(by));
        return new Breakdown(by.path(), scope.period(), scope.filters(), rows);
    }

    private Map<String, Long> received(Scope scope, Dimension by) {
        MapSqlParameterSource params = zone(scope).addValue("since", Timestamp.from(scope.start()))
                .addValue("until", Timestamp.from(scope.end()));
        String sql = "select x.k as k, count(*) as n from (select " + by.complaintColumn() + " as k from complaint c"
                + " where c.received_at >= :since and c.received_at < :until"
                + Source.COMPLAINTS.where(scope.filters(), params) + ") x group by x.k";
        Map<String, Long> result = new HashMap<>();
        jdbc.query(sql, params, rs -> {
            result.put(by.key(rs.getObject("k")), rs.getLong("n"));
        });
        return result;
    }

    private static MapSqlParameterSource zone(Scope scope) {
        return new MapSqlParameterSource("zone", scope.zone().getId());
    }

    /** The values a chart needs even when nothing happened then: every hour, every day of the period. */
    private static List<String> allKeys(Scope scope, Dimension by) {
        List<String> keys = new ArrayList<>();
        if (by == Dimension.HOUR) {
            for (int h = 0; h < 24; h++) {
                keys.add(String.valueOf(h));
            }
        } else if (by == Dimension.DAY) {
            for (LocalDate d = scope.period().from(); !d.isAfter(scope.period().to()); d = d.plusDays(1)) {
                keys.add(d.toString());
            }
        }
        return keys;
    }

    private static Comparator<Breakdown.Row> order(Dimension by) {
        if (by == Dimension.HOUR) {
            return Comparator.comparing(r -> Integer.valueOf(r.key()));
        }
        if (by == Dimension.DAY) {
            return Comparator.comparing(Breakdown.Row::key);
        }
        return Comparator.comparingLong(Breakdown.Row::received).reversed()
                .thenComparing(Comparator.comparingLong(Breakdown.Row::closed).reversed())
                .thenComparing(Breakdown.Row::key, Comparator.nullsLast(Comparator.naturalOrder()));
    }
}
