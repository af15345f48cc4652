package org.complaintdesk.process;

import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Execution;

/**
 * Delivers a message to the process instance of a complaint that waits for it — the complaint's own
 * instance or one it called (evidence, remedy) — found by the {@code complaintNo} variable. Looks before
 * correlating, so that "nobody waits" is an answer, not an exception inside the caller's transaction.
 */
public final class ProcessMessages {

    /** @return whether an instance was waiting and got the message */
    public static boolean correlateIfWaiting(RuntimeService runtimeService, String message, String complaintNo,
                                             Map<String, Object> variables) {
        Execution waiting = runtimeService.createExecutionQuery().messageEventSubscriptionName(message)
                .processVariableValueEquals(ComplaintHandling.Var.COMPLAINT_NO, complaintNo)
                .listPage(0, 1).stream().findFirst().orElse(null);
        if (waiting == null) {
            return false;
        }
        runtimeService.createMessageCorrelation(message)
                .processInstanceId(waiting.getProcessInstanceId())
                .setVariables(variables)
                .correlate();
        return true;
    }

    private ProcessMessages() {
    }
}
