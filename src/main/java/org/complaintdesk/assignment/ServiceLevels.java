package org.complaintdesk.assignment;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.DecisionService;
import org.complaintdesk.complaint.Channel;
import org.complaintdesk.process.ComplaintHandling;
import org.complaintdesk.process.ComplaintHandling.Var;
import org.springframework.stereotype.Service;

/**
 * The first-response promise made at intake, from the same {@code service-levels} table the process uses
 * (before grading, so without a severity). Grading can only bring it forward, never push it back.
 */
@Service
public class ServiceLevels {

    static final String DECISION = ComplaintHandling.Decision.SERVICE_LEVELS;

    /** Tables we keep answers of: a handful of versions over a desk's life; beyond that we start over. */
    private static final int CACHED_ANSWERS = 1_000;

    private final DecisionService decisionService;
    /**
     * First-response time by table and inputs. An id names one deployed version of the table, which never changes,
     * so its answer for the same inputs never does either: evaluated once, not on every complaint (the FEEL
     * evaluation was a third of an intake request's CPU time, see docs/BENCHMARKS.md "Profile").
     */
    private final Map<Inputs, Duration> answers = new ConcurrentHashMap<>();

    ServiceLevels(DecisionService decisionService) {
        this.decisionService = decisionService;
    }

    /** @param decisionDefinitionId the version of the table the complaint is handled by (its rule book) */
    public Instant firstResponseDue(boolean vip, Channel channel, Instant receivedAt, String decisionDefinitionId) {
        Inputs key = new Inputs(decisionDefinitionId, vip, channel);
        Duration firstResponse = answers.get(key);
        if (firstResponse == null) {
            firstResponse = evaluate(key);
            if (answers.size() >= CACHED_ANSWERS) {
                answers.clear();
            }
            answers.put(key, firstResponse);
        }
        return receivedAt.plus(firstResponse);
    }

    private Duration evaluate(Inputs key) {
        Map<String, Object> inputs = new HashMap<>();
        inputs.put(Var.SEVERITY, null);
        inputs.put("customerVip", key.vip());
        inputs.put("channel", key.channel().name());
        String firstResponse = decisionService.evaluateDecisionTableById(key.decisionDefinitionId(), inputs)
                .getSingleResult().getEntry(Var.FIRST_RESPONSE);
        return Duration.parse(firstResponse);
    }

    private record Inputs(String decisionDefinitionId, boolean vip, Channel channel) {
    }
}
