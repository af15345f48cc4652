package org.complaintdesk.analytics.spike;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.complaintdesk.archive.PastCases;
import org.complaintdesk.complaint.Category;
import org.complaintdesk.process.ProcessTestSupport;
import org.complaintdesk.support.DeskClient;
import org.complaintdesk.support.DeskTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Early warning: the hourly run of {@code complaint-spike-review} on synthetic figures. Each scenario works in a
 * period years ahead of the other tests' complaints (the engine clock moved there), on merchants and agents of
 * its own, and closes what it opened.
 */
@DeskTest
class SpikeReviewTest extends ProcessTestSupport {

    @Autowired
    PastCases pastCases;

    @Autowired
    JdbcTemplate jdbc;

    @LocalServerPort
    int port;

    SyntheticCases cases;

    @BeforeEach
    void newScenario() {
        cases = new SyntheticCases(pastCases);
    }

    @AfterEach
    void closeWhatTheScenarioOpened() {
        for (String instance : jdbc.queryForList("select process_instance_id from spike_review where closed_at is null",
                String.class)) {
            runtimeService().deleteProcessInstance(instance, "scenario over");
        }
        jdbc.update("update spike_review set closed_at = opened_at, open_key = null where closed_at is null");
    }

    @Test
    void aMerchantsSurge_opensOneReviewSpike_however_manyHourlyRunsSeeIt() {
        Instant now = at("2031-03-10T12:00:00Z");
        String merchant = cases.merchant();
        // the category has its usual 7 a day from other merchants, so only the merchant spikes
        for (int day = 1; day <= 8; day++) {
            cases.received(7, Category.PRODUCT_QUALITY, cases.merchant() + "-other" + day, now.minus(Duration.ofDays(day))
                    .plus(Duration.ofHours(1)));
        }
        cases.received(12, Category.PRODUCT_QUALITY, merchant, now.minus(Duration.ofHours(5))).record();

        runHourlyCheck();
        ClockUtil.setCurrentTime(Date.from(now.plus(Duration.ofHours(1))));
        runHourlyCheck();

        List<Task> reviews = reviewTasks(SpikeReview.REVIEW_SPIKE);
        assertThat(reviews).hasSize(1);
        Task review = reviews.get(0);
        assertThat(review).hasCandidateGroup("supervisors").isNotAssigned();
        Map<String, Object> shown = taskService().getVariables(review.getId());
        assertThat(shown).containsEntry("reviewKind", "MERCHANT").containsEntry("reviewKey", merchant)
                .containsEntry("windowCount", 12L).containsEntry("baseline", 0.0);
        assertThat((String) shown.get("sampleComplaints")).contains("-0068: Complaint").hasLineCount(5);
    }

    @Test
    void theUsualLoad_opensNoReview() {
        Instant now = at("2032-03-10T12:00:00Z");
        for (int day = 0; day <= 7; day++) {
            cases.received(6, Category.DELIVERY_DELAY, cases.merchant(), now.minus(Duration.ofDays(day)).minus(Duration.ofHours(2)));
        }
        cases.record();

        HistoricProcessInstance run = runHourlyCheck();

        assertThat(run.getEndActivityId()).isEqualTo("EndEvent_FiguresChecked");
        assertThat(reviewTasks(SpikeReview.REVIEW_SPIKE)).isEmpty();
    }

    @Test
    void completingAReview_recordsCauseAndAction_andALaterSurgeOpensANewOne() {
        Instant now = at("2033-03-10T12:00:00Z");
        String merchant = cases.merchant();
        cases.received(10, Category.COUNTERFEIT, merchant, now.minus(Duration.ofHours(3))).record();
        runHourlyCheck();
        Task review = reviewTasks(SpikeReview.REVIEW_SPIKE, merchant).get(0);
        ProcessInstance pi = runtimeService().createProcessInstanceQuery().processInstanceId(review.getProcessInstanceId())
                .singleResult();
        assertThat(openReviews()).extracting(r -> r.path("key").asText()).contains(merchant);

        work(pi, SpikeReview.REVIEW_SPIKE, "sofia", Map.of("cause", "A forged batch from one supplier",
                "actionTaken", "Listing suspended, merchant warned"));

        assertThat(pi).isEnded().hasPassed("ServiceTask_CloseSpikeReview");
        Map<String, Object> row = jdbc.queryForMap("select cause, action_taken, closed_by, open_key from spike_review"
                + " where process_instance_id = ?", pi.getId());
        assertThat(row).containsEntry("CAUSE", "A forged batch from one supplier")
                .containsEntry("ACTION_TAKEN", "Listing suspended, merchant warned").containsEntry("CLOSED_BY", "sofia")
                .containsEntry("OPEN_KEY", null);
        assertThat(openReviews()).extracting(r -> r.path("key").asText()).doesNotContain(merchant);

        ClockUtil.setCurrentTime(Date.from(now.plus(Duration.ofDays(3))));
        cases.received(10, Category.COUNTERFEIT, merchant, now.plus(Duration.ofDays(3)).minus(Duration.ofHours(1))).record();
        runHourlyCheck();
        assertThat(reviewTasks(SpikeReview.REVIEW_SPIKE, merchant)).hasSize(1).first()
                .satisfies(next -> assertThat(next.getProcessInstanceId()).isNotEqualTo(pi.getId()));
    }

