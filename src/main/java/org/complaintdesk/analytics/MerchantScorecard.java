package org.complaintdesk.analytics;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Arrays;
import java.util.List;

/**
 * {@code GET /api/analytics/scorecards/merchants}: complaints per merchant received in the period, their share of
 * all complaints, how often the merchant was found responsible and how arbitrations about them ended; most
 * complaints first.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
record MerchantScorecard(Period period, Filters filters, List<Row> rows) {

    /**
     * @param complaintShare the merchant's complaints over all complaints of the period (the complaint rate: orders
     *                       per merchant are not known to the desk)
     * @param responsibleShare closed cases in which the merchant was found responsible, over the closed cases with a
     *                         responsible party recorded
     */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Row(String merchantId, String merchantName, long complaints, Double complaintShare, long closed,
               Double responsibleShare, long arbitrated, long rulingsForCustomer, long rulingsForMerchant,
               long rulingsSplit) {
    }

    CsvTable csv() {
        return new CsvTable(List.of("merchantId", "merchantName", "complaints", "complaintShare", "closed",
                "responsibleShare", "arbitrated", "rulingsForCustomer", "rulingsForMerchant", "rulingsSplit"),
                rows.stream().<List<?>>map(r -> Arrays.asList(r.merchantId(), r.merchantName(),
                        r.complaints(), r.complaintShare(), r.closed(), r.responsibleShare(), r.arbitrated(),
                        r.rulingsForCustomer(), r.rulingsForMerchant(), r.rulingsSplit())).toList());
    }
}
