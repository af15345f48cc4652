package org.complaintdesk.intake;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.complaintdesk.assignment.ServiceLevels;
import org.complaintdesk.complaint.CaseEvents;
import org.complaintdesk.complaint.CaseStep;
import org.complaintdesk.complaint.Category;
import org.complaintdesk.complaint.Channel;
import org.complaintdesk.complaint.Complaint;
import org.complaintdesk.complaint.ComplaintNoteRepository;
import org.complaintdesk.complaint.ComplaintRepository;
import org.complaintdesk.complaint.ComplaintStatus;
import org.complaintdesk.complaint.Customer;
import org.complaintdesk.complaint.CustomerLocale;
import org.complaintdesk.complaint.CustomerTokens;
import org.complaintdesk.complaint.Demand;
import org.complaintdesk.complaint.NoteKind;
import org.complaintdesk.complaint.OpenCase;
import org.complaintdesk.complaint.OpenCaseRepository;
import org.complaintdesk.complaint.OrderDetails;
import org.complaintdesk.complaint.Stage;
import org.complaintdesk.investigation.CaseInformation;
import org.complaintdesk.process.ComplaintHandling;
import org.complaintdesk.system.ConflictException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Receives a complaint from any channel: validates it, records it once per channel message, starts its
 * process and queues the acknowledgement, all in one transaction.
 */
@Service
public class ComplaintIntake {

    private static final Logger log = LoggerFactory.getLogger(ComplaintIntake.class);
    private static final int ATTEMPTS = 3;

    private final IntakeValidation validation;
    private final ComplaintRepository complaints;
    private final OpenCaseRepository openCases;
    private final ComplaintNoteRepository notes;
    private final CaseInformation information;
    private final ComplaintNumbers numbers;
    private final CaseEvents events;
    private final CustomerTokens tokens;
    private final RuntimeService runtimeService;
    private final Acknowledgements acknowledgements;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final ServiceLevels serviceLevels;
    private final DecisionVersions decisionVersions;
    /** New complaints per channel, counted after their transaction committed (a replay or a joined message is none). */
    private final Map<Channel, Counter> received = new EnumMap<>(Channel.class);

    @SuppressWarnings("java:S107")
    ComplaintIntake(IntakeValidation validation, ComplaintRepository complaints, OpenCaseRepository openCases,
                    ComplaintNoteRepository notes, CaseInformation information, ComplaintNumbers numbers,
                    CustomerTokens tokens, RuntimeService runtimeService,
                    Acknowledgements acknowledgements, PlatformTransactionManager transactionManager, Clock clock,
                    ServiceLevels serviceLevels, DecisionVersions decisionVersions, CaseEvents events,
                    MeterRegistry meters) {
        this.validation = validation;
        this.complaints = complaints;
        this.openCases = openCases;
        this.notes = notes;
        this.information = information;
        this.numbers = numbers;
        this.tokens = tokens;
        this.runtimeService = runtimeService;
        this.acknowledgements = acknowledgements;
        this.transaction = new TransactionTemplate(transactionManager);
        this.clock = clock;
        this.serviceLevels = serviceLevels;
        this.decisionVersions = decisionVersions;
        this.events = events;
        for (Channel channel : Channel.values()) {
            received.put(channel, Counter.builder("complaintdesk.complaints.received")
                    .description("New complaints recorded by this node, by channel")
                    .tag("channel", channel.name().toLowerCase()).register(meters));
        }
    }

    /**
     * Records the complaint, or finds the one this channel message already created.
     *
     * @param filedBy the authenticated service client (or channel poller) delivering the message; a replay
     *                gets a fresh customer token only when it comes from the same one, a joined message never
     * @throws org.complaintdesk.system.InvalidRequestException naming every bad field; nothing is stored
     * @throws ConflictException when the channel's message id was used before for different content
     */
    public Receipt receive(IntakeRequest request, String filedBy) {
        validation.check(request);
        Channel channel = Channel.valueOf(request.channel());
        String fingerprint = Fingerprint.of(request);
        for (int attempt = 1; ; attempt++) {
            try {
                // one transaction: what was received before is looked up in the same snapshot that decides
                Receipt receipt = transaction.execute(status -> findEarlier(channel, request.externalId(), fingerprint,
                        filedBy).orElseGet(() -> joinOrRecord(request, channel, fingerprint, filedBy)));
                if (receipt.created()) {
                    received.get(channel).increment();
                }
                return receipt;
            } catch (DataIntegrityViolationException | ConcurrencyFailureException e) {
                // a concurrent delivery of the same message, or a concurrent complaint about the same order,
                // won a unique constraint: look again, and find it
                if (attempt == ATTEMPTS) {
                    throw e;
                }
                log.debug("Concurrent intake of {} {}, attempt {}", channel, request.externalId(), attempt, e);
            }
        }
    }

    /**
     * This channel message was received before: as a complaint of its own, or joined to an open case (then
     * without a token, as when it joined).
     */
    private Optional<Receipt> findEarlier(Channel channel, String externalId, String fingerprint, String filedBy) {
        Optional<Receipt> complaint = complaints.findByChannelAndExternalId(channel, externalId)
                .map(c -> replay(c, fingerprint, filedBy));
        if (complaint.isPresent()) {
            return complaint;
        }
        return notes.findByChannelAndExternalId(channel.name(), externalId)
                .map(note -> complaints.findById(note.getComplaintId()).orElseThrow())
                .map(c -> Receipt.of(c, null, false, true));
    }

