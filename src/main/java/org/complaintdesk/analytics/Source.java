package org.complaintdesk.analytics;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/**
 * The two tables figures are computed from, with the columns each filter reads there: all complaints ({@code c},
 * for what was received and what is open) and the case library ({@code r}, for how closed cases went). A
 * complaint's desk is its owner's, or the routed one until somebody takes it; its category the triaged one, or the
 * channel's hint before triage.
 */
enum Source {
    COMPLAINTS("coalesce(c.category, c.category_hint)", "c.channel", "c.merchant_id", "c.courier",
            "coalesce(c.owner_desk, c.desk)", "c.owner_id"),
    CASES("r.category", "r.channel", "r.merchant_id", "r.courier", "r.desk", "r.owner_id");

    private final String category;
    private final String channel;
    private final String merchant;
    private final String courier;
    private final String desk;
    private final String agent;

    Source(String category, String channel, String merchant, String courier, String desk, String agent) {
        this.category = category;
        this.channel = channel;
        this.merchant = merchant;
        this.courier = courier;
        this.desk = desk;
        this.agent = agent;
    }

    /** {@code and ...} for each filter set, its value bound into {@code params}; empty without filters. */
    String where(Filters f, MapSqlParameterSource params) {
        StringBuilder sql = new StringBuilder();
        condition(sql, params, category, "category", f.category() == null ? null : f.category().name());
        condition(sql, params, channel, "channel", f.channel() == null ? null : f.channel().name());
        condition(sql, params, merchant, "merchant", f.merchant());
        condition(sql, params, courier, "courier", f.courier());
        condition(sql, params, desk, "desk", f.desk());
        condition(sql, params, agent, "agent", f.agent());
        return sql.toString();
    }

    private static void condition(StringBuilder sql, MapSqlParameterSource params, String column, String name,
                                  String value) {
        if (value != null) {
            sql.append(" and ").append(column).append(" = :").append(name);
            params.addValue(name, value);
        }
    }
}
