package org.complaintdesk.audit;

import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.springframework.stereotype.Component;

/**
 * The process instances of a case, running or long finished: those carrying the complaint number as business key
 * and, recursively, the ones they called (evidence and arbitration, remedy execution, a refund), which may not.
 */
@Component
class CaseInstances {

    /** More process instances than a case ever has; a bound, not a page size. */
    private static final int MAX_INSTANCES = 1_000;

    private final HistoryService history;

    CaseInstances(HistoryService history) {
        this.history = history;
    }

    /** The case's instances in the order they started; the main one (no caller) first. */
    List<HistoricProcessInstance> of(String complaintNo) {
        Map<String, HistoricProcessInstance> found = new LinkedHashMap<>();
        Deque<String> callers = new ArrayDeque<>();
        history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(complaintNo)
                .orderByProcessInstanceStartTime().asc().listPage(0, MAX_INSTANCES).forEach(instance -> {
                    found.put(instance.getId(), instance);
                    callers.add(instance.getId());
                });
        while (!callers.isEmpty() && found.size() < MAX_INSTANCES) {
            for (HistoricProcessInstance called : history.createHistoricProcessInstanceQuery()
                    .superProcessInstanceId(callers.poll()).listPage(0, MAX_INSTANCES)) {
                if (found.putIfAbsent(called.getId(), called) == null) {
                    callers.add(called.getId());
                }
            }
        }
        return found.values().stream()
                .sorted(Comparator.comparing((HistoricProcessInstance i) -> i.getSuperProcessInstanceId() != null)
                        .thenComparing(HistoricProcessInstance::getStartTime))
                .toList();
    }

    /** {@code key:version}, the form the trail names a definition in. */
    static String definition(HistoricProcessInstance instance) {
        return instance.getProcessDefinitionKey() + ":" + instance.getProcessDefinitionVersion();
    }
}
