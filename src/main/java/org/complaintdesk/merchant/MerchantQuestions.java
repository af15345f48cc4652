package org.complaintdesk.merchant;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.RuntimeService;
import java.io.IOException;
import org.complaintdesk.arbitration.EvidenceParty;
import org.complaintdesk.arbitration.EvidencePeriods;
import org.springframework.web.multipart.MultipartFile;
import org.complaintdesk.arbitration.Parties;
import org.complaintdesk.complaint.CaseEvents;
import org.complaintdesk.complaint.CaseStep;
import org.complaintdesk.complaint.Complaint;
import org.complaintdesk.complaint.ComplaintRepository;
import org.complaintdesk.complaint.Demand;
import org.complaintdesk.complaint.RemedyKind;
import org.complaintdesk.negotiation.RemedyProposal;
import org.complaintdesk.notification.Outbox;
import org.complaintdesk.process.ComplaintHandling;
import org.complaintdesk.process.ComplaintHandling.Var;
import org.complaintdesk.process.DecidedRemedy;
import org.complaintdesk.process.ProcessFacts;
import org.complaintdesk.process.ProcessMessages;
import org.complaintdesk.system.ApiProblem;
import org.complaintdesk.system.ConflictException;
import org.complaintdesk.system.InvalidRequestException;
import org.complaintdesk.system.InvalidRequestException.FieldViolation;
import org.complaintdesk.system.PlainText;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The merchant's first word: asked before the desk investigates, it accepts the customer's demand, proposes
 * another remedy or contests with a statement, until the window from service-levels ends. What the answer (or
 * silence) leads to is the decision table merchant-answer's; this service records it and carries out the
 * outcome the model chose.
 */
@Service
public class MerchantQuestions {

    static final String QUESTION = "merchant-question";
    /** The message telling the customer that the merchant was asked first. */
    static final String CUSTOMER_TOLD = "merchant-asked";
    static final String DEMAND_GRANTED = "demand-granted";
    static final int MAX_STATEMENT = 4_000;

    private final ComplaintRepository complaints;
    private final MerchantAnswerRepository answers;
    private final Parties parties;
    private final RuntimeService runtimeService;
    private final Outbox outbox;
    private final CaseEvents events;
    private final Clock clock;
    private final EvidencePeriods evidence;

    @SuppressWarnings("java:S107")
    MerchantQuestions(ComplaintRepository complaints, MerchantAnswerRepository answers, Parties parties,
                      RuntimeService runtimeService, Outbox outbox, CaseEvents events, Clock clock,
                      EvidencePeriods evidence) {
        this.evidence = evidence;
        this.complaints = complaints;
        this.answers = answers;
        this.parties = parties;
        this.runtimeService = runtimeService;
        this.outbox = outbox;
        this.events = events;
        this.clock = clock;
    }

    /** What the merchant sends: the answer, and the remedy and amount of a proposal or the statement. */
    public record Answer(String answer, String remedy, Object amount, String statement) {
    }

    /** The merchant was asked: the process waits until {@code due}. */
    /** @param customerTold whether the customer learnt that the merchant was asked: the desk's first response */
    record Asked(Instant due, RemedyKind demandedRemedy, boolean customerTold) implements ProcessFacts {

        @Override
        public Map<String, Object> variables() {
            Map<String, Object> variables = asked();
            if (customerTold) {
                variables.put(Var.FIRST_RESPONSE_GIVEN, true);
            }
            return variables;
        }

        private Map<String, Object> asked() {
            return ProcessFacts.variables(Var.MERCHANT_ANSWER_DUE, Date.from(due),
                    Var.MERCHANT_ANSWER, ComplaintHandling.MerchantAnswer.NO_ANSWER,
                    Var.DEMANDED_REMEDY, demandedRemedy == null ? null : demandedRemedy.name(),
                    Var.MERCHANT_ANSWER_TEXT, null, Var.MERCHANT_STATEMENT, null);
        }
    }

    /** The merchant's answer as the process reads it: the code for the table, the desk's words, its statement. */
    record Answered(String answer, String text, String statement) implements ProcessFacts {

