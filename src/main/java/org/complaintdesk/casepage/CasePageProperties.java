package org.complaintdesk.casepage;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The customer's case page.
 *
 * @param publicUrl        where customers reach the desk; links in messages start with it
 * @param linkValidFor     how long the one-time code of a link in a message may be used
 * @param sessionValidFor  how long the page stays open after a link was used (the cookie's life)
 * @param freshLinkEvery   a customer may ask for a fresh link this often per complaint
 */
@ConfigurationProperties("complaint-desk.case-page")
record CasePageProperties(@DefaultValue("http://localhost:8080") URI publicUrl,
                          @DefaultValue("P14D") Duration linkValidFor,
                          @DefaultValue("PT2H") Duration sessionValidFor,
                          @DefaultValue("PT15M") Duration freshLinkEvery) {

    CasePageProperties {
        if (!"http".equals(publicUrl.getScheme()) && !"https".equals(publicUrl.getScheme())) {
            throw new IllegalArgumentException("complaint-desk.case-page.public-url must be an http(s) URL");
        }
        if (linkValidFor.isNegative() || linkValidFor.isZero() || sessionValidFor.isNegative() || sessionValidFor.isZero()
                || freshLinkEvery.isNegative()) {
            throw new IllegalArgumentException("complaint-desk.case-page durations must be positive");
        }
    }

    /** The public URL without a trailing slash. */
    String base() {
        String url = publicUrl.toString();
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
