package org.complaintdesk.arbitration;

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
import org.complaintdesk.complaint.ResponsibleParty;
import org.complaintdesk.system.ConflictException;

/** The platform's intervention in one complaint: evidence period, ruling, appeal and its review. */
@Entity
@Table(name = "arbitration")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class Arbitration {

    @Id
    private Long complaintId;

    private Instant evidenceOpenedAt;

    private Instant evidenceDueAt;

    private Instant evidenceClosedAt;

    private boolean customerDone;

    private boolean merchantDone;

    @Enumerated(EnumType.STRING)
    private Ruling ruling;

    @Enumerated(EnumType.STRING)
    private RemedyKind rulingRemedy;

    private BigDecimal rulingAmount;

    @Enumerated(EnumType.STRING)
    private ResponsibleParty responsibleParty;

    /** The merchant's share of responsibility, 0–100 %. */
    private Integer merchantShare;

    private String rationale;

    private String arbitrator;

    private Instant ruledAt;

    private Instant appealDueAt;

    @Enumerated(EnumType.STRING)
    private EvidenceParty appealedBy;

    private String appealReason;

    private Instant appealedAt;

    private String reviewer;

    private String reviewOutcome;

    private String reviewRationale;

    private Instant reviewedAt;

    private Instant finalAt;

    @Version
    private long version;

    Arbitration(Long complaintId, Instant openedAt, Instant dueAt) {
        this.complaintId = complaintId;
        this.evidenceOpenedAt = openedAt;
        this.evidenceDueAt = dueAt;
    }

    boolean isEvidenceOpen(Instant now) {
        return evidenceClosedAt == null && now.isBefore(evidenceDueAt);
    }

    /** @return whether both sides have now declared that they are done */
    boolean done(EvidenceParty party) {
        if (party == EvidenceParty.CUSTOMER) {
            customerDone = true;
        } else if (party == EvidenceParty.MERCHANT) {
            merchantDone = true;
        }
        return customerDone && merchantDone;
    }

    void closeEvidence(Instant now) {
        if (evidenceClosedAt == null) {
            evidenceClosedAt = now;
        }
    }

    void rule(RulingDecision decision, String arbitrator, Instant now, Instant appealDueAt) {
        apply(decision);
        this.arbitrator = arbitrator;
        this.ruledAt = now;
        this.appealDueAt = appealDueAt;
    }

    void appeal(EvidenceParty party, String reason, Instant now) {
        if (finalAt != null || appealDueAt == null || !now.isBefore(appealDueAt)) {
            throw new ConflictException("appeal-window-closed", "The appeal window of this ruling "
                    + (appealDueAt == null ? "was never open" : "closed at " + appealDueAt) + "; the ruling is final.");
        }
        if (appealedAt != null) {
            throw new ConflictException("already-appealed", "The ruling was already appealed by " + appealedBy
                    + "; the appeal is being reviewed.");
        }
        this.appealedBy = party;
        this.appealReason = reason;
        this.appealedAt = now;
    }

    void reviewed(String reviewer, String outcome, String rationale, RulingDecision changed, Instant now) {
        this.reviewer = reviewer;
        this.reviewOutcome = outcome;
        this.reviewRationale = rationale;
        this.reviewedAt = now;
        if (changed != null) {
            apply(changed);
        }
    }

    void makeFinal(Instant now) {
        this.finalAt = now;
    }

    private void apply(RulingDecision decision) {
        this.ruling = decision.ruling();
        this.rulingRemedy = decision.remedy();
        this.rulingAmount = decision.amount();
        this.responsibleParty = decision.responsibleParty();
        this.merchantShare = decision.merchantShare();
        this.rationale = decision.rationale();
    }
}
