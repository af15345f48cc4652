package org.complaintdesk.casepage;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;
import org.complaintdesk.complaint.CustomerLocale;
import org.springframework.web.util.UriUtils;

/** Names the customer's case page, its cookie and its security chain share. */
final class CasePage {

    static final String PREFIX = "/c";
    static final String ASSETS = PREFIX + "/assets";
    static final String STYLESHEET = ASSETS + "/case.css";
    static final String COOKIE = "case_session";
    static final String CSRF_FIELD = "_csrf";
    /** No script at all; styles and images only from the desk; forms post only to the desk. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'self'; img-src 'self'; "
            + "form-action 'self'; frame-ancestors 'none'; base-uri 'none'";
    private static final Pattern COMPLAINT_NO = Pattern.compile("[A-Za-z0-9-]{1,40}");

    static String path(String complaintNo) {
        return PREFIX + "/" + UriUtils.encodePathSegment(complaintNo, StandardCharsets.UTF_8);
    }

    static boolean isComplaintNo(String value) {
        return value != null && COMPLAINT_NO.matcher(value).matches();
    }

    /** The first of the browser's languages the page speaks, else English. */
    static CustomerLocale localeOf(java.util.Enumeration<Locale> preferred) {
        while (preferred.hasMoreElements()) {
            Locale l = preferred.nextElement();
            if ("zh".equals(l.getLanguage())) {
                boolean traditional = "Hant".equals(l.getScript()) || "TW".equals(l.getCountry())
                        || "HK".equals(l.getCountry()) || "MO".equals(l.getCountry());
                return traditional ? CustomerLocale.ZH_TW : CustomerLocale.ZH_CN;
            }
            if ("en".equals(l.getLanguage())) {
                return CustomerLocale.EN;
            }
        }
        return CustomerLocale.EN;
    }

    private CasePage() {
    }
}
