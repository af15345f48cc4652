package org.complaintdesk.audit;

import java.time.ZoneId;
import java.util.List;
import org.complaintdesk.complaint.ComplaintNotFoundException;
import org.complaintdesk.complaint.ComplaintRepository;
import org.complaintdesk.system.DeskPage;
import org.complaintdesk.system.DeskPages;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The auditor's pages, in the webapp login (auditors and supervisors): {@code /audit} searches complaints by number,
 * merchant or period, and {@code /audit/{no}} shows a case's diagram with the path it took beside its trail. The
 * page is a frame the script {@code audit-page.js} fills from {@link AuditPageData}; every value it shows is set
 * as text, never as HTML.
 */
@Controller
@DeskPage
class AuditPages {

    static final String ASSETS = "/audit/assets";
    private static final List<String> STYLESHEETS = List.of("/vendor/bpmn-js/diagram-js.css",
            "/vendor/bpmn-js/bpmn-js.css", ASSETS + "/audit-page.css");
    private static final List<String> SCRIPTS = List.of("/vendor/bpmn-js/bpmn-navigated-viewer.production.min.js",
            ASSETS + "/audit-page.js");

    private final AuditSearch search;
    private final ComplaintRepository complaints;
    private final ZoneId zone;

    AuditPages(AuditSearch search, ComplaintRepository complaints, @Value("${complaint-desk.time-zone}") ZoneId zone) {
        this.search = search;
        this.complaints = complaints;
        this.zone = zone;
    }

    @GetMapping("/audit")
    ResponseEntity<String> search(@RequestParam(required = false) String complaintNo,
                                  @RequestParam(required = false) String merchant,
                                  @RequestParam(required = false) String from,
                                  @RequestParam(required = false) String to) {
        AuditSearch.Criteria criteria = AuditSearch.Criteria.of(complaintNo, merchant, from, to);
        StringBuilder html = new StringBuilder("<p>Dates and times are the desk's (")
                .append(DeskPages.text(zone.getId())).append(").</p>\n");
        html.append("<form class=\"upload\" id=\"search\" method=\"get\" action=\"/audit\">\n");
        field(html, "complaintNo", "Complaint number", "text", criteria.complaintNo(), "20");
        field(html, "merchant", "Merchant (id or part of the name)", "text", criteria.merchant(), "200");
        field(html, "from", "Open on or after", "date", criteria.from(), null);
        field(html, "to", "Open on or before", "date", criteria.to(), null);
        html.append("<div><button type=\"submit\">Search</button></div>\n</form>\n");
        if (!criteria.isEmpty()) {
            results(html, search.find(criteria, zone));
        }
        return DeskPages.page(HttpStatus.OK, "Audit: find a complaint", html.toString(), STYLESHEETS, List.of());
    }

    private static void field(StringBuilder html, String name, String label, String type, Object value, String max) {
        html.append("<label for=\"").append(name).append("\">").append(DeskPages.text(label)).append("</label>\n")
                .append("<input type=\"").append(type).append("\" id=\"").append(name).append("\" name=\"").append(name)
                .append('"');
        if (max != null) {
            html.append(" maxlength=\"").append(max).append('"');
        }
        if (value != null) {
            html.append(" value=\"").append(DeskPages.text(value)).append('"');
        }
        html.append(">\n");
    }

    private void results(StringBuilder html, List<AuditSearch.Found> found) {
        html.append("<h2>Complaints</h2>\n");
        if (found.isEmpty()) {
            html.append("<p id=\"results\">No complaint matches.</p>\n");
            return;
        }
        html.append("<table id=\"results\">\n<tr><th>Complaint</th><th>Merchant</th><th>Product</th><th>Status</th>"
                + "<th>Received</th><th>Ended</th></tr>\n");
        found.stream().limit(AuditSearch.MAX_RESULTS).forEach(f -> html.append("<tr><td><a href=\"/audit/")
                .append(DeskPages.text(f.complaintNo())).append("\">").append(DeskPages.text(f.complaintNo()))
                .append("</a></td><td>").append(DeskPages.text(f.merchantName())).append(" (")
                .append(DeskPages.text(f.merchantId())).append(")</td><td>").append(DeskPages.text(f.productName()))
                .append("</td><td>").append(DeskPages.text(f.status())).append("</td><td>")
                .append(DeskPages.time(f.receivedAt(), zone)).append("</td><td>").append(DeskPages.time(f.endedAt(), zone))
                .append("</td></tr>\n"));
        html.append("</table>\n");
        if (found.size() > AuditSearch.MAX_RESULTS) {
            html.append("<p>The first ").append(AuditSearch.MAX_RESULTS).append(" are shown; narrow the search.</p>\n");
        }
    }

    @GetMapping("/audit/{complaintNo}")
    ResponseEntity<String> audit(@PathVariable String complaintNo) {
        String no = complaints.findByComplaintNo(complaintNo).orElseThrow(() -> new ComplaintNotFoundException(complaintNo))
                .getComplaintNo();
        String body = "<p><a href=\"/audit\">Find another complaint</a> · <a href=\"/audit/" + DeskPages.text(no)
                + "/trail\">Trail as JSON</a> · Times are UTC.</p>\n"
                + "<div id=\"audit\" data-complaint-no=\"" + DeskPages.text(no) + "\">\n"
                + "<section class=\"audit-diagrams\">\n<h2>Path taken</h2>\n"
                + "<nav id=\"instances\" aria-label=\"Process instances of the case\"></nav>\n"
                + "<p id=\"instance-facts\"></p>\n<div id=\"diagram\"></div>\n"
                + "<p class=\"legend\"><span class=\"legend-done\">done</span> <span class=\"legend-current\">waiting"
                + " here</span> <span class=\"legend-incident\">open incident</span></p>\n</section>\n"
                + "<section class=\"audit-trail\">\n<h2>Trail</h2>\n<p id=\"trail-status\">Loading…</p>\n"
                + "<table id=\"trail\"><thead><tr><th>When</th><th>What</th><th>Who</th><th>Where</th><th>Summary</th>"
                + "</tr></thead><tbody></tbody></table>\n</section>\n</div>";
        return DeskPages.page(HttpStatus.OK, "Audit of " + no, body, STYLESHEETS, SCRIPTS);
    }
}
