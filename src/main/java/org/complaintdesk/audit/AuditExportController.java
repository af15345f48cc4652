package org.complaintdesk.audit;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/audit/export?from=2026-11-01&to=2026-11-30}: the trails of the cases closed in those days (in the
 * desk's time zone), as one
 * CSV streamed while it is written (auditors and supervisors). The response is written here, on the request's own
 * thread, rather than handed to an asynchronous {@code StreamingResponseBody}: an export of a year takes minutes,
 * longer than the container's default asynchronous timeout, and would be cut off midway.
 */
@RestController
class AuditExportController {

    private final AuditExport export;
    private final ZoneId zone;

    AuditExportController(AuditExport export, @Value("${complaint-desk.time-zone}") ZoneId zone) {
        this.export = export;
        this.zone = zone;
    }

    @GetMapping("/api/audit/export")
    void export(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
                HttpServletResponse response) throws IOException {
        AuditExport.Period period = AuditExport.Period.of(from, to, zone);
        response.setContentType(AuditCsv.TEXT_CSV.toString());
        response.setHeader("Content-Disposition",
                "attachment; filename=\"audit-trails-" + period.from() + "-to-" + period.to() + ".csv\"");
        export.write(period, response.getWriter());
    }
}
