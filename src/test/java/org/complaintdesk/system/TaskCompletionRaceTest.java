package org.complaintdesk.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.complaintdesk.negotiation.RemedyOfferRepository;
import org.complaintdesk.process.ComplaintHandling.Element;
import org.complaintdesk.process.ProcessTestSupport;
import org.complaintdesk.support.DeskClient;
import org.complaintdesk.support.DeskTest;
import org.complaintdesk.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Two agents of the same desk complete the same task at the same moment, over engine REST as Tasklist does: one
 * completion counts, the other is told 409 that someone else was first — whichever way their transactions interleave
 * (both working the task at once, or the second arriving when the first has just finished). Repeated, because the
 * interleaving differs from run to run.
 */
@DeskTest
class TaskCompletionRaceTest extends ProcessTestSupport {

    private static final String SECOND_AGENT = "quentin";
    private static final String OFFER_APOLOGY = """
            {"variables": {
              "findings": {"value": "The jug cracked along a seam: a moulding fault."},
              "responsibleParty": {"value": "MERCHANT"},
              "investigationOutcome": {"value": "OFFER_REMEDY"},
              "remedy": {"value": "APOLOGY"}
            }}""";

    @LocalServerPort
    int port;

    @Autowired
    RemedyOfferRepository offers;

    private DeskClient desk;

    @BeforeEach
    void secondQualityAgent() {
        desk = new DeskClient(port);
        TestUsers.ensure(processEngine.getIdentityService(), SECOND_AGENT, DeskGroups.QUALITY_DESK);
    }

    @RepeatedTest(3)
    void twoAgentsCompleteTheSameTaskAtOnce_oneCountsTheOtherGets409() throws Exception {
        Filed filed = fileAndStart(complaint("PRODUCT_QUALITY", "The blender's jug cracked on first use."));
        String taskId = task(Element.INVESTIGATE_COMPLAINT, filed.pi()).getId();

        List<DeskClient.Response> answers = completeTogether(taskId, "quinn", SECOND_AGENT);

        assertThat(answers).extracting(DeskClient.Response::status).containsExactlyInAnyOrder(204, 409);
        DeskClient.Response refused = answers.stream().filter(a -> a.status() == 409).findFirst().orElseThrow();
        assertThat(refused.json().path("message").asText()).contains("already");
        HistoricTaskInstance done = historyService().createHistoricTaskInstanceQuery().taskId(taskId).singleResult();
        assertThat(done.getEndTime()).isNotNull();
        assertThat(offers.findByComplaintIdOrderByRoundAsc(complaintRepository.getByComplaintNo(filed.complaintNo()).getId())).hasSize(1);
    }

    @Test
    void aCompletionArrivingAfterAnotherFinished_gets409NotAServerError() {
        Filed filed = fileAndStart(complaint("PRODUCT_QUALITY", "The blender's lid does not lock."));
        String taskId = task(Element.INVESTIGATE_COMPLAINT, filed.pi()).getId();

        assertThat(desk.postJson("/engine-rest/task/" + taskId + "/complete", "quinn", OFFER_APOLOGY).status())
                .isEqualTo(204);
        DeskClient.Response late = desk.postJson("/engine-rest/task/" + taskId + "/submit-form", SECOND_AGENT,
                OFFER_APOLOGY);

        assertThat(late.status()).isEqualTo(409);
        assertThat(late.json().path("message").asText()).contains("already completed");
        assertThat(offers.findByComplaintIdOrderByRoundAsc(complaintRepository.getByComplaintNo(filed.complaintNo())
                .getId())).hasSize(1);
    }

    private List<DeskClient.Response> completeTogether(String taskId, String... agents) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(agents.length);
        CyclicBarrier together = new CyclicBarrier(agents.length);
        try {
            List<Future<DeskClient.Response>> sent = new ArrayList<>();
            for (String agent : agents) {
                sent.add(threads.submit(() -> {
                    together.await();
                    return desk.postJson("/engine-rest/task/" + taskId + "/complete", agent, OFFER_APOLOGY);
                }));
            }
            List<DeskClient.Response> answers = new ArrayList<>();
            for (Future<DeskClient.Response> answer : sent) {
                answers.add(answer.get(1, TimeUnit.MINUTES));
            }
            return answers;
        } finally {
            threads.shutdownNow();
        }
    }
}
