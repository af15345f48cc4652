package org.complaintdesk.audit;

import java.time.Instant;
import java.util.Map;

/**
 * One thing that happened to a case, as the audit trail lists it: when, what kind, who did it, under which process
 * definition (key:version) and in which activity, a sentence for people and the facts for checking.
 *
 * @param kind one of {@link Kind}; a string in JSON and CSV so that readers of old exports need no enum
 * @param actor the user, service client or party who acted; {@code system} where the desk acted by itself
 * @param details the facts behind the summary (values, rule ids, hashes); never null
 */
public record AuditEntry(Instant at, String kind, String actor, String processDefinition, String activityId,
                         String activityName, String summary, Map<String, Object> details) {

    /** What the trail knows to have happened. */
    enum Kind {
        PROCESS_STARTED, PROCESS_ENDED, ACTIVITY_STARTED, ACTIVITY_ENDED,
        TASK_CREATED, TASK_CLAIMED, TASK_ASSIGNED, TASK_COMPLETED, TASK_ENDED, USER_OPERATION,
        VARIABLE_SET, VARIABLE_CHANGED, DECISION_EVALUATED, INCIDENT_CREATED, INCIDENT_RESOLVED, INCIDENT_DELETED,
        MESSAGE_RECEIVED, CASE_STEP, NOTE, EVIDENCE_FILE, MESSAGE_SENT
    }
}
