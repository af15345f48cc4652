package org.complaintdesk.audit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricIncident;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.complaintdesk.complaint.ComplaintNotFoundException;
import org.complaintdesk.complaint.ComplaintRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the auditor's page draws: for each process instance of a case (the case's own and those it called) the BPMN
 * of the very definition version it ran on, and which activities it went through, where it waits now and where an
 * incident is open.
 */
@Service
class CaseDiagrams {

    private final ComplaintRepository complaints;
    private final CaseInstances instances;
    private final HistoryService history;
    private final RepositoryService repository;

    CaseDiagrams(ComplaintRepository complaints, CaseInstances instances, HistoryService history,
                 RepositoryService repository) {
        this.complaints = complaints;
        this.instances = instances;
        this.history = history;
        this.repository = repository;
    }

    /**
     * One process instance's diagram and path.
     *
     * @param calledFrom the activity of the calling instance that started this one; null for the case's own
     * @param done activities entered and left (also those a boundary event cancelled)
     * @param current activities entered and not left: where the instance waits
     * @param incidents activities with an open incident
     */
    record Diagram(String processInstanceId, String processDefinition, String name, String superProcessInstanceId,
                   String calledFrom, String state, String xml, Set<String> done, Set<String> current,
                   Set<String> incidents) {
    }

    record Diagrams(String complaintNo, List<Diagram> instances) {
    }

    /** @throws ComplaintNotFoundException for an unknown complaint number */
    @Transactional(readOnly = true)
    Diagrams of(String complaintNo) {
        if (complaints.findByComplaintNo(complaintNo).isEmpty()) {
            throw new ComplaintNotFoundException(complaintNo);
        }
        List<HistoricProcessInstance> caseInstances = instances.of(complaintNo);
        Map<String, String> calledFrom = new HashMap<>();
        Map<String, List<HistoricActivityInstance>> activities = new HashMap<>();
        for (HistoricProcessInstance instance : caseInstances) {
            List<HistoricActivityInstance> path = EngineHistory.all(history.createHistoricActivityInstanceQuery()
                    .processInstanceId(instance.getId()).orderByHistoricActivityInstanceStartTime().asc()
                    .orderPartiallyByOccurrence().asc());
            activities.put(instance.getId(), path);
            path.stream().filter(a -> a.getCalledProcessInstanceId() != null)
                    .forEach(a -> calledFrom.put(a.getCalledProcessInstanceId(), a.getActivityId()));
        }
        return new Diagrams(complaintNo, caseInstances.stream().map(instance -> {
            Set<String> done = new LinkedHashSet<>();
            Set<String> current = new LinkedHashSet<>();
            activities.get(instance.getId()).forEach(a -> (a.getEndTime() == null ? current : done).add(a.getActivityId()));
            Set<String> incidents = new LinkedHashSet<>();
            EngineHistory.all(history.createHistoricIncidentQuery().processInstanceId(instance.getId()).open())
                    .stream().map(HistoricIncident::getActivityId).forEach(incidents::add);
            return new Diagram(instance.getId(), CaseInstances.definition(instance), instance.getProcessDefinitionName(),
                    instance.getSuperProcessInstanceId(), calledFrom.get(instance.getId()), instance.getState(),
                    xml(instance.getProcessDefinitionId()), done, current, incidents);
        }).toList());
    }

    private String xml(String processDefinitionId) {
        try (InputStream model = repository.getProcessModel(processDefinitionId)) {
            return new String(model.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
