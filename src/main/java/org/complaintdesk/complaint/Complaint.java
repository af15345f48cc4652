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
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
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

    /** The service client (or channel poller) that filed it: only it may get a fresh token on a replay. */
    private String filedBy;

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

    @Enumerated(EnumType.STRING)
    private Category category;

    @Enumerated(EnumType.STRING)
    private ClassificationSource classificationSource;

    private BigDecimal classificationConfidence;

    @Enumerated(EnumType.STRING)
    private Severity severity;

    private Integer priority;

    private boolean safetyHazard;

    private boolean merchantInvolved;

    /** The first agent who took the case; owns it until it ends. */
    private String ownerId;

    private String ownerDesk;

    private Instant firstTakenAt;

    private boolean escalated;

    /** Set while the case waits for the customer; the resolution clock stands still meanwhile. */
    private Instant waitingSince;

    private long customerWaitSeconds;

    @Enumerated(EnumType.STRING)
    private ResponsibleParty responsibleParty;

    private Instant endedAt;

    @Enumerated(EnumType.STRING)
    private Outcome outcome;

    private boolean reopened;

    private boolean arbitrated;

    private boolean rulingFinal;

    /** The remedy decided (agreed with the customer, or ruled), and its amount where it has one. */
    @Enumerated(EnumType.STRING)
    private RemedyKind remedy;

    private BigDecimal remedyAmount;

    /** When the remedy was decided; refund deadlines count from here. */
    private Instant decidedAt;

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

    public void filedBy(String client) {
        this.filedBy = client;
    }

    public void processStarted(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    public void deadlines(Instant firstResponseDueAt, Instant resolutionDueAt) {
        this.firstResponseDueAt = firstResponseDueAt;
        this.resolutionDueAt = resolutionDueAt;
    }

    /** The process has taken the complaint over: it is classified next. */
    public void registered() {
        this.stage = Stage.CLASSIFY;
    }

    public void closed(Outcome outcome, Instant now) {
        this.outcome = outcome;
        end(ComplaintStatus.CLOSED, now);
    }

    public void withdrawn(Instant now) {
        this.outcome = Outcome.WITHDRAWN;
        end(ComplaintStatus.WITHDRAWN, now);
    }

    private void end(ComplaintStatus finalStatus, Instant now) {
        resumeClock(now);
        this.status = finalStatus;
        this.stage = Stage.ARCHIVE;
        this.endedAt = now;
    }

    public void classified(Category category, ClassificationSource source, double confidence, boolean safetyHazard) {
        this.category = category;
        this.classificationSource = source;
        this.classificationConfidence = BigDecimal.valueOf(confidence).setScale(3, RoundingMode.HALF_UP);
        this.safetyHazard = this.safetyHazard || safetyHazard;
        this.stage = Stage.CLASSIFY;
    }

    public void inTriage() {
        this.status = ComplaintStatus.IN_TRIAGE;
        this.stage = Stage.CLASSIFY;
    }

    /** Graded, routed and given its deadlines: the desk investigates now. */
    public void opened(Severity severity, int priority, String desk, boolean merchantInvolved) {
        this.severity = severity;
        this.priority = priority;
        this.desk = desk;
        this.merchantInvolved = merchantInvolved;
        this.status = ComplaintStatus.OPEN;
        this.stage = Stage.INVESTIGATE;
    }

    /** @return whether this made the agent the owner (the first one to take the case) */
    public boolean taken(String agent, String agentDesk, Instant now) {
        if (ownerId != null) {
            return false;
        }
        this.ownerId = agent;
        this.ownerDesk = agentDesk;
        this.firstTakenAt = now;
        return true;
    }

    public void escalated(int raisedPriority) {
        this.escalated = true;
        this.priority = Math.max(priority == null ? 0 : priority, raisedPriority);
    }

    public void investigated(ResponsibleParty responsibleParty) {
        this.responsibleParty = responsibleParty;
    }

    /** The customer's turn: stop the resolution clock and remember since when. */
    public void waitForCustomer(ComplaintStatus waitingStatus, Instant now) {
        if (!waitingStatus.waitsForCustomer()) {
            throw new IllegalArgumentException(waitingStatus + " is not a waiting status");
        }
        if (waitingSince == null) {
            waitingSince = now;
        }
        this.status = waitingStatus;
        this.stage = waitingStatus == ComplaintStatus.OFFER_PENDING ? Stage.NEGOTIATE : Stage.INVESTIGATE;
    }

    /** The customer answered (or did not, in time): the clock runs again, the deadline moves by the pause. */
    public void customerAnswered(ComplaintStatus nextStatus, Instant now) {
        resumeClock(now);
        this.status = nextStatus;
    }

    private void resumeClock(Instant now) {
        if (waitingSince == null) {
            return;
        }
        Duration paused = Duration.between(waitingSince, now);
        customerWaitSeconds += paused.getSeconds();
        if (resolutionDueAt != null) {
            resolutionDueAt = resolutionDueAt.plus(paused);
        }
        waitingSince = null;
    }

    public void agreed(RemedyKind remedy, BigDecimal amount, Instant now) {
        decided(remedy, amount, now);
        this.status = ComplaintStatus.REMEDY_AGREED;
        this.stage = Stage.RESOLVE;
    }

    public void handedToPlatform() {
        this.status = ComplaintStatus.PLATFORM_INTERVENTION;
        this.stage = Stage.EVIDENCE;
    }

    public void evidencePeriodOpened() {
        this.arbitrated = true;
        this.status = ComplaintStatus.EVIDENCE_PERIOD;
        this.stage = Stage.EVIDENCE;
    }

    public void inArbitration() {
        this.status = ComplaintStatus.IN_ARBITRATION;
        this.stage = Stage.ARBITRATE;
    }

    public void ruled(ResponsibleParty responsible) {
        this.responsibleParty = responsible;
        this.status = ComplaintStatus.RULED;
    }

    public void underAppeal() {
        this.status = ComplaintStatus.UNDER_APPEAL;
    }

    /** The ruling can no longer be appealed: its remedy is carried out, no further negotiation. */
    public void rulingFinal(RemedyKind remedy, BigDecimal amount, ResponsibleParty responsible, Instant now) {
        decided(remedy, amount, now);
        this.responsibleParty = responsible;
        this.rulingFinal = true;
    }

    private void decided(RemedyKind remedy, BigDecimal amount, Instant now) {
        this.remedy = remedy;
        this.remedyAmount = amount;
        this.decidedAt = now;
    }

    public void remedyInProgress() {
        this.status = ComplaintStatus.REMEDY_IN_PROGRESS;
        this.stage = Stage.RESOLVE;
    }

    public void awaitingFeedback() {
        this.status = ComplaintStatus.AWAITING_FEEDBACK;
        this.stage = Stage.FOLLOW_UP;
    }

    /** Not solved: back to the owner, once, with higher priority. */
    public void reopen(int raisedPriority) {
        this.reopened = true;
        this.priority = Math.max(priority == null ? 0 : priority, raisedPriority);
        this.status = ComplaintStatus.OPEN;
        this.stage = Stage.INVESTIGATE;
    }

    /** Time the customer kept the case waiting, including a wait that is still going on. */
    public Duration customerWait(Instant now) {
        long running = waitingSince == null ? 0 : Duration.between(waitingSince, now).getSeconds();
        return Duration.ofSeconds(customerWaitSeconds + running);
    }

    /** The category the case is handled under: decided, else the channel's hint. */
    public Category effectiveCategory() {
        return category != null ? category : categoryHint;
    }

    public boolean hasOrder() {
        return order != null && order.getOrderNo() != null;
    }
}
