package org.complaintdesk.process;

import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Execution;
import org.camunda.bpm.engine.runtime.ExecutionQuery;

/**
 * Delivers a message to the process instance of a complaint that waits for it — the complaint's own
 * instance or one it called (evidence, remedy) — found by the business key, the complaint number (never by a
 * variable, which a task completion could set). Looks before correlating, so that "nobody waits" is an
 * answer, not an exception inside the caller's transaction.
 */
public final class ProcessMessages {

    /** @return whether an instance was waiting and got the message (the variables go to its process instance) */
    public static boolean correlateIfWaiting(RuntimeService runtimeService, String message, String complaintNo,
                                             Map<String, Object> variables) {
        return correlate(runtimeService, message, complaintNo, variables, Map.of(), false);
    }

    /** Like {@link #correlateIfWaiting}, only to an instance whose process variables have the given values. */
    public static boolean correlateIfWaiting(RuntimeService runtimeService, String message, String complaintNo,
                                             Map<String, Object> variables, Map<String, Object> matching) {
        return correlate(runtimeService, message, complaintNo, variables, matching, false);
    }

    /**
     * Like {@link #correlateIfWaiting}, but the variables go to the scope the message starts (an event
     * sub-process), so that two such messages in a row do not overwrite each other's variables.
     */
    public static boolean correlateToTriggeredScopeIfWaiting(RuntimeService runtimeService, String message,
                                                             String complaintNo, Map<String, Object> variables) {
        return correlate(runtimeService, message, complaintNo, variables, Map.of(), true);
    }

    private static boolean correlate(RuntimeService runtimeService, String message, String complaintNo,
                                     Map<String, Object> variables, Map<String, Object> matching,
                                     boolean triggeredScope) {
        ExecutionQuery query = runtimeService.createExecutionQuery().messageEventSubscriptionName(message)
                .processInstanceBusinessKey(complaintNo);
        matching.forEach(query::processVariableValueEquals);
        Execution waiting = query.listPage(0, 1).stream().findFirst().orElse(null);
        if (waiting == null) {
            return false;
        }
        var correlation = runtimeService.createMessageCorrelation(message).processInstanceId(waiting.getProcessInstanceId());
        if (triggeredScope) {
            correlation.setVariablesToTriggeredScope(variables);
        } else {
            correlation.setVariables(variables);
        }
        correlation.correlate();
        return true;
    }

    private ProcessMessages() {
    }
}
