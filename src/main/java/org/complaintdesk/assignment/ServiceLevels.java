package org.complaintdesk.assignment;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
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

    private final DecisionService decisionService;

    ServiceLevels(DecisionService decisionService) {
        this.decisionService = decisionService;
    }

    /** @param version the version of the table the complaint is handled by (its rule book), or null for the latest */
    public Instant firstResponseDue(boolean vip, Channel channel, Instant receivedAt, Integer version) {
        Map<String, Object> inputs = new HashMap<>();
        inputs.put(Var.SEVERITY, null);
        inputs.put("customerVip", vip);
        inputs.put("channel", channel.name());
        String firstResponse = (version == null ? decisionService.evaluateDecisionTableByKey(DECISION, inputs)
                : decisionService.evaluateDecisionTableByKeyAndVersion(DECISION, version, inputs))
                .getSingleResult().getEntry(Var.FIRST_RESPONSE);
        return receivedAt.plus(Duration.parse(firstResponse));
    }
}
