package org.complaintdesk.audit;

import org.complaintdesk.system.InvalidRequestException;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/customers/{customerId}/erase}: administrators erase a customer's personal data. */
@RestController
class CustomerErasureController {

    /** Customer ids as channels send them (see the complaint's {@code customer_id}). */
    private static final int MAX_ID = 64;

    private final CustomerErasure erasure;

    CustomerErasureController(CustomerErasure erasure) {
        this.erasure = erasure;
    }

    @PostMapping("/api/customers/{customerId}/erase")
    CustomerErasure.Erased erase(@PathVariable String customerId) {
        if (customerId.isBlank() || customerId.length() > MAX_ID || !customerId.strip().equals(customerId)) {
            throw new InvalidRequestException("customerId", "must be 1 to " + MAX_ID
                    + " characters without leading or trailing spaces");
        }
        return erasure.erase(customerId);
    }
}
