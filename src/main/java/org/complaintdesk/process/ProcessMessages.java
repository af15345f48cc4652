package org.complaintdesk.process;

import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Execution;

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
        return correlate(runtimeService, message, complaintNo, variables, false);
    }

    /**
     * Like {@link #correlateIfWaiting}, but the variables go to the scope the message starts (an event
     * sub-process), so that two such messages in a row do not overwrite each other's variables.
     */
    public static boolean correlateToTriggeredScopeIfWaiting(RuntimeService runtimeService, String message,
                                                             String complaintNo, Map<String, Object> variables) {
        return correlate(runtimeService, message, complaintNo, variables, true);
    }

    private static boolean correlate(RuntimeService runtimeService, String message, String complaintNo,
                                     Map<String, Object> variables, boolean triggeredScope) {
        Execution waiting = runtimeService.createExecutionQuery().messageEventSubscriptionName(message)
                .processInstanceBusinessKey(complaintNo)
                .listPage(0, 1).stream().findFirst().orElse(null);
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
