package org.complaintdesk.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricDecisionInstance;
import org.camunda.bpm.engine.history.HistoricDetail;
import org.camunda.bpm.engine.history.HistoricIncident;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.query.Query;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.complaintdesk.audit.AuditEntry.Kind;
import org.complaintdesk.complaint.CaseEvents;
import org.springframework.stereotype.Component;

/**
 * The engine's side of the trail, read from its history (level FULL) through its query API: instances, activities,
 * user tasks with the user operations on them, variable updates with the value each replaced, decision evaluations
 * with inputs, matched rules and outputs, and incidents. Queries page through large histories.
 */
@Component
class EngineHistory {

    private static final int PAGE = 500;
    /** Values longer than this (a whole JSON document) are cut: the trail says what changed, not every byte. */
    private static final int MAX_VALUE = 2_000;
    /** The operations on a task that have an entry kind of their own; others are {@link Kind#USER_OPERATION}. */
    private static final Map<String, Kind> TASK_OPERATIONS = Map.of(
            UserOperationLogEntry.OPERATION_TYPE_CLAIM, Kind.TASK_CLAIMED,
            UserOperationLogEntry.OPERATION_TYPE_ASSIGN, Kind.TASK_ASSIGNED,
            UserOperationLogEntry.OPERATION_TYPE_COMPLETE, Kind.TASK_COMPLETED);

    private final HistoryService history;
    private final RepositoryService repository;

    EngineHistory(HistoryService history, RepositoryService repository) {
        this.history = history;
        this.repository = repository;
    }

    /** The entries of one process instance of the case, unsorted. */
    List<AuditEntry> entries(HistoricProcessInstance instance) {
        Instance i = new Instance(instance, CaseInstances.definition(instance), new ArrayList<>());
        i.add(instance.getStartTime(), Kind.PROCESS_STARTED, instance.getStartUserId(), instance.getStartActivityId(),
                null, "Process " + i.definition + " started", details("processInstanceId", instance.getId(),
                        "superProcessInstanceId", instance.getSuperProcessInstanceId(),
                        "businessKey", instance.getBusinessKey()));
        Map<String, HistoricActivityInstance> activities = activities(i);
        Map<String, HistoricTaskInstance> tasks = new HashMap<>();
        all(history.createHistoricTaskInstanceQuery().processInstanceId(instance.getId())
                .orderByHistoricActivityInstanceStartTime().asc()).forEach(task -> tasks.put(task.getId(), task));
        Map<String, String> operationUsers = operations(i, tasks);
        tasks(i, tasks.values());
        variables(i, activities, operationUsers);
        decisions(i);
        incidents(i, activities);
        if (instance.getEndTime() != null) {
            i.add(instance.getEndTime(), Kind.PROCESS_ENDED, null, instance.getEndActivityId(), null,
                    "Process " + i.definition + " ended (" + instance.getState() + ")",
                    details("processInstanceId", instance.getId(), "deleteReason", instance.getDeleteReason()));
        }
        return i.entries;
    }

    private Map<String, HistoricActivityInstance> activities(Instance i) {
        Map<String, HistoricActivityInstance> byId = new HashMap<>();
        for (HistoricActivityInstance a : all(history.createHistoricActivityInstanceQuery()
                .processInstanceId(i.instance.getId()).orderByHistoricActivityInstanceStartTime().asc()
                .orderPartiallyByOccurrence().asc())) {
            byId.put(a.getId(), a);
            String name = label(a.getActivityName(), a.getActivityId());
            i.add(a.getStartTime(), Kind.ACTIVITY_STARTED, null, a.getActivityId(), a.getActivityName(),
                    "Entered " + name, details("activityType", a.getActivityType(),
                            "activityInstanceId", a.getId(), "calledProcessInstanceId", a.getCalledProcessInstanceId()));
            if (a.getEndTime() != null) {
                i.add(a.getEndTime(), Kind.ACTIVITY_ENDED, a.getAssignee(), a.getActivityId(), a.getActivityName(),
                        (a.isCanceled() ? "Cancelled " : "Left ") + name, details("activityType", a.getActivityType(),
                                "activityInstanceId", a.getId(), "canceled", a.isCanceled()));
            }
        }
        return byId;
    }

