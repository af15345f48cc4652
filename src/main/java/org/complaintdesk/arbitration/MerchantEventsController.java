package org.complaintdesk.arbitration;

import org.complaintdesk.directory.MerchantEvents;
import org.complaintdesk.system.ApiProblem;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/merchant/events?after={cursor}&limit=}: the events of the caller's merchant (HTTP Basic, group
 * {@code merchants}, linked to a merchant), oldest first, for merchant systems that pull one feed instead of taking
 * webhooks. Start with {@code after=0}, then pass the {@code next} of each answer.
 */
@RestController
class MerchantEventsController {

    private final MerchantUserRepository merchantUsers;
    private final MerchantEvents events;

    MerchantEventsController(MerchantUserRepository merchantUsers, MerchantEvents events) {
        this.merchantUsers = merchantUsers;
        this.events = events;
    }

    @GetMapping("/api/merchant/events")
    MerchantEvents.Feed feed(@RequestParam(defaultValue = "0") long after,
                             @RequestParam(defaultValue = "50") int limit, Authentication merchantUser) {
        String merchantId = merchantUsers.findById(merchantUser.getName()).map(MerchantUser::getMerchantId)
                .orElseThrow(() -> new ApiProblem(HttpStatus.FORBIDDEN, "no-merchant", "No merchant",
                        "Your user is not linked to a merchant."));
        return events.feed(merchantId, after, limit);
    }
}