        @Override
        public Map<String, Object> variables() {
            return ProcessFacts.variables(Var.MERCHANT_ANSWER, answer, Var.MERCHANT_ANSWER_TEXT, text,
                    Var.MERCHANT_STATEMENT, statement);
        }
    }

    /** The merchant's proposal, as the remedy the desk offers the customer. */
    record Proposal(RemedyKind remedy, BigDecimal amount) implements ProcessFacts {

        @Override
        public Map<String, Object> variables() {
            return ProcessFacts.variables(Var.REMEDY, remedy.name(), Var.REMEDY_AMOUNT,
                    amount == null ? null : amount.doubleValue(), Var.REMEDY_REASON, null);
        }
    }

    /** "Ask merchant for its side": records the question and tells the merchant's users by when to answer. */
    @Transactional
    Asked ask(String complaintNo, Duration within) {
        if (within == null || within.isNegative() || within.isZero()) {
            throw new IllegalArgumentException("the merchant's answer window must be positive, not " + within);
        }
        Complaint complaint = complaints.getByComplaintNo(complaintNo);
        Instant now = clock.instant();
        Instant due = now.plus(within);
        RemedyKind demanded = demandedRemedy(complaint.getDemands());
        String merchantId = complaint.hasOrder() ? complaint.getOrder().getMerchantId() : null;
        if (merchantId == null) {
            events.record(complaint, CaseStep.MERCHANT_ASKED, CaseEvents.SYSTEM, "no merchant on the order: nobody to ask");
            return new Asked(now, demanded, false);
        }
        answers.save(new MerchantAnswer(complaint.getId(), merchantId, demanded, now, due));
        events.record(complaint, CaseStep.MERCHANT_ASKED, CaseEvents.SYSTEM, "merchant " + merchantId
                + " answers by " + due + (demanded == null ? "" : "; the customer demands " + demanded));
        for (String address : parties.merchantAddresses(complaint)) {
            outbox.notifyMerchant(complaint, address, QUESTION, complaintNo, "merchant", due.toString(),
                    demanded == null ? String.valueOf(complaint.getDemands()) : demanded.name());
        }
        // the customer learns who answers first and until when: the desk's first response
        outbox.notifyCustomer(complaint, CUSTOMER_TOLD, complaintNo, complaint.getCustomer().getName(),
                outbox.customerTime(complaint, due));
        return new Asked(due, demanded, true);
    }

    /**
     * The merchant answers; the process continues in a job of its own.
     *
     * @throws InvalidRequestException 400 for a bad answer, {@link ConflictException} 409 when the window is
     *                                 closed; nothing is recorded either way
     */
    @Transactional
    public MerchantAnswer answer(Parties.Caller caller, Answer request) {
        if (caller.party() != EvidenceParty.MERCHANT) {
            throw new ApiProblem(HttpStatus.FORBIDDEN, "forbidden", "Forbidden", "Only the merchant answers for its side.");
        }
        Complaint complaint = caller.complaint();
        MerchantAnswer question = answers.findById(complaint.getId())
                .orElseThrow(() -> new ConflictException("no-merchant-question", "Complaint "
                        + complaint.getComplaintNo() + " does not wait for the merchant's answer; nothing was recorded."));
        Checked checked = check(request, question, complaint);
        Instant now = clock.instant();
        if (!question.isOpen(now)) {
            throw new ConflictException("merchant-answer-closed", "The merchant's answer to complaint "
                    + complaint.getComplaintNo() + " was due by " + question.getDueAt() + " or is already given;"
                    + " nothing was recorded.");
        }
        question.answered(checked.kind(), checked.remedy(), checked.amount(), checked.statement(), caller.name(), now);
        answers.flush();
        events.record(complaint, CaseStep.MERCHANT_ANSWERED, caller.name(), describe(question));
        Answered answered = new Answered(checked.kind().code(), describe(question), checked.statement());
        if (!ProcessMessages.correlateIfWaiting(runtimeService, ComplaintHandling.Message.MERCHANT_ANSWERED,
                complaint.getComplaintNo(), answered.variables())) {
            throw new ConflictException("merchant-answer-closed", "Complaint " + complaint.getComplaintNo()
                    + " no longer waits for the merchant's answer; nothing was recorded.");
        }
        return question;
    }