    @Test
    void anAgentBelowTarget_isFollowedUp_once() {
        Instant now = at("2034-03-10T12:00:00Z");
        String agent = cases.agent();
        cases.rated(6, agent, 3, now).rated(6, agent, 4, now).record(); // 3.5 over 12 rated cases

        runHourlyCheck();
        runHourlyCheck();

        List<Task> followUps = reviewTasks(SpikeReview.FOLLOW_UP_AGENT);
        assertThat(followUps).hasSize(1);
        assertThat(followUps.get(0)).hasCandidateGroup("supervisors");
        assertThat(taskService().getVariables(followUps.get(0).getId())).containsEntry("agent", agent)
                .containsEntry("averageSatisfaction", 3.5).containsEntry("ratedCases", 12L);
        assertThat(openReviews()).anySatisfy(r -> {
            assertThat(r.path("kind").asText()).isEqualTo("AGENT");
            assertThat(r.path("key").asText()).isEqualTo(agent);
            assertThat(r.path("taskId").asText()).isEqualTo(followUps.get(0).getId());
        });
    }

    @Test
    void anAgentWithTooFewRatedCases_isNotFollowedUp() {
        Instant now = at("2035-03-10T12:00:00Z");
        cases.rated(9, cases.agent(), 1, now).record();

        runHourlyCheck();

        assertThat(reviewTasks(SpikeReview.FOLLOW_UP_AGENT)).isEmpty();
    }

    @Test
    void onlySupervisorsAuditorsAndAdministrators_seeTheOpenReviews() {
        DeskClient desk = new DeskClient(port);
        for (String allowed : List.of("sofia", "audrey", "demo")) {
            assertThat(desk.get("/api/analytics/spike-reviews", allowed).status()).as(allowed).isEqualTo(200);
        }
        for (String refused : List.of("sam", "quinn", "arthur", "mia", "gateway")) {
            DeskClient.Response answer = desk.get("/api/analytics/spike-reviews", refused);
            assertThat(answer.status()).as(refused).isEqualTo(403);
            assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
        }
        assertThat(desk.get("/api/analytics/spike-reviews", null).status()).isEqualTo(401);
    }

    private static Instant at(String time) {
        Instant now = Instant.parse(time);
        ClockUtil.setCurrentTime(Date.from(now));
        return now;
    }

    /** Fires the hourly timer as the job executor would; the run it started, ended. */
    private static HistoricProcessInstance runHourlyCheck() {
        Job timer = managementService().createJobQuery().processDefinitionKey(SpikeReview.PROCESS_KEY).timers()
                .singleResult();
        List<String> before = hourlyRuns().stream().map(HistoricProcessInstance::getId).toList();
        execute(timer);
        return hourlyRuns().stream().filter(run -> !before.contains(run.getId())).findFirst().orElseThrow();
    }

    private static List<HistoricProcessInstance> hourlyRuns() {
        return historyService().createHistoricProcessInstanceQuery().processDefinitionKey(SpikeReview.PROCESS_KEY)
                .list().stream().filter(run -> SpikeReview.START_EVERY_HOUR.equals(run.getStartActivityId())).toList();
    }

    private static List<Task> reviewTasks(String taskKey) {
        return taskService().createTaskQuery().processDefinitionKey(SpikeReview.PROCESS_KEY).taskDefinitionKey(taskKey)
                .list();
    }

    private static List<Task> reviewTasks(String taskKey, String reviewKey) {
        return taskService().createTaskQuery().processDefinitionKey(SpikeReview.PROCESS_KEY).taskDefinitionKey(taskKey)
                .processVariableValueEquals(SpikeReview.Var.KEY, reviewKey).list();
    }

    private List<JsonNode> openReviews() {
        DeskClient.Response answer = new DeskClient(port).get("/api/analytics/spike-reviews", "sofia");
        assertThat(answer.status()).isEqualTo(200);
        return StreamSupport.stream(answer.json().spliterator(), false).toList();
    }
}
