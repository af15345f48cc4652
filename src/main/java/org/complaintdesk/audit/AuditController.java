package org.complaintdesk.audit;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/audit/verify}: auditors, supervisors and administrators check the audit log's hash chain. */
@RestController
class AuditController {

    private final AuditChain chain;

    AuditController(AuditChain chain) {
        this.chain = chain;
    }

    @GetMapping("/api/audit/verify")
    AuditVerification verify() {
        return chain.verify();
    }
}
