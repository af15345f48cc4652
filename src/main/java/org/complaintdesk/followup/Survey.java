package org.complaintdesk.followup;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import org.complaintdesk.system.ConflictException;

/** The question after the remedy: is the problem solved, and how satisfied is the customer (1–5)? */
@Entity
@Table(name = "survey")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class Survey {

    public static final String OPEN = "OPEN";
    public static final String ANSWERED = "ANSWERED";
    public static final String EXPIRED = "EXPIRED";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long complaintId;

    private int round;

    private String status;

    private Instant sentAt;

    private Instant dueAt;

    private Instant answeredAt;

    private Boolean solved;

    private Integer score;

    private String comment;

    @Version
    private long version;

    Survey(Long complaintId, int round, Instant sentAt, Instant dueAt) {
        this.complaintId = complaintId;
        this.round = round;
        this.status = OPEN;
        this.sentAt = sentAt;
        this.dueAt = dueAt;
    }

    void answer(boolean solved, int score, String comment, Instant now) {
        if (!OPEN.equals(status)) {
            throw new ConflictException("survey-not-open", "The survey was " + status.toLowerCase()
                    + (answeredAt == null ? "" : " at " + answeredAt) + "; nothing was recorded.");
        }
        this.status = ANSWERED;
        this.solved = solved;
        this.score = score;
        this.comment = comment;
        this.answeredAt = now;
    }

    void expire() {
        if (OPEN.equals(status)) {
            status = EXPIRED;
        }
    }
}