    /**
     * The answer with a file backing it, from the merchant's page: both are stored, or neither.
     *
     * @param file may be null or empty: no file
     */
    @Transactional
    public MerchantAnswer answer(Parties.Caller caller, Answer request, MultipartFile file) throws IOException {
        if (file != null && !file.isEmpty()) {
            evidence.submit(caller, file, "with the merchant's answer");
        }
        return answer(caller, request);
    }

    /** "Note merchant's silence": the window passed without an answer. */
    @Transactional
    Answered silence(String complaintNo) {
        Complaint complaint = complaints.getByComplaintNo(complaintNo);
        MerchantAnswer question = answers.findById(complaint.getId()).orElse(null);
        String text;
        if (question == null) {
            text = "The order names no merchant; nobody was asked.";
        } else {
            question.lapsed();
            text = "The merchant did not answer by " + question.getDueAt() + ".";
        }
        events.record(complaint, CaseStep.MERCHANT_SILENT, CaseEvents.SYSTEM, text);
        return new Answered(ComplaintHandling.MerchantAnswer.NO_ANSWER, text, null);
    }

    /** "Grant the customer's demand": recorded like an agreement, then carried out by remedy-execution. */
    @Transactional
    DecidedRemedy grant(String complaintNo) {
        Complaint complaint = complaints.getByComplaintNo(complaintNo);
        MerchantAnswer question = answers.findById(complaint.getId()).orElse(null);
        RemedyKind remedy = question != null ? question.getDemandedRemedy() : demandedRemedy(complaint.getDemands());
        if (remedy == null) {
            throw new IllegalStateException(complaintNo + ": the customer's demand is no remedy the desk can grant"
                    + " as it is; merchant-answer must not lead here");
        }
        BigDecimal paid = complaint.hasOrder() ? complaint.getOrder().getAmountPaid() : null;
        BigDecimal amount = remedy == RemedyKind.REFUND_FULL || remedy == RemedyKind.RETURN_AND_REFUND ? paid : null;
        complaint.agreed(remedy, amount, clock.instant());
        boolean accepted = question != null && question.getAnswer() == MerchantAnswerKind.ACCEPT_DEMAND;
        events.record(complaint, CaseStep.AGREED, CaseEvents.SYSTEM, "the customer's demand is granted ("
                + (accepted ? "the merchant accepted it" : "the merchant did not answer in time") + "): " + remedy
                + (amount == null ? "" : " " + amount));
        outbox.notifyCustomer(complaint, DEMAND_GRANTED, complaintNo, complaint.getCustomer().getName());
        return DecidedRemedy.agreed(remedy, amount);
    }

    /** "Take up merchant's proposal": the remedy the desk now offers the customer. */
    @Transactional(readOnly = true)
    Proposal proposal(String complaintNo) {
        Complaint complaint = complaints.getByComplaintNo(complaintNo);
        MerchantAnswer question = answers.findById(complaint.getId())
                .filter(a -> a.getAnswer() == MerchantAnswerKind.PROPOSE_REMEDY)
                .orElseThrow(() -> new IllegalStateException(complaintNo + " has no proposal of the merchant"));
        return new Proposal(question.getRemedy(), question.getAmount());
    }

    /** The questions a merchant has yet to answer, the soonest due first (not those of withdrawn complaints). */
    @Transactional(readOnly = true)
    public List<MerchantAnswer> open(String merchantId) {
        Instant now = clock.instant();
        return answers.findByMerchantIdAndStatusOrderByDueAtAsc(merchantId, MerchantAnswer.Status.OPEN).stream()
                .filter(a -> a.isOpen(now))
                .filter(a -> complaints.findById(a.getComplaintId()).map(c -> !c.getStatus().isEnded()).orElse(false))
                .toList();
    }

    /** The merchant's side of a complaint, if it was asked. */
    @Transactional(readOnly = true)
    public java.util.Optional<MerchantAnswer> of(Complaint complaint) {
        return answers.findById(complaint.getId());
    }

