package org.complaintdesk.analytics.dashboard;

import java.nio.charset.StandardCharsets;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * {@code GET /dashboard}: the figures of the analytics API for supervisors and auditors, drawn in the browser. The
 * page is static (its script, styles and Chart.js are files of the desk next to it); the script reads
 * {@code /api/analytics/**} in the reader's login to Camunda's webapps and writes every value as text, in
 * Simplified Chinese or English after the browser's language. Who may open it decides the security configuration.
 */
@Controller
class DashboardPage {

    static final String PATH = "/dashboard";
    private static final Resource PAGE = new ClassPathResource("static/dashboard/index.html");

    @GetMapping({PATH, PATH + "/"})
    ResponseEntity<Resource> show() {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore())
                .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8)).body(PAGE);
    }
}
