package org.complaintdesk.process;

import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;

/**
 * The complaint a process instance works on: its business key, the complaint number. Intake sets it when it
 * starts the case, and every call activity passes it on ({@code camunda:in businessKey}). Steps never read the
 * complaint number from a variable: a task completion can set variables, but never the business key.
 */
public final class CaseKey {

    /** @throws IllegalStateException when the instance has no business key (a model that lost {@code camunda:in businessKey}) */
    public static String of(DelegateExecution execution) {
        String key = execution.getProcessBusinessKey();
        if (key == null || key.isBlank()) {
            throw new IllegalStateException("Process instance " + execution.getProcessInstanceId()
                    + " has no business key: it is not a complaint's case (does a call activity pass the business key?)");
        }
        return key;
    }

    public static String of(DelegateTask task) {
        return find(task).orElseThrow(() -> new IllegalStateException("Task " + task.getId()
                + " belongs to no complaint's case"));
    }

    /** The complaint of a task, if it is a task of a complaint's case (not a standalone task). */
    public static Optional<String> find(DelegateTask task) {
        DelegateExecution execution = task.getExecution();
        if (execution == null) {
            return Optional.empty();
        }
        String key = execution.getProcessBusinessKey();
        return key == null || key.isBlank() ? Optional.empty() : Optional.of(key);
    }

    private CaseKey() {
    }
}
