package org.complaintdesk.resolution;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

/**
 * A remedy step other than a refund: the return (shipped, inspected), the replacement shipped, the coupon
 * issued, the apology sent. {@code actionKey} makes a retried step the same step.
 */
@Entity
@Table(name = "remedy_action")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class RemedyAction {

    public static final String RETURN = "RETURN";
    public static final String RESHIPMENT = "RESHIPMENT";
    public static final String COUPON = "COUPON";
    public static final String APOLOGY = "APOLOGY";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String actionKey;

    private Long complaintId;

    private String kind;

    private String state;

    private String adapter;

    private String reference;

    private String detail;

    private String actor;

    private Instant createdAt;

    private Instant completedAt;

    RemedyAction(String actionKey, Long complaintId, String kind, String state, String adapter, Instant now) {
        this.actionKey = actionKey;
        this.complaintId = complaintId;
        this.kind = kind;
        this.state = state;
        this.adapter = adapter;
        this.createdAt = now;
    }

    void update(String state, String reference, String detail, String actor, Instant now, boolean completed) {
        this.state = state;
        if (reference != null) {
            this.reference = reference;
        }
        if (detail != null) {
            this.detail = detail;
        }
        if (actor != null) {
            this.actor = actor;
        }
        if (completed) {
            this.completedAt = now;
        }
    }
}
