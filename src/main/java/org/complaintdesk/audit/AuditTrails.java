package org.complaintdesk.audit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.complaintdesk.complaint.Complaint;
import org.complaintdesk.complaint.ComplaintNotFoundException;
import org.complaintdesk.complaint.ComplaintRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Assembles a complaint's audit trail from the engine's history and the desk's tables. Who may read it (auditors,
 * supervisors) is decided before, by the caller's groups; the engine queries then run in the desk's own authority,
 * as the trail covers every instance of the case whoever worked it.
 */
@Service
class AuditTrails {

    private final ComplaintRepository complaints;
    private final CaseInstances instances;
    private final EngineHistory engine;
    private final DeskRecords desk;

    AuditTrails(ComplaintRepository complaints, CaseInstances instances, EngineHistory engine, DeskRecords desk) {
        this.complaints = complaints;
        this.instances = instances;
        this.engine = engine;
        this.desk = desk;
    }

    /** @throws ComplaintNotFoundException for an unknown complaint number */
    @Transactional(readOnly = true)
    AuditTrail of(String complaintNo) {
        Complaint complaint = complaints.findByComplaintNo(complaintNo)
                .orElseThrow(() -> new ComplaintNotFoundException(complaintNo));
        List<HistoricProcessInstance> caseInstances = instances.of(complaintNo);
        List<AuditEntry> entries = new ArrayList<>();
        caseInstances.forEach(instance -> entries.addAll(engine.entries(instance)));
        entries.addAll(desk.entries(complaint));
        // stable: what happened in the same millisecond keeps the order its source recorded it in
        entries.sort(Comparator.comparing(AuditEntry::at));
        return new AuditTrail(complaint.getComplaintNo(),
                caseInstances.isEmpty() ? null : caseInstances.get(0).getId(), List.copyOf(entries));
    }
}
