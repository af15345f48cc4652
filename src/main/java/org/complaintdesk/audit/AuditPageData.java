package org.complaintdesk.audit;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * What the auditor's page fetches, in the webapp login of the page (under {@code /audit}, the page's own security):
 * the diagrams with the path taken, and the same trail as {@code GET /api/complaints/{no}/audit-trail}.
 */
@RestController
class AuditPageData {

    private final CaseDiagrams diagrams;
    private final AuditTrails trails;

    AuditPageData(CaseDiagrams diagrams, AuditTrails trails) {
        this.diagrams = diagrams;
        this.trails = trails;
    }

    @GetMapping(value = "/audit/{complaintNo}/diagrams", produces = MediaType.APPLICATION_JSON_VALUE)
    CaseDiagrams.Diagrams diagrams(@PathVariable String complaintNo) {
        return diagrams.of(complaintNo);
    }

    @GetMapping(value = "/audit/{complaintNo}/trail", produces = MediaType.APPLICATION_JSON_VALUE)
    AuditTrail trail(@PathVariable String complaintNo) {
        return trails.of(complaintNo);
    }
}
