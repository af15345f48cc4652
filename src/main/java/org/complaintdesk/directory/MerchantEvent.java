package org.complaintdesk.directory;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

/** Something that happened to one of a merchant's complaints; its id orders the merchant's feed. */
@Entity
@Table(name = "merchant_event")
@Getter(AccessLevel.PACKAGE)
@NoArgsConstructor(access = AccessLevel.PROTECTED)
class MerchantEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String merchantId;

    private String complaintNo;

    private String orderNo;

    private String eventType;

    private Instant occurredAt;

    MerchantEvent(String merchantId, String complaintNo, String orderNo, String eventType, Instant occurredAt) {
        this.merchantId = merchantId;
        this.complaintNo = complaintNo;
        this.orderNo = orderNo;
        this.eventType = eventType;
        this.occurredAt = occurredAt;
    }
}
