package org.complaintdesk.resolution;

import java.time.Duration;
import org.complaintdesk.process.RemedyExecution.Adapter;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How remedies are carried out. Each service has two adapters: {@code manual} (a person does it, recorded
 * in a Tasklist task; the default, so the desk works without any other system) or {@code http} (a REST
 * call to the platform's service). Each adapter is a process of its own; remedy-execution's call activities
 * start the one chosen here. The refund deadline and the return window are not configuration but the decision
 * table {@code processes/remedy-limits.dmn}, which a process owner changes in Modeler.
 *
 * @param financeSupervisors  address alerted when a refund deadline passes
 */
@ConfigurationProperties("complaint-desk.remedies")
public record RemedyProperties(String financeSupervisors,
                               @DefaultValue Service payments,
                               @DefaultValue Service fulfilment,
                               @DefaultValue Service coupons) {

    public static final String MANUAL = "manual";
    public static final String HTTP = "http";

    /** The process that pays a refund: {@code refund-by-hand} or {@code refund-by-payment-service}. */
    String refundProcess() {
        return MANUAL.equals(payments.adapter()) ? Adapter.REFUND_BY_HAND : Adapter.REFUND_BY_PAYMENT_SERVICE;
    }

    /** The process that ships a replacement: {@code reshipment-by-hand} or {@code reshipment-by-fulfilment-service}. */
    String reshipmentProcess() {
        return MANUAL.equals(fulfilment.adapter()) ? Adapter.RESHIPMENT_BY_HAND : Adapter.RESHIPMENT_BY_FULFILMENT_SERVICE;
    }

    /** The process that issues a coupon: {@code coupon-by-hand} or {@code coupon-by-coupon-service}. */
    String couponProcess() {
        return MANUAL.equals(coupons.adapter()) ? Adapter.COUPON_BY_HAND : Adapter.COUPON_BY_COUPON_SERVICE;
    }

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
