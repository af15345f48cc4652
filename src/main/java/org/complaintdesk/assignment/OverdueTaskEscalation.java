package org.complaintdesk.assignment;

import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.complaintdesk.complaint.CaseEvents;
import org.complaintdesk.complaint.CaseStep;
import org.complaintdesk.complaint.Complaint;
import org.complaintdesk.complaint.ComplaintRepository;
import org.complaintdesk.notification.Outbox;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A task passed its due date (a ruling, an appeal review): it goes up in priority and the supervisors are told,
 * so they can hurry or reassign it. The task stays with whoever may work it: supervisors are not added as
 * candidates of a ruling, which separation of duties keeps from them.
 */
@Service
class OverdueTaskEscalation {

    static final String TEMPLATE = "overdue";

    private final ComplaintRepository complaints;
    private final TaskService taskService;
    private final Outbox outbox;
    private final CaseEvents events;
    private final String supervisorsAddress;

    OverdueTaskEscalation(ComplaintRepository complaints, TaskService taskService, Outbox outbox, CaseEvents events,
                          @Value("${complaint-desk.notifications.supervisors-address:}") String supervisorsAddress) {
        this.complaints = complaints;
        this.taskService = taskService;
        this.outbox = outbox;
        this.events = events;
        this.supervisorsAddress = supervisorsAddress;
    }

    /** Escalates the open tasks of the process instance (the one the overdue timer is attached to). */
    @Transactional
    void escalate(String complaintNo, String processInstanceId) {
        Complaint complaint = complaints.getByComplaintNo(complaintNo);
        List<Task> open = taskService.createTaskQuery().processInstanceId(processInstanceId).list();
        for (Task task : open) {
            String due = task.getDueDate() == null ? "its due date" : task.getDueDate().toInstant().toString();
            if (task.getPriority() < FirstResponseEscalation.ESCALATED_PRIORITY) {
                task.setPriority(FirstResponseEscalation.ESCALATED_PRIORITY);
                taskService.saveTask(task);
            }
            events.record(complaint, CaseStep.ESCALATED, CaseEvents.SYSTEM, "\"" + task.getName() + "\" not done by "
                    + due + "; priority " + FirstResponseEscalation.ESCALATED_PRIORITY
                    + ", supervisors told");
            outbox.notifyStaff(complaintNo, supervisorsAddress, TEMPLATE, complaintNo, task.getName(),
                    due, task.getAssignee() == null ? "-" : task.getAssignee());
        }
    }
}
