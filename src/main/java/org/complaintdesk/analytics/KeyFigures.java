package org.complaintdesk.analytics;

import org.springframework.stereotype.Service;

/** Placeholder while the analytics API contract is settled. */
@Service
class KeyFigures {

    Summary summarize(Scope scope) {
        throw new UnsupportedOperationException("not yet");
    }
}
