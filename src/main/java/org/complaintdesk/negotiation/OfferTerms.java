package org.complaintdesk.negotiation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;

/**
 * What the decision tables say about the next offer: how long the customer has to answer (service-levels),
 * whether its rejection hands the case to the platform (case-limits' offer rounds), and what the rules suggest
 * on the investigation's findings (remedy-suggestion).
 *
 * @param rejectedSoFar offers of this negotiation the customer rejected before this one
 * @param rounds        offers the customer may reject before the platform intervenes
 */
record OfferTerms(Duration replyWithin, int rejectedSoFar, int rounds, String suggestedRemedy,
                  Integer amountCapPercent) {

    OfferTerms {
        if (replyWithin == null || replyWithin.isNegative() || replyWithin.isZero()) {
            throw new IllegalArgumentException("the offer reply window must be positive, not " + replyWithin);
        }
        if (rounds < 1) {
            throw new IllegalArgumentException("offer rounds must be at least 1, not " + rounds);
        }
    }

    /** A rejection of this offer is the last one the platform waits for. */
    boolean finalOffer() {
        return rejectedSoFar + 1 >= rounds;
    }

    /** The suggested cap as an amount of what was paid, for the agent's guidance; null without one. */
    BigDecimal amountCap(BigDecimal paid) {
        return paid == null || amountCapPercent == null ? null
                : paid.multiply(BigDecimal.valueOf(amountCapPercent)).divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
    }
}
