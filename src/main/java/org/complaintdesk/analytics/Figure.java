package org.complaintdesk.analytics;

/**
 * One figure of the selected period with the same figure of the previous period beside it. A rate or an average
 * over nothing (no cases) is null, never 0 or NaN.
 */
record Figure<T>(T current, T previous) {
}
