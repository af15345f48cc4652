package org.complaintdesk.audit;

import org.complaintdesk.complaint.ComplaintNotFoundException;
import org.complaintdesk.complaint.CustomerTokens;
import org.complaintdesk.system.DeskGroups;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/complaints/{no}}: staff with HTTP Basic, or the customer with the complaint's token. */
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
        if (isStaff(caller)) {
            return caseFiles.forStaff(complaintNo);
        }
        if (token != null) {
            return caseFiles.forCustomer(complaintNo, token);
        }
        if (caller != null && !(caller instanceof AnonymousAuthenticationToken)) {
            throw new ComplaintNotFoundException(complaintNo); // a user outside the desk sees nothing
        }
        throw new AuthenticationCredentialsNotFoundException("HTTP Basic credentials or " + CustomerTokens.HEADER);
    }

    private static boolean isStaff(Authentication caller) {
        return caller != null && caller.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .anyMatch(DeskGroups.STAFF::contains);
    }
}
