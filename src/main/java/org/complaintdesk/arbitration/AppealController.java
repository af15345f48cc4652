package org.complaintdesk.arbitration;

import java.time.Instant;
import org.complaintdesk.complaint.CustomerTokens;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/complaints/{no}/appeal}: the customer (token) or the merchant (Basic) appeals the ruling. */
@RestController
class AppealController {

    private final Parties parties;
    private final Rulings rulings;

    AppealController(Parties parties, Rulings rulings) {
        this.parties = parties;
        this.rulings = rulings;
    }

    record AppealRequest(String reason) {
    }

    record AppealReceipt(String complaintNo, EvidenceParty appealedBy, Instant appealedAt) {
    }

    @PostMapping(path = "/api/complaints/{complaintNo}/appeal", consumes = MediaType.APPLICATION_JSON_VALUE)
    AppealReceipt appeal(@PathVariable String complaintNo,
                         @RequestHeader(name = CustomerTokens.HEADER, required = false) String token,
                         @RequestBody AppealRequest request, Authentication caller) {
        Arbitration arbitration = rulings.appeal(parties.resolve(complaintNo, token, caller), request.reason());
        return new AppealReceipt(complaintNo, arbitration.getAppealedBy(), arbitration.getAppealedAt());
    }
}
