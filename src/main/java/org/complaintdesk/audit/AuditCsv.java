package org.complaintdesk.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

/**
 * The trail as CSV (RFC 4180), one row per entry and the details as a JSON object in the last column, so that one
 * file holds the trails of many cases (the export) and a spreadsheet or a script reads it the same way.
 */
@Component
class AuditCsv {

    static final MediaType TEXT_CSV = new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8);
    static final String[] HEADER = {"complaintNo", "processInstanceId", "at", "kind", "actor", "processDefinition",
            "activityId", "activityName", "summary", "details"};
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setHeader(HEADER).get();

    private final ObjectMapper json;

    AuditCsv(ObjectMapper json) {
        this.json = json;
    }

    /** A printer that has written the header row. */
    CSVPrinter start(Appendable out) throws IOException {
        return FORMAT.print(out);
    }

    void print(CSVPrinter printer, AuditTrail trail) throws IOException {
        for (AuditEntry e : trail.entries()) {
            printer.printRecord(trail.complaintNo(), trail.processInstanceId(), e.at(), e.kind(), e.actor(),
                    e.processDefinition(), e.activityId(), e.activityName(), e.summary(), details(e));
        }
    }

    private String details(AuditEntry entry) throws JsonProcessingException {
        return json.writeValueAsString(entry.details());
    }
}
