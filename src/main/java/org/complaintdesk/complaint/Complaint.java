package org.complaintdesk.complaint;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

/** One complaint, recorded once whichever channel it came through. */
@Entity
@Table(name = "complaint")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class Complaint {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String complaintNo;

    @Enumerated(EnumType.STRING)
    private Channel channel;

    private String externalId;

    /** SHA-256 of the accepted request, so a re-sent message id with other content is recognised. */
    private String requestFingerprint;

    @Embedded
    private Customer customer;

    @Embedded
    private OrderDetails order;

    @Enumerated(EnumType.STRING)
    private Category categoryHint;

    private String description;

    @Convert(converter = DemandsConverter.class)
    @Column(name = "demands")
    private Set<Demand> demands = EnumSet.noneOf(Demand.class);

    private Instant occurredAt;

    private Instant receivedAt;

    @Enumerated(EnumType.STRING)
    private ComplaintStatus status;

    @Enumerated(EnumType.STRING)
    private Stage stage;

    private String desk;

    private Instant firstResponseDueAt;

    private Instant resolutionDueAt;

    private String processInstanceId;

    @Version
    private long version;

    @SuppressWarnings("java:S107") // a complaint record has this many facts; a builder would only hide it
    public Complaint(String complaintNo, Channel channel, String externalId, String requestFingerprint,
                     Customer customer, OrderDetails order, Category categoryHint, String description,
                     Set<Demand> demands, Instant occurredAt, Instant receivedAt) {
        this.complaintNo = complaintNo;
        this.channel = channel;
        this.externalId = externalId;
        this.requestFingerprint = requestFingerprint;
        this.customer = customer;
        this.order = order;
        this.categoryHint = categoryHint;
        this.description = description;
        this.demands = demands.isEmpty() ? EnumSet.noneOf(Demand.class) : EnumSet.copyOf(demands);
        this.occurredAt = occurredAt;
        this.receivedAt = receivedAt;
        this.status = ComplaintStatus.RECEIVED;
        this.stage = Stage.RECEIVE;
    }

    public void processStarted(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    public void deadlines(Instant firstResponseDueAt, Instant resolutionDueAt) {
        this.firstResponseDueAt = firstResponseDueAt;
        this.resolutionDueAt = resolutionDueAt;
    }

    /** The process has taken the complaint over: it now waits for a desk. */
    public void registered(String desk) {
        this.status = ComplaintStatus.OPEN;
        this.stage = Stage.ASSIGN;
        this.desk = desk;
    }

    public void closed() {
        this.status = ComplaintStatus.CLOSED;
        this.stage = Stage.ARCHIVE;
    }

    public boolean hasOrder() {
        return order != null && order.getOrderNo() != null;
    }
}