    private record Checked(MerchantAnswerKind kind, RemedyKind remedy, BigDecimal amount, String statement) {
    }

    private static Checked check(Answer request, MerchantAnswer question, Complaint complaint) {
        List<FieldViolation> violations = new ArrayList<>();
        MerchantAnswerKind kind = null;
        try {
            kind = request.answer() == null ? null : MerchantAnswerKind.valueOf(request.answer());
        } catch (IllegalArgumentException e) {
            // reported below
        }
        if (kind == null) {
            throw new InvalidRequestException("answer", "must be one of ACCEPT_DEMAND, PROPOSE_REMEDY, CONTEST");
        }
        String statement = request.statement() == null || request.statement().isBlank() ? null
                : request.statement().strip();
        if (statement != null) {
            PlainText.check("statement", statement);
            if (statement.length() > MAX_STATEMENT) {
                violations.add(new FieldViolation("statement", "must be at most " + MAX_STATEMENT + " characters"));
            }
        }
        RemedyKind remedy = null;
        BigDecimal amount = null;
        switch (kind) {
            case ACCEPT_DEMAND -> {
                if (question.getDemandedRemedy() == null) {
                    violations.add(new FieldViolation("answer", "the customer demands " + complaint.getDemands()
                            + ", which needs an amount: propose a remedy with one instead"));
                }
            }
            case PROPOSE_REMEDY -> {
                if (request.remedy() == null || "REJECT".equals(request.remedy())) {
                    violations.add(new FieldViolation("remedy", "a remedy other than REJECT is required; to refuse the"
                            + " demand, contest it"));
                } else {
                    try {
                        RemedyProposal proposal = RemedyProposal.from(request.remedy(), request.amount(), null,
                                complaint.hasOrder() ? complaint.getOrder().getAmountPaid() : null);
                        remedy = proposal.remedy();
                        amount = proposal.amount();
                    } catch (InvalidRequestException e) {
                        e.violations().forEach(v -> violations.add(new FieldViolation(
                                v.field().equals(Var.REMEDY_AMOUNT) ? "amount" : v.field().equals(Var.REMEDY)
                                        ? "remedy" : v.field(), v.message())));
                    }
                }
            }
            case CONTEST -> {
                if (statement == null) {
                    violations.add(new FieldViolation("statement", "say why the demand is not justified"));
                }
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations);
        }
        if (remedy != null && amount == null && (remedy == RemedyKind.REFUND_FULL || remedy == RemedyKind.RETURN_AND_REFUND)
                && complaint.hasOrder() && complaint.getOrder().getAmountPaid() != null) {
            amount = complaint.getOrder().getAmountPaid().setScale(2, RoundingMode.HALF_UP);
        }
        return new Checked(kind, remedy, amount, statement);
    }

    /** The answer in the desk's words, without the merchant's own text. */
    static String describe(MerchantAnswer answer) {
        return switch (answer.getAnswer()) {
            case ACCEPT_DEMAND -> "The merchant accepts the customer's demand (" + answer.getDemandedRemedy() + ").";
            case PROPOSE_REMEDY -> "The merchant proposes " + answer.getRemedy()
                    + (answer.getAmount() == null ? "" : " " + answer.getAmount().toPlainString()) + " instead.";
            case CONTEST -> "The merchant contests the demand; its statement is below.";
        };
    }

    /**
     * The remedy the customer's demand amounts to when the desk can grant it without negotiating an amount:
     * return (with its refund), refund, exchange, apology. Compensation and explanations need the desk.
     */
    static RemedyKind demandedRemedy(Set<Demand> demands) {
        if (demands.contains(Demand.RETURN)) {
            return RemedyKind.RETURN_AND_REFUND;
        }
        if (demands.contains(Demand.REFUND)) {
            return RemedyKind.REFUND_FULL;
        }
        if (demands.contains(Demand.EXCHANGE)) {
            return RemedyKind.EXCHANGE;
        }
        if (demands.contains(Demand.APOLOGY) && demands.size() == 1) {
            return RemedyKind.APOLOGY;
        }
        return null;
    }
}
