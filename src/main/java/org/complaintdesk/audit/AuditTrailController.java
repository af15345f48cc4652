package org.complaintdesk.audit;

import java.io.IOException;
import java.io.StringWriter;
import java.util.Comparator;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/complaints/{no}/audit-trail}: auditors and supervisors (the security configuration lets no one
 * else here, whether the case exists or not). JSON, or CSV when the caller asks for {@code text/csv}.
 */
@RestController
class AuditTrailController {

    private final AuditTrails trails;
    private final AuditCsv csv;

    AuditTrailController(AuditTrails trails, AuditCsv csv) {
        this.trails = trails;
        this.csv = csv;
    }

    @GetMapping(value = "/api/complaints/{complaintNo}/audit-trail",
            produces = {MediaType.APPLICATION_JSON_VALUE, "text/csv"})
    ResponseEntity<?> trail(@PathVariable String complaintNo,
                            @RequestHeader(name = "Accept", required = false) String accept) throws IOException {
        AuditTrail trail = trails.of(complaintNo);
        if (!wantsCsv(accept)) {
            return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(trail);
        }
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = csv.start(out)) {
            csv.print(printer, trail);
        }
        return ResponseEntity.ok().contentType(AuditCsv.TEXT_CSV).body(out.toString());
    }

    /** CSV only when asked for by name and preferred to JSON; JSON is the default ({@code *}{@code /*}, no header). */
    private static boolean wantsCsv(String accept) {
        if (accept == null) {
            return false;
        }
        return MediaType.parseMediaTypes(accept).stream()
                .sorted(Comparator.comparingDouble(MediaType::getQualityValue).reversed()).filter(t -> t.isCompatibleWith(AuditCsv.TEXT_CSV) || t.isCompatibleWith(MediaType.APPLICATION_JSON))
                .findFirst().map(t -> "csv".equals(t.getSubtype())).orElse(false);
    }
}
