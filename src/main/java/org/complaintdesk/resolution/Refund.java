package org.complaintdesk.resolution;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

/**
 * A line of the refund ledger. {@code refundId} is the idempotency key the payment system sees. A refund is
 * settled once, by the payment service or by hand, never both: the version check decides a race between the two.
 */
@Entity
@Table(name = "refund")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class Refund {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String refundId;

    private Long complaintId;

    private BigDecimal amount;

    private String currency;

    @Enumerated(EnumType.STRING)
    private RefundState state;

    private String adapter;

    /** Whose step set this refund in motion (who decided its amount, say), or the desk itself. */
    private String requestedBy;

    private String providerReference;

    private String failureReason;

    private Instant requestedAt;

    private Instant sentAt;

    private Instant settledAt;

    /** Who settled it: {@link #PAYMENT_SERVICE}, or the finance agent who paid it by hand. */
    private String settledBy;

    @Version
    private long version;

    Refund(String refundId, Long complaintId, BigDecimal amount, String currency, String adapter, String requestedBy,
           Instant now) {
        this.refundId = refundId;
        this.complaintId = complaintId;
        this.amount = amount;
        this.currency = currency;
        this.adapter = adapter;
        this.requestedBy = requestedBy;
        this.state = RefundState.REQUESTED;
        this.requestedAt = now;
    }

    void sent(String reference, Instant now) {
        if (state == RefundState.REQUESTED) {
            state = RefundState.SENT;
            providerReference = reference;
            sentAt = now;
        }
    }

    static final String PAYMENT_SERVICE = "payment-service";

    /**
     * Money moved. Also after a failure report: the payment service's later word wins, because it moved the money.
     *
     * @return whether this changed the state (a repeated report changes nothing)
     */
    boolean settled(String reference, String by, Instant now) {
        if (state == RefundState.SETTLED) {
            return false;
        }
        state = RefundState.SETTLED;
        settledBy = by;
        if (reference != null) {
            providerReference = reference;
        }
        if (sentAt == null) {
            sentAt = now;
        }
        settledAt = now;
        return true;
    }

    boolean isPaidByHand() {
        return state == RefundState.SETTLED && !PAYMENT_SERVICE.equals(settledBy);
    }

    boolean failed(String reason) {
        if (state == RefundState.FAILED || state == RefundState.SETTLED) {
            return false;
        }
        state = RefundState.FAILED;
        failureReason = reason;
        return true;
    }
}
