package org.complaintdesk.audit;

import java.time.ZoneId;
import java.util.List;
import java.util.stream.Collectors;
import org.complaintdesk.arbitration.InspectionPhotos;
import org.complaintdesk.system.CaseAccess;
import org.complaintdesk.system.DeskPage;
import org.complaintdesk.system.DeskPages;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * {@code GET /desk/cases/{no}}: the case file as a page, linked from every task form ("Open the case file") and
 * opened in the agent's Tasklist session. The same case file and the same rules as {@code GET /api/complaints/{no}}
 * for staff ({@link CaseAccess}: a case the reader may not read is not found); the facts, what the customer wrote,
 * the evidence with download links and the timeline, every value escaped. A warehouse member inspecting the case's
 * returned goods also finds a form to attach photos.
 */
@Controller
@DeskPage
class CaseFilePage {

    private final CaseFiles caseFiles;
    private final InspectionPhotos photos;
    private final ZoneId zone;

    CaseFilePage(CaseFiles caseFiles, InspectionPhotos photos, @Value("${complaint-desk.time-zone}") ZoneId zone) {
        this.caseFiles = caseFiles;
        this.photos = photos;
        this.zone = zone;
    }

    @GetMapping(DeskPages.PATH + "/cases/{complaintNo}")
    ResponseEntity<String> show(@PathVariable String complaintNo, Authentication caller, CsrfToken csrf) {
        CaseFile file = caseFiles.forStaff(complaintNo, CaseAccess.Reader.of(caller));
        StringBuilder html = new StringBuilder();
        facts(html, file);
        html.append("<h2>What the customer wrote</h2>\n<div class=\"words\" id=\"description\">")
                .append(DeskPages.text(file.description())).append("</div>\n");
        evidence(html, file);
        if (photos.canAttach(file.complaintNo(), caller)) {
            upload(html, file, csrf);
        }
        timeline(html, file);
        return DeskPages.page(HttpStatus.OK, "Complaint " + file.complaintNo(), html.toString());
    }

    private void facts(StringBuilder html, CaseFile file) {
        html.append("<p>Times are the desk's (").append(DeskPages.text(zone.getId())).append(").</p>\n");
        html.append("<h2>Facts</h2>\n<dl class=\"facts\" id=\"facts\">\n");
        fact(html, "Status", file.status() + " · " + file.stage());
        fact(html, "Category", file.category());
        fact(html, "Severity", file.severity());
        fact(html, "Priority", file.priority());
        fact(html, "Channel", file.channel());
        html.append("<dt>Received</dt><dd>").append(DeskPages.time(file.receivedAt(), zone)).append("</dd>\n");
        if (file.customer() != null) {
            fact(html, "Customer", file.customer().name() + (file.customer().vip() ? " (VIP)" : ""));
        }
        if (file.order() != null) {
            var o = file.order();
            fact(html, "Order", o.orderNo());
            fact(html, "Product", o.productName());
            fact(html, "Merchant", o.merchantName());
            fact(html, "Paid", o.amountPaid() == null ? null : o.amountPaid().toPlainString() + " " + o.currency());
        }
        fact(html, "Customer wants", file.demands() == null ? null
                : file.demands().stream().map(Enum::name).sorted().collect(Collectors.joining(", ")));
        if (file.handling() != null) {
            fact(html, "Desk", file.handling().desk());
            fact(html, "Case owner", file.handling().owner());
        }
        if (file.deadlines() != null) {
            html.append("<dt>Resolution due</dt><dd>").append(DeskPages.time(file.deadlines().resolutionDueAt(), zone))
                    .append("</dd>\n");
        }
        html.append("</dl>\n");
    }

    private static void fact(StringBuilder html, String label, Object value) {
        html.append("<dt>").append(DeskPages.text(label)).append("</dt><dd>").append(DeskPages.text(value))
                .append("</dd>\n");
    }

    private void evidence(StringBuilder html, CaseFile file) {
        html.append("<h2>Evidence</h2>\n");
        List<CaseFile.EvidenceView> items = file.evidence();
        if (items == null || items.isEmpty()) {
            html.append("<p id=\"evidence\">No evidence yet.</p>\n");
            return;
        }
        html.append("<table id=\"evidence\">\n<tr><th>From</th><th>File</th><th>Type</th><th>Size</th><th>Note</th>"
                + "<th>Uploaded</th></tr>\n");
        for (CaseFile.EvidenceView e : items) {
            html.append("<tr id=\"evidence-").append(e.id()).append("\"><td>").append(DeskPages.text(e.party()))
                    .append("</td><td><a href=\"").append(DeskPages.text(DeskPages.PATH + "/cases/" + file.complaintNo()
                            + "/evidence/" + e.id())).append("\">").append(DeskPages.text(e.fileName())).append("</a></td><td>")
                    .append(DeskPages.text(e.mediaType())).append("</td><td>").append(e.sizeBytes()).append(" bytes</td><td>")
                    .append(DeskPages.text(e.note())).append("</td><td>").append(DeskPages.time(e.uploadedAt(), zone))
                    .append("</td></tr>\n");
        }
        html.append("</table>\n");
    }

    private static void upload(StringBuilder html, CaseFile file, CsrfToken csrf) {
        html.append("<h2>Attach inspection photos</h2>\n<form class=\"upload\" id=\"inspection-photos\" method=\"post\" ")
                .append("enctype=\"multipart/form-data\" action=\"")
                .append(DeskPages.text(DeskPages.PATH + "/cases/" + file.complaintNo() + "/evidence")).append("\">\n")
                .append(DeskPages.csrfField(csrf)).append("\n")
                .append("<label for=\"photo\">Photo (JPEG, PNG, GIF, WebP or HEIC, at most 10 MiB)</label>\n")
                .append("<input type=\"file\" id=\"photo\" name=\"photo\" accept=\"image/*\" required>\n")
                .append("<label for=\"note\">Note (optional)</label>\n")
                .append("<input type=\"text\" id=\"note\" name=\"note\" maxlength=\"1000\" size=\"60\">\n")
                .append("<div><button type=\"submit\">Attach photo</button></div>\n</form>\n");
    }

    private void timeline(StringBuilder html, CaseFile file) {
        html.append("<h2>Timeline</h2>\n<table id=\"timeline\">\n<tr><th>When</th><th>Who</th><th>Step</th><th>Detail</th></tr>\n");
        for (CaseFile.TimelineEntry entry : file.timeline()) {
            html.append("<tr><td>").append(DeskPages.time(entry.at(), zone)).append("</td><td>")
                    .append(DeskPages.text(entry.actor())).append("</td><td>").append(DeskPages.text(entry.step()))
                    .append("</td><td>").append(DeskPages.text(entry.detail())).append("</td></tr>\n");
        }
        html.append("</table>\n");
    }
}
