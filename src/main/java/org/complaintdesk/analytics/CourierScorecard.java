package org.complaintdesk.analytics;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Arrays;
import java.util.List;

/**
 * {@code GET /api/analytics/scorecards/couriers}: complaints per courier received in the period, and per 1,000
 * shipments where the courier's monthly volumes cover the period; ranked best first (fewest complaints per 1,000
 * shipments, then couriers without volumes by fewest complaints).
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
record CourierScorecard(Period period, Filters filters, List<Row> rows) {

    /**
     * @param shipments the shipments of the period, prorated by day from the monthly volumes; null when a month
     *                  of the period has no volume for this courier
     * @param delayShare share of the courier's complaints about late delivery
     * @param lostOrDamagedShare share about parcels lost or damaged
     * @param courierResponsibleShare share of the courier's closed cases in which the courier was found responsible
     */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Row(int rank, String courier, long complaints, Long shipments, Double complaintsPerThousandShipments,
               Double delayShare, Double lostOrDamagedShare, Double courierResponsibleShare) {
    }

    CsvTable csv() {
        return new CsvTable(List.of("rank", "courier", "complaints", "shipments", "complaintsPerThousandShipments",
                "delayShare", "lostOrDamagedShare", "courierResponsibleShare"),
                rows.stream().<List<?>>map(r -> Arrays.asList(r.rank(), r.courier(), r.complaints(),
                        r.shipments(), r.complaintsPerThousandShipments(), r.delayShare(), r.lostOrDamagedShare(),
                        r.courierResponsibleShare())).toList());
    }
}
