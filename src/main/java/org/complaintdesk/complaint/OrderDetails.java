package org.complaintdesk.complaint;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.time.Instant;
import lombok.AccessLevel;
import lombok.AllArgsConstructor;
import lombok.Getter;
import lombok.NoArgsConstructor;

/** The order a complaint is about. Free-text channels (email, chat, social) may not know it. */
@Embeddable
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
@AllArgsConstructor
public class OrderDetails {

    @Column(name = "order_no")
    private String orderNo;

    private String merchantId;

    private String merchantName;

    private String productName;

    private BigDecimal amountPaid;

    private String currency;

    private String courier;

    private String trackingNo;

    private Instant paidAt;
}
