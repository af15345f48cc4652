package org.complaintdesk.negotiation;

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
import org.complaintdesk.complaint.RemedyKind;
import org.complaintdesk.complaint.ResponsibleParty;
import org.complaintdesk.system.ConflictException;

/** One remedy offered to the customer, and the answer. Versioned: one answer wins, never two. */
@Entity
@Table(name = "remedy_offer")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class RemedyOffer {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long complaintId;

    private int round;

    @Enumerated(EnumType.STRING)
    private RemedyKind remedy;

    private BigDecimal amount;

    private String currency;

    private String reason;

    @Enumerated(EnumType.STRING)
    private ResponsibleParty responsibleParty;

    @Enumerated(EnumType.STRING)
    private OfferStatus status;

    private String offeredBy;

    private Instant offeredAt;

    private Instant replyDueAt;

    private Instant answeredAt;

    private String customerComment;

    @Version
    private long version;

    RemedyOffer(Long complaintId, int round, RemedyProposal proposal, String currency, ResponsibleParty party,
                String offeredBy, Instant offeredAt, Instant replyDueAt) {
        this.complaintId = complaintId;
        this.round = round;
        this.remedy = proposal.remedy();
        this.amount = proposal.amount();
        this.currency = proposal.amount() == null ? null : currency;
        this.reason = proposal.reason();
        this.responsibleParty = party;
        this.status = OfferStatus.OPEN;
        this.offeredBy = offeredBy;
        this.offeredAt = offeredAt;
        this.replyDueAt = replyDueAt;
    }

    void answer(OfferStatus answer, String comment, Instant now) {
        if (status != OfferStatus.OPEN) {
            throw new ConflictException("offer-not-open", "Offer " + round + " was already answered: " + status + ".");
        }
        this.status = answer;
        this.customerComment = comment;
        this.answeredAt = now;
    }

    void cancel(Instant now) {
        if (status == OfferStatus.OPEN) {
            status = OfferStatus.CANCELLED;
            answeredAt = now;
        }
    }
}
