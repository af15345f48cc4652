package org.complaintdesk.analytics;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One figure of the selected period with the same figure of the previous period beside it. A rate or an average
 * over nothing (no cases) is null, never 0 or NaN.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
record Figure<T>(T current, T previous) {
}
