package org.complaintdesk.analytics;

import org.springframework.stereotype.Service;

/** Placeholder while the analytics API contract is settled. */
@Service
class Scorecards {

    CourierScorecard couriers(Scope scope) {
        throw new UnsupportedOperationException("not yet");
    }

    MerchantScorecard merchants(Scope scope) {
        throw new UnsupportedOperationException("not yet");
    }
}
