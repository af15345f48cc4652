package org.complaintdesk.followup;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.complaintdesk.complaint.CaseEvents;
import org.complaintdesk.complaint.CaseStep;
import org.complaintdesk.complaint.Complaint;
import org.complaintdesk.complaint.ComplaintRepository;
import org.complaintdesk.complaint.CustomerCredential;
import org.complaintdesk.complaint.CustomerTokens;
import org.complaintdesk.complaint.OpenCaseRepository;
import org.complaintdesk.complaint.Outcome;
import org.complaintdesk.notification.Outbox;
import org.complaintdesk.process.ComplaintHandling.FollowUpOutcome;
import org.complaintdesk.process.ComplaintHandling.Var;
import org.complaintdesk.process.ComplaintHandling;
import org.complaintdesk.process.ProcessFacts;
import org.complaintdesk.process.ProcessMessages;
import org.complaintdesk.system.ConflictException;
import org.complaintdesk.system.InvalidRequestException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * After the remedy: the customer is asked whether the problem is solved. Solved → closed as RESOLVED;
 * not solved → reopened once to the owner with higher priority; after a final ruling → closed as RULED
 * with the answer kept; no answer in time → closed as NO_FEEDBACK.
 */
@Service
public class FollowUp {

    /** How much a reopened case goes up, and its ceiling (safety hazards keep 100). */
    static final int REOPEN_RAISE = 20;
    static final int REOPEN_CEILING = 95;

    private final ComplaintRepository complaints;
    private final SurveyRepository surveys;
    private final OpenCaseRepository openCases;
    private final CustomerTokens tokens;
    private final RuntimeService runtimeService;
    private final Outbox outbox;
    private final CaseEvents events;
    private final Clock clock;

    @SuppressWarnings("java:S107")
    FollowUp(ComplaintRepository complaints, SurveyRepository surveys, OpenCaseRepository openCases,
             CustomerTokens tokens, RuntimeService runtimeService, Outbox outbox, CaseEvents events, Clock clock) {
        this.complaints = complaints;
        this.surveys = surveys;
        this.openCases = openCases;
        this.tokens = tokens;
        this.runtimeService = runtimeService;
        this.outbox = outbox;
        this.events = events;
        this.clock = clock;
    }

    /** A survey on its way: the process waits for the answer until it is due. */
    record SurveySent(Instant dueAt) implements ProcessFacts {

        @Override
        public Map<String, Object> variables() {
            return ProcessFacts.variables(Var.SURVEY_DUE, Date.from(dueAt), Var.SOLVED, null);
        }
    }

    /** A reopened case: back to the owner with a raised priority and a fresh round of offers. */
    record Reopened(int priority) implements ProcessFacts {

        @Override
        public Map<String, Object> variables() {
            return ProcessFacts.variables(Var.PRIORITY, priority, Var.REOPENED, true, Var.OFFERS_REJECTED, 0,
                    Var.INVESTIGATION_OUTCOME, null, Var.FOLLOW_UP_OUTCOME, null);
        }
    }

    /** @param answerWithin the survey window of the case-limits table */
    @Transactional
    SurveySent sendSurvey(String complaintNo, Duration answerWithin) {
        Complaint complaint = complaints.getByComplaintNo(complaintNo);
        Instant now = clock.instant();
        Survey survey = surveys.save(new Survey(complaint.getId(), surveys.countByComplaintId(complaint.getId()) + 1,
                now, now.plus(answerWithin)));
        complaint.awaitingFeedback();
        events.record(complaint, CaseStep.SURVEY_SENT, CaseEvents.SYSTEM, "answer by " + survey.getDueAt());
        outbox.notifyCustomer(complaint, "survey", complaintNo, complaint.getCustomer().getName(), answerWithin.toDays());
        return new SurveySent(survey.getDueAt());
    }

