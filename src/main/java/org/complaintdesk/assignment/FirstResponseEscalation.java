package org.complaintdesk.assignment;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.complaintdesk.complaint.CaseEvents;
import org.complaintdesk.complaint.CaseStep;
import org.complaintdesk.complaint.Complaint;
import org.complaintdesk.complaint.ComplaintRepository;
import org.complaintdesk.notification.Outbox;
import org.complaintdesk.system.DeskGroups;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Nobody took the case by its first-response deadline: its open tasks go up in priority and to the
 * supervisors as well, and the supervisors are told.
 */
@Service
class FirstResponseEscalation {

    static final String TEMPLATE = "escalation";
    /** Escalated tasks sort above every graded priority but a safety hazard's. */
    static final int ESCALATED_PRIORITY = 90;

    private final ComplaintRepository complaints;
    private final TaskService taskService;
    private final Outbox outbox;
    private final CaseEvents events;
    private final String supervisorsAddress;

    FirstResponseEscalation(ComplaintRepository complaints, TaskService taskService, Outbox outbox, CaseEvents events,
                            @Value("${complaint-desk.notifications.supervisors-address:}") String supervisorsAddress) {
        this.complaints = complaints;
        this.taskService = taskService;
        this.outbox = outbox;
        this.events = events;
        this.supervisorsAddress = supervisorsAddress;
    }

    @Transactional
    void escalate(String complaintNo, String processInstanceId) {
        Complaint complaint = complaints.getByComplaintNo(complaintNo);
        complaint.escalated(ESCALATED_PRIORITY);
        events.record(complaint, CaseStep.ESCALATED, CaseEvents.SYSTEM, "not taken by the first-response deadline "
                + complaint.getFirstResponseDueAt() + "; supervisors added, priority " + ESCALATED_PRIORITY);
        for (Task task : taskService.createTaskQuery().processInstanceId(processInstanceId).list()) {
            taskService.addCandidateGroup(task.getId(), DeskGroups.SUPERVISORS);
            if (task.getPriority() < ESCALATED_PRIORITY) {
                task.setPriority(ESCALATED_PRIORITY);
                taskService.saveTask(task);
            }
        }
        outbox.notifyStaff(complaintNo, supervisorsAddress, TEMPLATE, complaintNo, complaint.getDesk(),
                complaint.getFirstResponseDueAt(), complaint.getCustomer().getName(),
                complaint.getCustomer().isVip() ? "VIP" : "-", String.valueOf(complaint.getSeverity()));
    }
}
