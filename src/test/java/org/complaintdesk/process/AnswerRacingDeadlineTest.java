package org.complaintdesk.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.runtime.Job;
import org.complaintdesk.complaint.CaseEvent;
import org.complaintdesk.complaint.CaseEventRepository;
import org.complaintdesk.complaint.CaseStep;
import org.complaintdesk.followup.Survey;
import org.complaintdesk.followup.SurveyRepository;
import org.complaintdesk.negotiation.OfferStatus;
import org.complaintdesk.negotiation.RemedyOffer;
import org.complaintdesk.negotiation.RemedyOfferRepository;
import org.complaintdesk.process.ComplaintHandling.Element;
import org.complaintdesk.support.Customer;
import org.complaintdesk.support.DeskClient;
import org.complaintdesk.support.DeskTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.RepeatedTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A customer's answer arrives at the very moment its deadline's timer fires: exactly one of them counts, and the
 * customer is told which — 200 when the answer counted, 409 when the deadline came first. Repeated, because the
 * interleaving differs from run to run.
 */
@DeskTest
class AnswerRacingDeadlineTest extends ProcessTestSupport {

    @LocalServerPort
    int port;

    @Autowired
    RemedyOfferRepository offers;

    @Autowired
    SurveyRepository surveys;

    @Autowired
    CaseEventRepository events;

    private DeskClient desk;

    @BeforeEach
    void client() {
        desk = new DeskClient(port);
    }

    @RepeatedTest(3)
    void offerRejectedAsTheReplyDeadlineFires_exactlyOneOutcome() throws Exception {
        Filed filed = fileAndStart(complaint("PRODUCT_QUALITY", "The kettle's lid will not close."));
        investigateAndOffer(filed.pi(), "quinn", "APOLOGY", null);
        Customer customer = new Customer(desk, filed.complaintNo(), filed.token());

        Job timer = timer(filed, Element.OFFER_REPLY_DUE);
        Race race = race(() -> customer.answerOffer(false), timer);
        finishWhatIsLeft(filed, timer);

        RemedyOffer offer = offers.findByComplaintIdOrderByRoundAsc(complaintId(filed)).get(0);
        if (race.answer().status() == 200) {
            assertThat(offer.getStatus()).isEqualTo(OfferStatus.REJECTED);
            assertThat(steps(filed)).contains(CaseStep.OFFER_REJECTED).doesNotContain(CaseStep.OFFER_ACCEPTED_BY_SILENCE);
            assertThat(filed.pi()).isWaitingAt(Element.REVISE_OFFER);
        } else {
            assertThat(race.answer().status()).isEqualTo(409);
            assertThat(offer.getStatus()).isEqualTo(OfferStatus.ACCEPTED_BY_SILENCE);
            assertThat(steps(filed)).contains(CaseStep.OFFER_ACCEPTED_BY_SILENCE).doesNotContain(CaseStep.OFFER_REJECTED);
            assertThat(filed.pi()).hasPassed(Element.ACCEPT_OFFER_BY_SILENCE);
        }
        assertThat(runtimeService().createIncidentQuery().processInstanceId(filed.pi().getId()).count()).isZero();
    }

    @RepeatedTest(3)
    void surveyAnsweredAsItsDeadlineFires_exactlyOneOutcome() throws Exception {
        Filed filed = fileAndStart(complaint("PRODUCT_QUALITY", "The toaster burns one side only."));
        investigateAndOffer(filed.pi(), "quinn", "APOLOGY", null);
        Customer customer = new Customer(desk, filed.complaintNo(), filed.token(), processEngine);
        assertThat(customer.answerOffer(true).status()).isEqualTo(200);
        runContinuations(filed.pi());
        assertThat(filed.pi()).isWaitingAt(Element.AWAIT_SURVEY);

        Job timer = timer(filed, Element.SURVEY_UNANSWERED);
        Race race = race(() -> new Customer(desk, filed.complaintNo(), filed.token()).survey(true, 5), timer);
        finishWhatIsLeft(filed, timer);

        Survey survey = surveys.findFirstByComplaintIdOrderByRoundDesc(complaintId(filed)).orElseThrow();
        if (race.answer().status() == 200) {
            assertThat(survey.getStatus()).isEqualTo(Survey.ANSWERED);
            assertThat(steps(filed)).containsOnlyOnce(CaseStep.SURVEY_ANSWERED);
        } else {
            assertThat(race.answer().status()).isEqualTo(409);
            assertThat(survey.getStatus()).isEqualTo(Survey.EXPIRED);
            assertThat(steps(filed)).doesNotContain(CaseStep.SURVEY_ANSWERED);
        }
        assertThat(filed.pi()).isEnded();
        assertThat(steps(filed)).containsOnlyOnce(CaseStep.CLOSED);
        assertThat(runtimeService().createIncidentQuery().processInstanceId(filed.pi().getId()).count()).isZero();
    }

    /** What each side of the race got: the customer's answer, and whether the timer's job ran or failed. */
    private record Race(DeskClient.Response answer, Throwable timerFailure) {
    }

    /** The customer's call and the timer's job, started at the same moment. */
    private static Race race(Callable<DeskClient.Response> answer, Job timer) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(2);
        CyclicBarrier together = new CyclicBarrier(2);
        try {
            Future<DeskClient.Response> answered = threads.submit(() -> {
                together.await();
                return answer.call();
            });
            Future<Throwable> fired = threads.submit(() -> {
                together.await();
                try {
                    managementService().executeJob(timer.getId());
                    return null;
                } catch (RuntimeException lost) { // the answer came first: the timer's job was gone or changed
                    return lost;
                }
            });
            return new Race(answered.get(1, TimeUnit.MINUTES), fired.get(1, TimeUnit.MINUTES));
        } finally {
            threads.shutdownNow();
        }
    }

    private static Job timer(Filed filed, String boundaryEvent) {
        return managementService().createJobQuery().processInstanceId(filed.pi().getId()).timers()
                .activityId(boundaryEvent).singleResult();
    }

    /**
     * Afterwards the job executor would run what is due: the answer's continuation, and the race's timer job again if
     * both sides lost (both rolled back; the timer is retried, and the customer was told to try again).
     */
    private static void finishWhatIsLeft(Filed filed, Job timer) {
        runContinuations(filed.pi());
        Job retried = managementService().createJobQuery().jobId(timer.getId()).singleResult();
        if (retried != null) {
            managementService().executeJob(retried.getId());
            runContinuations(filed.pi());
        }
    }

    private Long complaintId(Filed filed) {
        return complaintRepository.getByComplaintNo(filed.complaintNo()).getId();
    }

    private List<CaseStep> steps(Filed filed) {
        return events.findByComplaintIdOrderByIdAsc(complaintId(filed)).stream().map(CaseEvent::getType)
                .map(CaseStep::valueOf).toList();
    }
}