    /**
     * A customer's second complaint about an order whose case is open joins that case. The answer carries no
     * token: nothing in the message proves it comes from the customer who holds the case (customer id and
     * order number are no secret), so the customer keeps the access they have, and hears at their contact
     * of record that the message was added.
     */
    private Receipt joinOrRecord(IntakeRequest request, Channel channel, String fingerprint, String filedBy) {
        if (request.order() != null) {
            Optional<OpenCase> open = openCases.findById(
                    new OpenCase.Key(request.customer().id().strip(), request.order().orderNo().strip()));
            if (open.isPresent()) {
                Optional<Complaint> same = complaints.findByChannelAndExternalId(channel, request.externalId());
                if (same.isPresent()) {
                    // this very message opened that case a moment ago, in a concurrent request
                    return replay(same.get(), fingerprint, filedBy);
                }
                Complaint complaint = complaints.findById(open.get().getComplaintId()).orElseThrow();
                information.add(complaint, NoteKind.JOINED_COMPLAINT, channel.name(), request.externalId(),
                        request.customer().name().strip(), request.description().strip());
                acknowledgements.sendJoined(complaint);
                events.record(complaint, CaseStep.JOINED_MESSAGE, CaseEvents.CUSTOMER, channel + " message " + request.externalId());
                log.info("{} message {} joined open complaint {}", channel, request.externalId(),
                        complaint.getComplaintNo());
                return Receipt.of(complaint, null, false, true);
            }
        }
        return record(request, channel, fingerprint, filedBy);
    }

    private Receipt record(IntakeRequest request, Channel channel, String fingerprint, String filedBy) {
        Instant now = clock.instant();
        var customer = request.customer();
        var order = request.order();
        Complaint complaint = new Complaint(numbers.next(), channel, request.externalId(), fingerprint,
                new Customer(customer.id().strip(), customer.name().strip(), blankToNull(customer.email()),
                        blankToNull(customer.phone()), CustomerLocale.ofTag(customer.locale()), customer.isVip()),
                order == null ? null : new OrderDetails(order.orderNo().strip(), blankToNull(order.merchantId()),
                        order.merchantName(), order.productName(), order.amountPaid(), order.currency(),
                        order.courier(), order.trackingNo(), toInstant(order.paidAt())),
                request.category() == null ? null : Category.valueOf(request.category()),
                request.description().strip(), demands(request), toInstant(request.occurredAt()), now);
        complaint.filedBy(filedBy);
        // the promise in the acknowledgement; grading may bring it forward, never back
        DecisionVersions.Rules rules = decisionVersions.latest();
        complaint.deadlines(serviceLevels.firstResponseDue(customer.isVip(), channel, now,
                rules.ids().get(ComplaintHandling.Decision.SERVICE_LEVELS)), null);
        complaints.saveAndFlush(complaint); // the unique constraint on (channel, externalId) decides here
        if (complaint.hasOrder()) {
            openCases.saveAndFlush(new OpenCase(complaint.getCustomer().getId(), complaint.getOrder().getOrderNo(),
                    complaint.getId()));
        }
        String token = tokens.issue(complaint);
        Map<String, Object> start = new java.util.HashMap<>(rules.versions());
        start.put(ComplaintHandling.Var.COMPLAINT_NO, complaint.getComplaintNo());
        String processInstanceId = runtimeService.startProcessInstanceByKey(ComplaintHandling.PROCESS_KEY,
                complaint.getComplaintNo(), start).getId();
        complaint.processStarted(processInstanceId);
        acknowledgements.send(complaint);
        events.record(complaint, CaseStep.RECEIVED, "channel " + channel, "message " + request.externalId());
        log.info("Received complaint {} from {} message {}", complaint.getComplaintNo(), channel,
                request.externalId());
        return Receipt.of(complaint, token, true, false);
    }

    /**
     * The same channel message again: same complaint. The token issued the first time cannot be shown again
     * (only its hash is kept), so the client that filed it, which may never have seen the first answer, gets
     * a fresh one; any other caller gets the complaint number without a token.
     */
    private Receipt replay(Complaint complaint, String fingerprint, String filedBy) {
        if (!complaint.getRequestFingerprint().equals(fingerprint)) {
            throw new ConflictException("external-id-reused", "Message " + complaint.getExternalId() + " of channel "
                    + complaint.getChannel() + " was already received with different content as complaint "
                    + complaint.getComplaintNo() + ".");
        }
        return Receipt.of(complaint, tokens.issueForReplay(complaint, filedBy), false, false);
    }

    private static EnumSet<Demand> demands(IntakeRequest request) {
        EnumSet<Demand> demands = EnumSet.noneOf(Demand.class);
        if (request.demands() != null) {
            request.demands().stream().map(Demand::valueOf).forEach(demands::add);
        }
        return demands;
    }

    private static Instant toInstant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /**
     * What the channel gets back.
     *
     * @param customerToken the customer's token: for a new complaint, and for its filer's replay; otherwise null
     * @param created       a new complaint (201); otherwise the message was received before, or joined an open case
     * @param joined        the message was added to the customer's open case about the same order
     */
    public record Receipt(String complaintNo, ComplaintStatus status, Stage stage, Instant firstResponseDueAt,
                          String customerToken, boolean created, boolean joined) {

        static Receipt of(Complaint complaint, String token, boolean created, boolean joined) {
            return new Receipt(complaint.getComplaintNo(), complaint.getStatus(), complaint.getStage(),
                    complaint.getFirstResponseDueAt(), token, created, joined);
        }
    }
}