    /** User operations (claim, assign, complete, retries, ...), one entry each; @return user per operation id */
    private Map<String, String> operations(Instance i, Map<String, HistoricTaskInstance> tasks) {
        Map<String, List<UserOperationLogEntry>> byOperation = new LinkedHashMap<>();
        all(history.createUserOperationLogQuery().processInstanceId(i.instance.getId()).orderByTimestamp().asc())
                .forEach(e -> byOperation.computeIfAbsent(e.getOperationId(), id -> new ArrayList<>()).add(e));
        Map<String, String> users = new HashMap<>();
        byOperation.forEach((operationId, rows) -> {
            UserOperationLogEntry first = rows.get(0);
            users.put(operationId, first.getUserId());
            HistoricTaskInstance task = first.getTaskId() == null ? null : tasks.get(first.getTaskId());
            Map<String, Object> changes = new LinkedHashMap<>();
            rows.stream().filter(r -> r.getProperty() != null).forEach(r -> changes.put(r.getProperty(),
                    details("old", r.getOrgValue(), "new", r.getNewValue())));
            Kind kind = task == null ? Kind.USER_OPERATION
                    : TASK_OPERATIONS.getOrDefault(first.getOperationType(), Kind.USER_OPERATION);
            String what = task != null ? "task " + label(task.getName(), task.getTaskDefinitionKey())
                    : first.getEntityType().toLowerCase(java.util.Locale.ROOT);
            i.add(first.getTimestamp(), kind, first.getUserId(), task == null ? null : task.getTaskDefinitionKey(),
                    task == null ? null : task.getName(),
                    first.getUserId() + " " + first.getOperationType() + " " + what,
                    details("operationType", first.getOperationType(), "entityType", first.getEntityType(),
                            "taskId", first.getTaskId(), "jobId", first.getJobId(), "changes", changes,
                            "annotation", first.getAnnotation()));
        });
        return users;
    }

    private void tasks(Instance i, java.util.Collection<HistoricTaskInstance> tasks) {
        Set<String> completedByOperation = i.entries.stream().filter(e -> Kind.TASK_COMPLETED.name().equals(e.kind()))
                .map(e -> (String) e.details().get("taskId")).collect(Collectors.toSet());
        for (HistoricTaskInstance task : tasks) {
            String name = label(task.getName(), task.getTaskDefinitionKey());
            i.add(task.getStartTime(), Kind.TASK_CREATED, null, task.getTaskDefinitionKey(), task.getName(),
                    "Task " + name + " created", details("taskId", task.getId(), "due", instant(task.getDueDate()),
                            "priority", task.getPriority()));
            if (task.getEndTime() != null && !completedByOperation.contains(task.getId())) {
                boolean completed = "completed".equals(task.getDeleteReason());
                i.add(task.getEndTime(), completed ? Kind.TASK_COMPLETED : Kind.TASK_ENDED, task.getAssignee(),
                        task.getTaskDefinitionKey(), task.getName(), "Task " + name
                                + (completed ? " completed" : " ended (" + task.getDeleteReason() + ")"),
                        details("taskId", task.getId(), "assignee", task.getAssignee(),
                                "deleteReason", task.getDeleteReason()));
            }
        }
    }

    /** Each update with the value it replaced: the previous update of the same variable instance. */
    private void variables(Instance i, Map<String, HistoricActivityInstance> activities, Map<String, String> users) {
        Map<String, Object> previous = new HashMap<>();
        for (HistoricDetail detail : all(history.createHistoricDetailQuery().processInstanceId(i.instance.getId())
                .variableUpdates().disableBinaryFetching().disableCustomObjectDeserialization()
                .orderByTime().asc().orderPartiallyByOccurrence().asc())) {
            if (!(detail instanceof HistoricVariableUpdate update)) {
                continue;
            }
            Object value = update.getErrorMessage() != null ? "(unreadable: " + update.getErrorMessage() + ")"
                    : value(update.getTypedValue());
            boolean known = previous.containsKey(update.getVariableInstanceId());
            Object old = previous.put(update.getVariableInstanceId(), value);
            HistoricActivityInstance activity = activities.get(update.getActivityInstanceId());
            i.add(update.getTime(), known ? Kind.VARIABLE_CHANGED : Kind.VARIABLE_SET,
                    update.getUserOperationId() == null ? null : users.get(update.getUserOperationId()),
                    activity == null ? null : activity.getActivityId(), activity == null ? null : activity.getActivityName(),
                    update.getVariableName() + (known ? ": " + old + " → " + value : " = " + value),
                    details("name", update.getVariableName(), "type", update.getTypeName(), "old", old, "new", value,
                            "revision", update.getRevision()));
        }
    }

