package org.complaintdesk.complaint;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

/** One step in a complaint's story, as auditors read it: when, who, what. Never changed once written. */
@Entity
@Table(name = "case_event")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class CaseEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long complaintId;

    private Instant occurredAt;

    private String actor;

    private String type;

    private String detail;

    CaseEvent(Long complaintId, Instant occurredAt, String actor, String type, String detail) {
        this.complaintId = complaintId;
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.type = type;
        this.detail = detail;
    }
}
