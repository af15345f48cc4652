package org.complaintdesk.withdrawal;

import org.complaintdesk.complaint.ComplaintStatus;
import org.complaintdesk.complaint.CustomerTokens;
import org.complaintdesk.system.InvalidRequestException;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/complaints/{no}/withdraw}: the customer withdraws (with their token). */
@RestController
class WithdrawalController {

    private final Withdrawals withdrawals;

    WithdrawalController(Withdrawals withdrawals) {
        this.withdrawals = withdrawals;
    }

    record WithdrawalRequest(String reason) {
    }

    record Withdrawn(String complaintNo, ComplaintStatus status) {
    }

    @PostMapping(path = "/api/complaints/{complaintNo}/withdraw", consumes = MediaType.APPLICATION_JSON_VALUE)
    Withdrawn withdraw(@PathVariable String complaintNo,
                       @RequestHeader(name = CustomerTokens.HEADER, required = false) String token,
                       @RequestBody(required = false) WithdrawalRequest request) {
        String reason = request == null || request.reason() == null || request.reason().isBlank() ? null
                : request.reason().strip();
        if (reason != null && reason.length() > 2000) {
            throw new InvalidRequestException("reason", "must be at most 2000 characters");
        }
        return new Withdrawn(complaintNo, withdrawals.withdraw(complaintNo, token, reason).getStatus());
    }
}