    /** The customer's answer. A second answer, or one when no survey is open, is refused. */
    @Transactional
    public Survey answer(String complaintNo, String token, Boolean solved, Integer score, String comment) {
        return answer(complaintNo, CustomerCredential.token(token), solved, score, comment);
    }

    /** The customer's answer, from the API or the case page; the same rules. */
    @Transactional
    public Survey answer(String complaintNo, CustomerCredential customer, Boolean solved, Integer score,
                         String comment) {
        if (solved == null) {
            throw new InvalidRequestException("solved", "must be true or false");
        }
        if (score == null || score < 1 || score > 5) {
            throw new InvalidRequestException("score", "must be a whole number from 1 to 5");
        }
        if (comment != null && comment.length() > 2000) {
            throw new InvalidRequestException("comment", "must be at most 2000 characters");
        }
        Complaint complaint = tokens.complaintFor(complaintNo, customer);
        Survey survey = surveys.findFirstByComplaintIdOrderByRoundDesc(complaint.getId())
                .orElseThrow(() -> new ConflictException("survey-not-open", "No survey was sent for complaint "
                        + complaintNo + " yet; nothing was recorded."));
        survey.answer(solved, score, comment == null || comment.isBlank() ? null : comment.strip(), clock.instant());
        events.record(complaint, CaseStep.SURVEY_ANSWERED, CaseEvents.CUSTOMER, (solved ? "solved" : "not solved")
                + ", score " + score + (comment == null ? "" : ": " + comment));
        surveys.flush();
        if (!ProcessMessages.correlateIfWaiting(runtimeService, ComplaintHandling.Message.SURVEY_ANSWERED, complaintNo,
                Map.of(Var.SOLVED, solved))) {
            throw new ConflictException("survey-not-open", "Complaint " + complaintNo
                    + " no longer waits for a survey answer; nothing was recorded.");
        }
        return survey;
    }

    /**
     * What the survey answer means for the case, one of {@link FollowUpOutcome}: solved, or decided by a final
     * ruling → close; not solved → reopen, once; not solved after reopening → the platform decides.
     */
    static String nextStep(boolean solved, boolean rulingFinal, boolean reopened) {
        if (solved || rulingFinal) {
            return FollowUpOutcome.CLOSE;
        }
        return reopened ? FollowUpOutcome.PLATFORM : FollowUpOutcome.REOPEN;
    }

    /** Not solved and not ruled: back to the owner, once, with higher priority. */
    @Transactional
    Reopened reopen(String complaintNo) {
        Complaint complaint = complaints.getByComplaintNo(complaintNo);
        int raised = Math.min(REOPEN_CEILING, (complaint.getPriority() == null ? 50 : complaint.getPriority()) + REOPEN_RAISE);
        complaint.reopen(raised);
        events.record(complaint, CaseStep.REOPENED, CaseEvents.CUSTOMER, "not solved; priority " + complaint.getPriority());
        outbox.notifyCustomer(complaint, "reopened", complaintNo, complaint.getCustomer().getName());
        return new Reopened(complaint.getPriority());
    }

    /** Ends the case with its outcome; the order is free for a new complaint. */
    @Transactional
    void close(String complaintNo) {
        Complaint complaint = complaints.getByComplaintNo(complaintNo);
        Survey survey = surveys.findFirstByComplaintIdOrderByRoundDesc(complaint.getId()).orElse(null);
        if (survey != null) {
            survey.expire();
        }
        boolean answered = survey != null && Survey.ANSWERED.equals(survey.getStatus());
        Outcome outcome = complaint.isRulingFinal() ? Outcome.RULED : answered ? Outcome.RESOLVED : Outcome.NO_FEEDBACK;
        complaint.closed(outcome, clock.instant());
        openCases.release(complaint.getId());
        events.record(complaint, CaseStep.CLOSED, CaseEvents.SYSTEM, outcome.name());
        outbox.notifyCustomer(complaint, "closed", complaintNo, complaint.getCustomer().getName());
    }
}
