package org.complaintdesk.analytics;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Arrays;
import java.util.List;

/**
 * {@code GET /api/analytics/funnel}: how far the cases closed in the period got, step by step — received, first
 * response, offer, agreed (accepted or arbitrated), remedy carried out, solved — with the conversion from the step
 * before and the median minutes from it.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
record Funnel(Period period, Filters filters, List<Step> steps) {

    enum StepName { RECEIVED, FIRST_RESPONSE, OFFER, AGREED, REMEDY_DONE, SOLVED }

    /**
     * @param conversion cases of this step over cases of the step before (null for the first step or when that
     *                   step has none)
     * @param medianMinutesFromPrevious median minutes between the step before and this one, over the cases whose
     *                                  case library records both times
     */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Step(StepName step, long cases, Double conversion, Double conversionFromReceived,
                Double medianMinutesFromPrevious) {
    }

    CsvTable csv() {
        return new CsvTable(List.of("step", "cases", "conversion", "conversionFromReceived",
                "medianMinutesFromPrevious"),
                steps.stream().<List<?>>map(s -> Arrays.asList(s.step(), s.cases(), s.conversion(),
                        s.conversionFromReceived(), s.medianMinutesFromPrevious())).toList());
    }
}
