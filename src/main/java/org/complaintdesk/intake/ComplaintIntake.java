package org.complaintdesk.intake;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.complaintdesk.complaint.Category;
import org.complaintdesk.complaint.Channel;
import org.complaintdesk.complaint.Complaint;
import org.complaintdesk.complaint.ComplaintRepository;
import org.complaintdesk.complaint.ComplaintStatus;
import org.complaintdesk.complaint.Customer;
import org.complaintdesk.complaint.CustomerLocale;
import org.complaintdesk.complaint.Demand;
import org.complaintdesk.complaint.OrderDetails;
import org.complaintdesk.complaint.Stage;
import org.complaintdesk.process.ComplaintHandling;
import org.complaintdesk.system.ConflictException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
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
    private final ComplaintNumbers numbers;
    private final CustomerTokens tokens;
    private final RuntimeService runtimeService;
    private final Acknowledgements acknowledgements;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final Duration firstResponse;

    @SuppressWarnings("java:S107")
    ComplaintIntake(IntakeValidation validation, ComplaintRepository complaints, ComplaintNumbers numbers,
                    CustomerTokens tokens, RuntimeService runtimeService,
                    Acknowledgements acknowledgements, PlatformTransactionManager transactionManager, Clock clock,
                    @Value("${complaint-desk.intake.first-response}") Duration firstResponse) {
        this.validation = validation;
        this.complaints = complaints;
        this.numbers = numbers;
        this.tokens = tokens;
        this.runtimeService = runtimeService;
        this.acknowledgements = acknowledgements;
        this.transaction = new TransactionTemplate(transactionManager);
        this.clock = clock;
        this.firstResponse = firstResponse;
    }

    /**
     * Records the complaint, or finds the one this channel message already created.
     *
     * @throws org.complaintdesk.system.InvalidRequestException naming every bad field; nothing is stored
     * @throws ConflictException when the channel's message id was used before for different content
     */
    public Receipt receive(IntakeRequest request) {
        validation.check(request);
        Channel channel = Channel.valueOf(request.channel());
        String fingerprint = Fingerprint.of(request);
        for (int attempt = 1; ; attempt++) {
            Optional<Receipt> earlier = transaction.execute(status -> complaints
                    .findByChannelAndExternalId(channel, request.externalId())
                    .map(complaint -> replay(complaint, fingerprint)));
            if (earlier.isPresent()) {
                return earlier.get();
            }
            try {
                return transaction.execute(status -> record(request, channel, fingerprint));
            } catch (DataIntegrityViolationException | ConcurrencyFailureException e) {
                // a concurrent delivery of the same message won the unique constraint: look it up again
                if (attempt == ATTEMPTS) {
                    throw e;
                }
                log.debug("Concurrent intake of {} {}, attempt {}", channel, request.externalId(), attempt, e);
            }
        }
    }

    private Receipt record(IntakeRequest request, Channel channel, String fingerprint) {
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
        complaint.deadlines(now.plus(firstResponse), null);
        complaints.saveAndFlush(complaint); // the unique constraint on (channel, externalId) decides here
        String token = tokens.issue(complaint);
        String processInstanceId = runtimeService.startProcessInstanceByKey(ComplaintHandling.PROCESS_KEY,
                complaint.getComplaintNo(), Map.of(ComplaintHandling.Var.COMPLAINT_NO, complaint.getComplaintNo()))
                .getId();
        complaint.processStarted(processInstanceId);
        acknowledgements.send(complaint);
        log.info("Received complaint {} from {} message {}", complaint.getComplaintNo(), channel,
                request.externalId());
        return Receipt.of(complaint, token, true);
    }

    /**
     * The same channel message again: same complaint. The token issued the first time cannot be shown again
     * (only its hash is kept), so the caller, who may never have seen the first answer, gets a fresh one.
     */
    private Receipt replay(Complaint complaint, String fingerprint) {
        if (!complaint.getRequestFingerprint().equals(fingerprint)) {
            throw new ConflictException("external-id-reused", "Message " + complaint.getExternalId() + " of channel "
                    + complaint.getChannel() + " was already received with different content as complaint "
                    + complaint.getComplaintNo() + ".");
        }
        return Receipt.of(complaint, tokens.issue(complaint), false);
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

    /** What the channel gets back. */
    public record Receipt(String complaintNo, ComplaintStatus status, Stage stage, Instant firstResponseDueAt,
                          String customerToken, boolean created) {

        static Receipt of(Complaint complaint, String token, boolean created) {
            return new Receipt(complaint.getComplaintNo(), complaint.getStatus(), complaint.getStage(),
                    complaint.getFirstResponseDueAt(), token, created);
        }
    }
}
