package org.complaintdesk.analytics;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.complaintdesk.complaint.Category;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Complaints received per day and category, counted by the database; days in the desk's time zone. Every
 * category gets a full series so a chart per category can be drawn without filling gaps.
 */
@Service
class Trends {

    private final NamedParameterJdbcTemplate jdbc;

    Trends(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    Trend daily(Scope scope) {
        Period period = scope.period();
        int days = (int) period.days();
        Map<Category, long[]> counts = new EnumMap<>(Category.class);
        for (Category c : Category.values()) {
            counts.put(c, new long[days]);
        }
        MapSqlParameterSource params = new MapSqlParameterSource("zone", scope.zone().getId())
                .addValue("since", Timestamp.from(scope.start())).addValue("until", Timestamp.from(scope.end()));
        String sql = "select x.d as d, x.cat as cat, count(*) as n from (select " + Dimension.DAY.complaintColumn()
                + " as d, " + Dimension.CATEGORY.complaintColumn() + " as cat from complaint c"
                + " where c.received_at >= :since and c.received_at < :until"
                + Source.COMPLAINTS.where(scope.filters(), params) + ") x where x.cat is not null group by x.d, x.cat";
        jdbc.query(sql, params, rs -> {
            LocalDate day = Dimension.day(rs.getObject("d"));
            int i = (int) ChronoUnit.DAYS.between(period.from(), day);
            if (i >= 0 && i < days) {
                counts.get(Category.valueOf(rs.getString("cat")))[i] = rs.getLong("n");
            }
        });
        List<LocalDate> dayList = new ArrayList<>();
        for (int i = 0; i < days; i++) {
            dayList.add(period.from().plusDays(i));
        }
        List<Trend.Series> series = new ArrayList<>();
        counts.forEach((category, n) -> series.add(new Trend.Series(category,
                Arrays.stream(n).boxed().toList(), Arrays.stream(n).sum())));
        return new Trend(period, scope.filters(), dayList, series);
    }
}
