package org.complaintdesk.system;

import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.csrf.CsrfToken;

/**
 * The merchants' pages ({@code /merchant/**}): a login form of their own, checked against the desk's Camunda users
 * like HTTP Basic ({@link CamundaIdentityAuthentication}) and throttled per source like every login
 * ({@link LoginThrottle}); a session cookie (HttpOnly), the session's CSRF token in every form, no scripts.
 */
public final class MerchantLogin {

    public static final String PATH = "/merchant";
    public static final String LOGIN = PATH + "/login";
    public static final String LOGOUT = PATH + "/logout";

    /** The login page; {@code failed}: the last attempt was refused (answered with 401, which the throttle counts). */
    public static ResponseEntity<String> page(CsrfToken csrf, boolean failed, boolean loggedOut) {
        String body = (failed ? "<p class=\"refused\" role=\"alert\">Wrong user name or password.</p>\n" : "")
                + (loggedOut ? "<p>You are logged out.</p>\n" : "")
                + "<form class=\"upload\" method=\"post\" action=\"" + LOGIN + "\">\n"
                + DeskPages.csrfField(csrf) + "\n"
                + "<label for=\"username\">User name</label>\n"
                + "<input id=\"username\" name=\"username\" autocomplete=\"username\" required>\n"
                + "<label for=\"password\">Password</label>\n"
                + "<input id=\"password\" name=\"password\" type=\"password\" autocomplete=\"current-password\" required>\n"
                + "<p><button type=\"submit\">Log in</button></p>\n</form>";
        return page(failed ? HttpStatus.UNAUTHORIZED : HttpStatus.OK, "Merchant login", body, null);
    }

    /**
     * A whole merchant page; {@code body} is HTML the caller built from escaped values.
     *
     * @param logout the CSRF token for the logout button, or null on the login page
     */
    public static ResponseEntity<String> page(HttpStatus status, String title, String body, CsrfToken logout) {
        String header = logout == null ? "Complaint Desk · Merchants"
                : "<a href=\"" + PATH + "\">Your complaints</a> · Complaint Desk · Merchants "
                + "<form class=\"logout\" method=\"post\" action=\"" + LOGOUT + "\">" + DeskPages.csrfField(logout)
                + "<button type=\"submit\">Log out</button></form>";
        String html = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<title>" + DeskPages.text(title) + " · Complaint Desk</title>\n"
                + "<link rel=\"stylesheet\" href=\"" + DeskPages.STYLESHEET + "\">\n</head>\n<body>\n"
                + "<header>" + header + "</header>\n"
                + "<main>\n<h1>" + DeskPages.text(title) + "</h1>\n" + body + "\n</main>\n</body>\n</html>\n";
        return ResponseEntity.status(status).contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .header("Cache-Control", "no-store").body(html);
    }

    private MerchantLogin() {
    }
}
