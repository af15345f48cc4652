package org.complaintdesk.system;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.util.HtmlUtils;

/**
 * The desk's own pages under {@code /desk}, opened from Tasklist forms in the agent's webapp session. They are
 * rendered on the server as plain HTML: every value is escaped (what customers and merchants wrote shows as the
 * text it is), no script runs (the Content-Security-Policy allows none), and forms carry the session's CSRF token.
 */
public final class DeskPages {

    public static final String PATH = "/desk";
    /** The engine whose webapp login the pages take. */
    static final String ENGINE = "default";
    static final String STYLESHEET = PATH + "/desk.css";
    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'self'; img-src 'self'; "
            + "form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final String EMPTY = "—";

    /** A value as HTML text: escaped, and "—" when there is none. */
    public static String text(Object value) {
        if (value == null || value.toString().isBlank()) {
            return EMPTY;
        }
        return HtmlUtils.htmlEscape(value.toString(), "UTF-8");
    }

    /** A time in the desk's time zone, as HTML text. */
    public static String time(Instant instant, ZoneId zone) {
        return instant == null ? EMPTY : text(TIME.format(instant.atZone(zone)));
    }

    /** The hidden field that proves a form post comes from a page of the desk. */
    public static String csrfField(CsrfToken token) {
        return "<input type=\"hidden\" name=\"" + text(token.getParameterName()) + "\" value=\""
                + text(token.getToken()) + "\">";
    }

    /** A whole page; {@code body} is HTML the caller built from escaped values. */
    public static ResponseEntity<String> page(HttpStatus status, String title, String body) {
        return page(status, title, body, List.of(), List.of());
    }

    /**
     * A whole page that also loads the desk's own {@code stylesheets} and {@code scripts} (paths on the desk; the
     * scripted pages' policy allows no others, see {@link StaffPageSecurity}).
     */
    public static ResponseEntity<String> page(HttpStatus status, String title, String body, List<String> stylesheets,
                                              List<String> scripts) {
        StringBuilder head = new StringBuilder();
        stylesheets.forEach(href -> head.append("<link rel=\"stylesheet\" href=\"").append(text(href)).append("\">\n"));
        scripts.forEach(src -> head.append("<script defer src=\"").append(text(src)).append("\"></script>\n"));
        String html = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<title>" + text(title) + " · Complaint Desk</title>\n"
                + "<link rel=\"stylesheet\" href=\"" + STYLESHEET + "\">\n" + head + "</head>\n<body>\n"
                + "<header><a href=\"/camunda/app/tasklist/default/\">Tasklist</a> · Complaint Desk</header>\n"
                + "<main>\n<h1>" + text(title) + "</h1>\n" + body + "\n</main>\n</body>\n</html>\n";
        return ResponseEntity.status(status).contentType(new MediaType(MediaType.TEXT_HTML,
                java.nio.charset.StandardCharsets.UTF_8)).body(html);
    }

    private DeskPages() {
    }
}
