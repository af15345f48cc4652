package org.complaintdesk.analytics;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import org.complaintdesk.analytics.Funnel.StepName;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The funnel of the cases closed in the period, in one aggregate query over the case library: how many reached
 * each step and the median minutes from the step before, from the step times the case library records as minutes
 * since receipt. A case may reach a step without the one before (the merchant grants the demand without an offer),
 * so the counts need not shrink step by step.
 */
@Service
class CaseFunnel {

    private static final String SQL = """
            select count(*) as received,
              count(r.first_response_minutes) as first_response,
              sum(case when r.offers_made > 0 then 1 else 0 end) as offer,
              sum(case when r.agreed_minutes is not null or r.arbitrated then 1 else 0 end) as agreed,
              count(r.remedy_done_minutes) as remedy_done,
              sum(case when r.solved then 1 else 0 end) as solved,
              percentile_cont(0.5) within group (order by r.first_response_minutes) as m_first_response,
              percentile_cont(0.5) within group (order by r.first_offer_minutes - r.first_response_minutes) as m_offer,
              percentile_cont(0.5) within group (order by r.agreed_minutes - r.first_offer_minutes) as m_agreed,
              percentile_cont(0.5) within group (order by r.remedy_done_minutes - r.agreed_minutes) as m_remedy_done,
              percentile_cont(0.5) within group (order by case when r.solved then r.resolve_minutes - r.remedy_done_minutes end)
                as m_solved
            from case_record r
            where r.closed_at >= :since and r.closed_at < :until""";

    private final NamedParameterJdbcTemplate jdbc;

    CaseFunnel(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    Funnel follow(Scope scope) {
        MapSqlParameterSource params = new MapSqlParameterSource("since", Timestamp.from(scope.start()))
                .addValue("until", Timestamp.from(scope.end()));
        String sql = SQL + Source.CASES.where(scope.filters(), params);
        List<Funnel.Step> steps = jdbc.queryForObject(sql, params, (rs, n) -> {
            String[] counts = {"received", "first_response", "offer", "agreed", "remedy_done", "solved"};
            List<Funnel.Step> result = new ArrayList<>();
            long received = Rows.count(rs, "received");
            long before = 0;
            for (int i = 0; i < counts.length; i++) {
                long cases = Rows.count(rs, counts[i]);
                result.add(new Funnel.Step(StepName.values()[i], cases, i == 0 ? null : Rows.rate(cases, before),
                        Rows.rate(cases, received), i == 0 ? null : Rows.number(rs, "m_" + counts[i])));
                before = cases;
            }
            return result;
        });
        return new Funnel(scope.period(), scope.filters(), steps);
    }
}
