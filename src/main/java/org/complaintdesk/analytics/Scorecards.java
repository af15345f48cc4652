package org.complaintdesk.analytics;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Couriers and merchants compared: complaints counted per courier and merchant by the database, couriers set
 * against their uploaded shipment volumes so that orders can go to the courier with the fewest complaints per
 * shipment.
 */
@Service
class Scorecards {

    private final NamedParameterJdbcTemplate jdbc;

    Scorecards(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    private record CourierCounts(long complaints, long delay, long lostOrDamaged) {
    }

    private record Responsibility(long found, long known) {
    }

    @Transactional(readOnly = true)
    CourierScorecard couriers(Scope scope) {
        MapSqlParameterSource params = period(scope);
        Map<String, CourierCounts> complaints = new LinkedHashMap<>();
        jdbc.query("select x.courier as courier, count(*) as n,"
                + " sum(case when x.cat = 'DELIVERY_DELAY' then 1 else 0 end) as delay,"
                + " sum(case when x.cat = 'PARCEL_LOST_OR_DAMAGED' then 1 else 0 end) as lost"
                + " from (select c.courier as courier, " + Dimension.CATEGORY.complaintColumn() + " as cat"
                + " from complaint c where c.received_at >= :since and c.received_at < :until and c.courier is not null"
                + Source.COMPLAINTS.where(scope.filters(), params) + ") x group by x.courier", params, rs -> {
                    complaints.put(rs.getString("courier"), new CourierCounts(rs.getLong("n"),
                            Rows.count(rs, "delay"), Rows.count(rs, "lost")));
                });
        Map<String, Responsibility> found = courierResponsibility(scope);
        Map<String, Long> shipments = shipments(scope.period());
        List<CourierScorecard.Row> rows = new ArrayList<>();
        for (String courier : union(complaints.keySet(), found.keySet())) {
            CourierCounts n = complaints.getOrDefault(courier, new CourierCounts(0, 0, 0));
            Responsibility r = found.getOrDefault(courier, new Responsibility(0, 0));
            Long shipped = shipments.get(courier);
            Double perThousand = shipped == null || shipped == 0 ? null : n.complaints() * 1000.0 / shipped;
            rows.add(new CourierScorecard.Row(0, courier, n.complaints(), shipped, perThousand,
                    Rows.rate(n.delay(), n.complaints()), Rows.rate(n.lostOrDamaged(), n.complaints()),
                    Rows.rate(r.found(), r.known())));
        }
        rows.sort(Comparator.comparing(CourierScorecard.Row::complaintsPerThousandShipments,
                        Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparingLong(CourierScorecard.Row::complaints).thenComparing(CourierScorecard.Row::courier));
        List<CourierScorecard.Row> ranked = new ArrayList<>();
        for (CourierScorecard.Row r : rows) {
            ranked.add(new CourierScorecard.Row(ranked.size() + 1, r.courier(), r.complaints(), r.shipments(),
                    r.complaintsPerThousandShipments(), r.delayShare(), r.lostOrDamagedShare(),
                    r.courierResponsibleShare()));
        }
        return new CourierScorecard(scope.period(), scope.filters(), ranked);
    }

    @Transactional(readOnly = true)
    MerchantScorecard merchants(Scope scope) {
        MapSqlParameterSource params = period(scope);
        Map<String, Long> complaints = new LinkedHashMap<>();
        Map<String, String> names = new HashMap<>();
        jdbc.query("select c.merchant_id as merchant, max(c.merchant_name) as name, count(*) as n from complaint c"
                + " where c.received_at >= :since and c.received_at < :until and c.merchant_id is not null"
                + Source.COMPLAINTS.where(scope.filters(), params) + " group by c.merchant_id", params, rs -> {
                    complaints.put(rs.getString("merchant"), rs.getLong("n"));
                    names.put(rs.getString("merchant"), rs.getString("name"));
                });
        long all = complaints.values().stream().mapToLong(Long::longValue).sum();
        MapSqlParameterSource closedParams = period(scope);
        Map<String, long[]> closed = new HashMap<>();
        jdbc.query("select r.merchant_id as merchant, max(r.merchant_name) as name, count(*) as closed,"
                + " sum(case when r.responsible_party = 'MERCHANT' then 1 else 0 end) as responsible,"
                + " count(r.responsible_party) as known,"
                + " sum(case when r.arbitrated then 1 else 0 end) as arbitrated,"
                + " sum(case when r.arbitrated and a.ruling = 'BUYER_FAVOUR' then 1 else 0 end) as for_customer,"
                + " sum(case when r.arbitrated and a.ruling = 'SELLER_FAVOUR' then 1 else 0 end) as for_merchant,"
                + " sum(case when r.arbitrated and a.ruling = 'SPLIT' then 1 else 0 end) as split"
                + " from case_record r left join arbitration a on a.complaint_id = r.complaint_id"
                + " where r.closed_at >= :since and r.closed_at < :until and r.merchant_id is not null"
                + Source.CASES.where(scope.filters(), closedParams) + " group by r.merchant_id", closedParams, rs -> {
                    closed.put(rs.getString("merchant"), new long[] {rs.getLong("closed"),
                            Rows.count(rs, "responsible"), Rows.count(rs, "known"), Rows.count(rs, "arbitrated"),
                            Rows.count(rs, "for_customer"), Rows.count(rs, "for_merchant"), Rows.count(rs, "split")});
                    names.putIfAbsent(rs.getString("merchant"), rs.getString("name"));
                });
        List<MerchantScorecard.Row> rows = new ArrayList<>();
        for (String merchant : union(complaints.keySet(), closed.keySet())) {
            long n = complaints.getOrDefault(merchant, 0L);
            long[] c = closed.getOrDefault(merchant, new long[7]);
            rows.add(new MerchantScorecard.Row(merchant, names.get(merchant), n, Rows.rate(n, all), c[0],
                    Rows.rate(c[1], c[2]), c[3], c[4], c[5], c[6]));
        }
        rows.sort(Comparator.comparingLong(MerchantScorecard.Row::complaints).reversed()
                .thenComparing(MerchantScorecard.Row::merchantId));
        return new MerchantScorecard(scope.period(), scope.filters(), rows);
    }

    /** Per courier: closed cases of the period in which the courier was found responsible, and with any party. */
    private Map<String, Responsibility> courierResponsibility(Scope scope) {
        MapSqlParameterSource params = period(scope);
        Map<String, Responsibility> result = new HashMap<>();
        jdbc.query("select r.courier as k,"
                + " sum(case when r.responsible_party = 'COURIER' then 1 else 0 end) as found,"
                + " count(r.responsible_party) as known from case_record r"
                + " where r.closed_at >= :since and r.closed_at < :until and r.courier is not null"
                + Source.CASES.where(scope.filters(), params) + " group by r.courier", params, rs -> {
                    result.put(rs.getString("k"), new Responsibility(Rows.count(rs, "found"), Rows.count(rs, "known")));
                });
        return result;
    }

    /**
     * Each courier's shipments in the period: its monthly volumes, a month the period covers in part counted by
     * its share of days. Couriers missing a month of the period are left out: their rate would be too low.
     */
    private Map<String, Long> shipments(Period period) {
        YearMonth first = YearMonth.from(period.from());
        YearMonth last = YearMonth.from(period.to());
        long months = ChronoUnit.MONTHS.between(first, last) + 1;
        Map<String, double[]> sums = new HashMap<>(); // courier -> {shipments, months seen}
        jdbc.query("select courier, month_start, shipments from courier_volume"
                        + " where month_start >= :first and month_start <= :last",
                new MapSqlParameterSource("first", first.atDay(1)).addValue("last", last.atDay(1)), rs -> {
                    YearMonth month = YearMonth.from(rs.getObject("month_start", LocalDate.class));
                    LocalDate from = max(period.from(), month.atDay(1));
                    LocalDate to = min(period.to(), month.atEndOfMonth());
                    double share = (ChronoUnit.DAYS.between(from, to) + 1.0) / month.lengthOfMonth();
                    double[] sum = sums.computeIfAbsent(rs.getString("courier"), k -> new double[2]);
                    sum[0] += rs.getLong("shipments") * share;
                    sum[1]++;
                });
        Map<String, Long> result = new HashMap<>();
        sums.forEach((courier, sum) -> {
            if (sum[1] == months) {
                result.put(courier, Math.round(sum[0]));
            }
        });
        return result;
    }

    private static MapSqlParameterSource period(Scope scope) {
        return new MapSqlParameterSource("since", Timestamp.from(scope.start()))
                .addValue("until", Timestamp.from(scope.end()));
    }

    private static List<String> union(Collection<String> a, Collection<String> b) {
        LinkedHashSet<String> all = new LinkedHashSet<>(a);
        all.addAll(b);
        return new ArrayList<>(all);
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
