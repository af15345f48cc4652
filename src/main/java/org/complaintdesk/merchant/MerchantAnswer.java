package org.complaintdesk.merchant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import org.complaintdesk.complaint.RemedyKind;

/** The merchant's side of one complaint: asked before the desk investigates, answered or left to lapse. */
@Entity
@Table(name = "merchant_answer")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class MerchantAnswer {

    /** Where the question stands. */
    public enum Status {
        /** The merchant may answer until {@code dueAt}. */
        OPEN,
        ANSWERED,
        /** The window passed in silence. */
        LAPSED
    }

    @Id
    private Long complaintId;

    private String merchantId;

    /** The remedy the customer's demand amounts to; null when it needs a negotiated amount. */
    @Enumerated(EnumType.STRING)
    private RemedyKind demandedRemedy;

    private Instant askedAt;

    private Instant dueAt;

    @Enumerated(EnumType.STRING)
    private Status status;

    @Enumerated(EnumType.STRING)
    private MerchantAnswerKind answer;

    @Enumerated(EnumType.STRING)
    private RemedyKind remedy;

    private BigDecimal amount;

    private String statement;

    private String answeredBy;

    private Instant answeredAt;

    @Version
    private long version;

    MerchantAnswer(Long complaintId, String merchantId, RemedyKind demandedRemedy, Instant askedAt, Instant dueAt) {
        this.complaintId = complaintId;
        this.merchantId = merchantId;
        this.demandedRemedy = demandedRemedy;
        this.askedAt = askedAt;
        this.dueAt = dueAt;
        this.status = Status.OPEN;
    }

    /** Open and not yet due: the merchant may still answer. */
    public boolean isOpen(Instant now) {
        return status == Status.OPEN && now.isBefore(dueAt);
    }

    void answered(MerchantAnswerKind answer, RemedyKind remedy, BigDecimal amount, String statement, String by,
                  Instant now) {
        this.answer = answer;
        this.remedy = remedy;
        this.amount = amount;
        this.statement = statement;
        this.answeredBy = by;
        this.answeredAt = now;
        this.status = Status.ANSWERED;
    }

    void lapsed() {
        if (status == Status.OPEN) {
            status = Status.LAPSED;
        }
    }
}
