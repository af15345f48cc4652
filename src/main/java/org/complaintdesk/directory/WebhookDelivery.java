package org.complaintdesk.directory;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

/** One webhook post of a merchant event, waiting for or past delivery. */
@Entity
@Table(name = "webhook_delivery")
@Getter(AccessLevel.PACKAGE)
@NoArgsConstructor(access = AccessLevel.PROTECTED)
class WebhookDelivery {

    enum Status {
        PENDING, DELIVERED,
        /** Gave up after the last attempt. */
        FAILED,
        /** The merchant was made inactive or lost its webhook before the event was sent. */
        CANCELLED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long eventId;

    private String merchantId;

    @Enumerated(EnumType.STRING)
    private Status status;

    private int attempts;

    private Instant nextAttemptAt;

    private Instant claimedUntil;

    private String lastError;

    private Instant createdAt;

    private Instant deliveredAt;

    WebhookDelivery(long eventId, String merchantId, Instant now) {
        this.eventId = eventId;
        this.merchantId = merchantId;
        this.status = Status.PENDING;
        this.nextAttemptAt = now;
        this.createdAt = now;
    }
}
