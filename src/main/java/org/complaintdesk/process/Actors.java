package org.complaintdesk.process;

import java.util.Optional;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * Who did a step: the user the engine authenticated for the call that caused it (Tasklist, engine REST, an
 * authenticated call of our API), never a task's assignee or a variable. A step the engine takes by itself (a
 * timer, an asynchronous job) is done by {@link #SYSTEM}.
 */
public final class Actors {

    /** The desk itself: rules, timers, jobs. */
    public static final String SYSTEM = "system";

    /**
     * The user completing (or being assigned) a task. A user task is always worked by an authenticated person;
     * the task completion guard refuses anonymous completions before listeners run.
     */
    public static String of(DelegateTask task) {
        return authenticated(task.getProcessEngineServices().getIdentityService())
                .orElseThrow(() -> new AuthorizationException("Task '" + task.getName()
                        + "' can only be worked by an authenticated user."));
    }

    /** The user whose call changes the task (assigns it, say), or {@link #SYSTEM} when the desk does it by itself. */
    public static String orSystem(DelegateTask task) {
        return authenticated(task.getProcessEngineServices().getIdentityService()).orElse(SYSTEM);
    }

    /** The user whose call runs this step, or {@link #SYSTEM} when the engine runs it by itself. */
    public static String of(DelegateExecution execution) {
        return authenticated(execution.getProcessEngineServices().getIdentityService()).orElse(SYSTEM);
    }

    /** The authenticated user of the current thread's engine call, if any. */
    public static Optional<String> authenticated(IdentityService identityService) {
        Authentication authentication = identityService.getCurrentAuthentication();
        return authentication == null || authentication.getUserId() == null ? Optional.empty()
                : Optional.of(authentication.getUserId());
    }

    private Actors() {
    }
}
