package org.complaintdesk.resolution;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How remedies are carried out. Each service has two adapters: {@code manual} (a person does it, recorded
 * in a Tasklist task; the default, so the desk works without any other system) or {@code http} (a REST
 * call to the platform's service).
 *
 * @param refundWithin        refund deadline counted from the decision (agreement or final ruling)
 * @param returnShipWithin    how long the customer has to ship goods back
 * @param financeSupervisors  address alerted when a refund deadline passes
 */
@ConfigurationProperties("complaint-desk.remedies")
public record RemedyProperties(@DefaultValue("PT48H") Duration refundWithin,
                               @DefaultValue("P7D") Duration returnShipWithin,
                               String financeSupervisors,
                               @DefaultValue Service payments,
                               @DefaultValue Service fulfilment,
                               @DefaultValue Service coupons) {

    public static final String MANUAL = "manual";
    public static final String HTTP = "http";

    /**
     * @param adapter  {@code manual} or {@code http}
     * @param url      base URL of the service (http adapter)
     */
    public record Service(@DefaultValue(MANUAL) String adapter, String url, String username, String password,
                          @DefaultValue("PT2S") Duration connectTimeout, @DefaultValue("PT10S") Duration readTimeout) {

        public Service {
            if (!MANUAL.equals(adapter) && !HTTP.equals(adapter)) {
                throw new IllegalArgumentException("adapter must be manual or http, not " + adapter);
            }
            if (HTTP.equals(adapter) && (url == null || url.isBlank())) {
                throw new IllegalArgumentException("the http adapter needs a url");
            }
        }
    }
}
