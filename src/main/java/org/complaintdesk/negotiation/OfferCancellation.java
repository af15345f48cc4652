package org.complaintdesk.negotiation;

import java.time.Clock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** A case that ends early (withdrawn) leaves no offer waiting for an answer. */
@Service
public class OfferCancellation {

    private final RemedyOfferRepository offers;
    private final Clock clock;

    OfferCancellation(RemedyOfferRepository offers, Clock clock) {
        this.offers = offers;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void cancelOpen(Long complaintId) {
        offers.findByComplaintIdOrderByRoundAsc(complaintId).forEach(offer -> offer.cancel(clock.instant()));
    }
}
