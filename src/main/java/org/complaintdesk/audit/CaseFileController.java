package org.complaintdesk.audit;

import org.complaintdesk.complaint.CustomerTokens;
import org.complaintdesk.system.CaseAccess;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/complaints/{no}}: staff who may read the case (HTTP Basic), or the customer with the complaint's token. */
@RestController
class CaseFileController {

    private final CaseFiles caseFiles;

    CaseFileController(CaseFiles caseFiles) {
        this.caseFiles = caseFiles;
    }

    @GetMapping("/api/complaints/{complaintNo}")
    CaseFile show(@PathVariable String complaintNo,
                  @RequestHeader(name = CustomerTokens.HEADER, required = false) String token,
                  Authentication caller) {
        if (caller != null && !(caller instanceof AnonymousAuthenticationToken)) {
            // a desk user reads the cases they may (CaseAccess); to anyone else the complaint does not exist
            return caseFiles.forStaff(complaintNo, CaseAccess.Reader.of(caller));
        }
        if (token != null) {
            return caseFiles.forCustomer(complaintNo, token);
        }
        throw new AuthenticationCredentialsNotFoundException("HTTP Basic credentials or " + CustomerTokens.HEADER);
    }
}
