package org.complaintdesk.analytics;

import org.springframework.stereotype.Service;

/** Placeholder while the analytics API contract is settled. */
@Service
class Trends {

    Trend daily(Scope scope) {
        throw new UnsupportedOperationException("not yet");
    }
}
