package org.complaintdesk.intake;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.complaintdesk.process.ComplaintHandling.Decision;
import org.complaintdesk.process.RemedyExecution;
import org.springframework.stereotype.Component;

/**
 * The rule book a complaint is handled by: the latest version of every decision table when it arrives, one
 * process variable per table ({@code caseLimitsVersion}, ...), which the models' business rule tasks evaluate
 * ({@code decisionRefBinding="version"}). A table a process owner deploys later serves new complaints; running
 * ones keep the rules they started with.
 */
@Component
class DecisionVersions {

    private final RepositoryService repositoryService;

    DecisionVersions(RepositoryService repositoryService) {
        this.repositoryService = repositoryService;
    }

    /** The tables the models evaluate: without them a complaint could not be handled to its end. */
    private static final List<String> REQUIRED = List.of(Decision.CASE_LIMITS, Decision.COMPLAINT_GRADING,
            Decision.COMPLAINT_ROUTING, Decision.SERVICE_LEVELS, Decision.REMEDY_SUGGESTION, Decision.MERCHANT_ANSWER,
            RemedyExecution.REMEDY_LIMITS);

    /** @return the latest version of every deployed decision: its version variable, and its definition id */
    Rules latest() {
        Map<String, Object> versions = new HashMap<>();
        Map<String, String> ids = new HashMap<>();
        for (DecisionDefinition decision : repositoryService.createDecisionDefinitionQuery().latestVersion().list()) {
            versions.put(Decision.versionVariable(decision.getKey()), decision.getVersion());
            ids.put(decision.getKey(), decision.getId());
        }
        for (String key : REQUIRED) {
            if (!versions.containsKey(Decision.versionVariable(key))) {
                throw new IllegalStateException("decision table " + key + " is not deployed");
            }
        }
        return new Rules(versions, ids);
    }

    /**
     * @param versions version variable → version, the process variables a complaint starts with
     * @param ids      decision key → id of that version's definition (an id names one deployed table for good)
     */
    record Rules(Map<String, Object> versions, Map<String, String> ids) {
    }
}