    private void decisions(Instance i) {
        Map<String, String> versions = new HashMap<>();
        for (HistoricDecisionInstance d : all(history.createHistoricDecisionInstanceQuery()
                .processInstanceId(i.instance.getId()).includeInputs().includeOutputs().orderByEvaluationTime().asc())) {
            String decision = versions.computeIfAbsent(d.getDecisionDefinitionId(),
                    id -> d.getDecisionDefinitionKey() + ":" + repository.getDecisionDefinition(id).getVersion());
            Map<String, Object> inputs = new LinkedHashMap<>();
            d.getInputs().forEach(in -> inputs.put(label(in.getClauseName(), in.getClauseId()),
                    value(in.getTypedValue())));
            List<Map<String, Object>> outputs = d.getOutputs().stream().map(out -> details("ruleId", out.getRuleId(),
                    "ruleOrder", out.getRuleOrder(), "name", label(out.getVariableName(), out.getClauseName()),
                    "value", value(out.getTypedValue()))).toList();
            List<String> rules = d.getOutputs().stream().map(out -> out.getRuleId()).distinct().toList();
            i.add(d.getEvaluationTime(), Kind.DECISION_EVALUATED, d.getUserId(), d.getActivityId(), null,
                    "Decision " + decision + " matched " + rules.size() + " rule(s)",
                    details("decisionDefinition", decision, "decisionName", d.getDecisionDefinitionName(),
                            "inputs", inputs, "matchedRules", rules, "outputs", outputs,
                            "collectResult", d.getCollectResultValue()));
        }
    }

    private void incidents(Instance i, Map<String, HistoricActivityInstance> activities) {
        for (HistoricIncident incident : all(history.createHistoricIncidentQuery()
                .processInstanceId(i.instance.getId()).orderByCreateTime().asc())) {
            String activityName = activities.values().stream().filter(a -> a.getActivityId()
                    .equals(incident.getActivityId())).map(HistoricActivityInstance::getActivityName).findFirst()
                    .orElse(null);
            boolean own = incident.getId().equals(incident.getRootCauseIncidentId());
            Map<String, Object> facts = details("incidentId", incident.getId(), "type", incident.getIncidentType(),
                    "message", incident.getIncidentMessage(), "configuration", incident.getConfiguration(),
                    "annotation", incident.getAnnotation(), "rootCauseIncidentId", own ? null
                            : incident.getRootCauseIncidentId());
            // an incident in a called process shows in the calling activity too, as one caused by it
            String what = incident.getIncidentType() + (own ? ": " + incident.getIncidentMessage()
                    : " in the called process");
            i.add(incident.getCreateTime(), Kind.INCIDENT_CREATED, null, incident.getActivityId(), activityName,
                    "Incident " + what, facts);
            if (incident.getEndTime() != null) {
                boolean resolved = incident.isResolved();
                i.add(incident.getEndTime(), resolved ? Kind.INCIDENT_RESOLVED : Kind.INCIDENT_DELETED, null,
                        incident.getActivityId(), activityName, "Incident " + (resolved ? "resolved" : "deleted")
                                + ": " + what, facts);
            }
        }
    }

    /** A value as JSON and CSV can show it: text for objects (serialized form, never deserialized), cut when long. */
    static Object value(TypedValue typed) {
        if (typed == null) {
            return null;
        }
        Object value;
        if (typed instanceof SerializableValue serializable && !serializable.isDeserialized()) {
            value = serializable.getValueSerialized();
        } else if (typed instanceof FileValue file) {
            value = "file " + file.getFilename();
        } else {
            value = typed.getValue();
        }
        if (value == null || value instanceof Number || value instanceof Boolean) {
            return value;
        }
        if (value instanceof Date date) {
            return date.toInstant().toString();
        }
        if (value instanceof byte[] bytes) {
            return bytes.length + " bytes";
        }
        String text = value.toString();
        return text.length() <= MAX_VALUE ? text : text.substring(0, MAX_VALUE) + "…";
    }

    /** The pairs as an ordered map without the null values. */
    static Map<String, Object> details(Object... pairs) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int k = 0; k < pairs.length; k += 2) {
            if (pairs[k + 1] != null) {
                map.put((String) pairs[k], pairs[k + 1]);
            }
        }
        return map;
    }

    private static String label(String name, String id) {
        return name == null || name.isBlank() ? id : name.replace('\n', ' ');
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }

    /** Every result of a query, a page at a time. */
    static <T> List<T> all(Query<?, T> query) {
        List<T> all = new ArrayList<>();
        List<T> page;
        do {
            page = query.listPage(all.size(), PAGE);
            all.addAll(page);
        } while (page.size() == PAGE);
        return all;
    }

    /** One instance being read: where its entries go, each named with the instance's definition. */
    private record Instance(HistoricProcessInstance instance, String definition, List<AuditEntry> entries) {

        void add(Date at, Kind kind, String actor, String activityId, String activityName, String summary,
                 Map<String, Object> details) {
            entries.add(new AuditEntry(at.toInstant(), kind.name(), actor == null ? CaseEvents.SYSTEM : actor,
                    definition, activityId, activityName, summary, details));
        }
    }
}
