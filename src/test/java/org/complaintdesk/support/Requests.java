package org.complaintdesk.support;

import java.util.UUID;

/** Valid intake bodies to start from; tests change what they are about. */
public final class Requests {

    public static String complaint(String externalId) {
        return complaint(externalId, "PRODUCT_QUALITY", "The kettle I bought stopped heating after two days.");
    }

    public static String complaint(String externalId, String category, String description) {
        return """
                {
                  "channel": "APP_FORM",
                  "externalId": "%s",
                  "customer": {"id": "C-1001", "name": "Li Wei", "email": "li.wei@example.com",
                               "phone": "+86 138 0013 8000", "locale": "en", "vip": false},
                  "order": {"orderNo": "O-%s", "merchantId": "M-77", "merchantName": "Kitchen Star",
                            "productName": "Electric kettle 1.7 l", "amountPaid": 199.00, "currency": "CNY",
                            "courier": "SF Express", "trackingNo": "SF1234567890", "paidAt": "2026-11-01T10:00:00+08:00"},
                  %s
                  "description": "%s",
                  "demands": ["REFUND", "APOLOGY"],
                  "occurredAt": "2026-11-03T18:30:00+08:00"
                }
                """.formatted(externalId, externalId.hashCode() & 0x7fffffff,
                category == null ? "" : "\"category\": \"" + category + "\",", description);
    }

    public static String uniqueId() {
        return "msg-" + UUID.randomUUID();
    }

    private Requests() {
    }
}
