package org.complaintdesk.notification;

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

/** A message to a customer or merchant, waiting for or past delivery. */
@Entity
@Table(name = "outbox_message")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class OutboxMessage {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String complaintNo;

    @Enumerated(EnumType.STRING)
    private RecipientKind recipientKind;

    private String recipientAddress;

    private String locale;

    private String template;

    private String subject;

    private String body;

    @Enumerated(EnumType.STRING)
    private DeliveryStatus status;

    private int attempts;

    private Instant nextAttemptAt;

    private Instant claimedUntil;

    private String lastError;

    private Instant createdAt;

    private Instant sentAt;

    OutboxMessage(String complaintNo, RecipientKind recipientKind, String recipientAddress, String locale,
                  String template, String subject, String body, Instant now) {
        this.complaintNo = complaintNo;
        this.recipientKind = recipientKind;
        this.recipientAddress = recipientAddress;
        this.locale = locale;
        this.template = template;
        this.subject = subject;
        this.body = body;
        this.status = recipientAddress == null ? DeliveryStatus.NO_ADDRESS : DeliveryStatus.PENDING;
        this.nextAttemptAt = now;
        this.createdAt = now;
    }
}
