package org.complaintdesk.resolution;

import java.math.BigDecimal;
import java.net.http.HttpClient;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * The {@code http} adapters: REST calls to the platform's payment, fulfilment and coupon services. Every
 * call carries an {@code Idempotency-Key} that stays the same when a job is retried, so a call whose answer
 * was lost (timeout after the service acted) never pays, ships or issues twice. Any failure is an exception:
 * the engine retries the job and, in the end, raises an incident an operator sees in Cockpit.
 */
@Component
class RemedyServices {

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    private final RemedyProperties properties;
    private final Map<RemedyProperties.Service, RestClient> clients = new java.util.concurrent.ConcurrentHashMap<>();

    RemedyServices(RemedyProperties properties) {
        this.properties = properties;
    }

    record RefundReceipt(String status, String reference) {
        boolean isSettled() {
            return "SETTLED".equalsIgnoreCase(status);
        }
    }

    RefundReceipt refund(String refundId, String complaintNo, String orderNo, BigDecimal amount, String currency) {
        Map<?, ?> answer = post(properties.payments(), "/refunds", refundId, Map.of("refundId", refundId,
                "complaintNo", complaintNo, "orderNo", orderNo == null ? "" : orderNo, "amount", amount,
                "currency", currency));
        return new RefundReceipt(String.valueOf(answer.get("status")), (String) answer.get("reference"));
    }

    /** @return the tracking number of the replacement */
    String reship(String key, String complaintNo, String orderNo, String productName) {
        Map<?, ?> answer = post(properties.fulfilment(), "/reshipments", key, Map.of("complaintNo", complaintNo,
                "orderNo", orderNo == null ? "" : orderNo, "productName", productName == null ? "" : productName));
        return required(answer, "trackingNo");
    }

    /** @return the coupon code */
    String issueCoupon(String key, String complaintNo, String customerId, BigDecimal amount, String currency) {
        Map<?, ?> answer = post(properties.coupons(), "/coupons", key, Map.of("complaintNo", complaintNo,
                "customerId", customerId, "amount", amount, "currency", currency));
        return required(answer, "code");
    }

    private Map<?, ?> post(RemedyProperties.Service service, String path, String key, Map<String, Object> body) {
        try {
            Map<?, ?> answer = clients.computeIfAbsent(service, RemedyServices::client).post().uri(path)
                    .header(IDEMPOTENCY_KEY, key)
                    .contentType(MediaType.APPLICATION_JSON)
                    .body(body)
                    .retrieve()
                    .body(Map.class);
            if (answer == null) {
                throw new RemedyServiceException(service.url() + path + " answered without a body");
            }
            return answer;
        } catch (RestClientException e) {
            throw new RemedyServiceException(service.url() + path + " failed for " + key + ": " + e.getMessage(), e);
        }
    }

    private static RestClient client(RemedyProperties.Service service) {
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(
                HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(service.connectTimeout()).build());
        requests.setReadTimeout(service.readTimeout());
        RestClient.Builder builder = RestClient.builder().baseUrl(service.url()).requestFactory(requests);
        if (service.username() != null && !service.username().isBlank()) {
            builder.defaultHeaders(h -> h.setBasicAuth(service.username(), service.password() == null ? "" : service.password()));
        }
        return builder.defaultHeader(HttpHeaders.ACCEPT, MediaType.APPLICATION_JSON_VALUE).build();
    }

    private static String required(Map<?, ?> answer, String field) {
        Object value = answer.get(field);
        if (value == null || value.toString().isBlank()) {
            throw new RemedyServiceException("the service's answer lacks " + field + ": " + answer);
        }
        return value.toString();
    }

    /** A remedy service could not be reached or refused the call: retried by the engine, then an incident. */
    static class RemedyServiceException extends RuntimeException {
        RemedyServiceException(String message) {
            super(message);
        }

        RemedyServiceException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
