package org.complaintdesk.analytics;

import org.springframework.stereotype.Service;

/** Placeholder while the analytics API contract is settled. */
@Service
class Breakdowns {

    Breakdown split(Scope scope, Dimension by) {
        throw new UnsupportedOperationException("not yet");
    }
}
