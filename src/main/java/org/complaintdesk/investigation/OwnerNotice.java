package org.complaintdesk.investigation;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.complaintdesk.complaint.Complaint;
import org.complaintdesk.complaint.ComplaintNote;
import org.complaintdesk.complaint.ComplaintNoteRepository;
import org.complaintdesk.complaint.ComplaintRepository;
import org.complaintdesk.notification.Outbox;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells the case owner that the customer added something: a comment on the case's open tasks (seen in
 * Tasklist) and a message to the owner's email address.
 */
@Service
class OwnerNotice {

    static final String TEMPLATE = "customer-information";
    private static final int EXCERPT = 500;

    private final ComplaintRepository complaints;
    private final ComplaintNoteRepository notes;
    private final TaskService taskService;
    private final IdentityService identityService;
    private final Outbox outbox;

    OwnerNotice(ComplaintRepository complaints, ComplaintNoteRepository notes, TaskService taskService,
                IdentityService identityService, Outbox outbox) {
        this.complaints = complaints;
        this.notes = notes;
        this.taskService = taskService;
        this.identityService = identityService;
        this.outbox = outbox;
    }

    @Transactional
    void tell(String complaintNo, long noteId, String processInstanceId) {
        Complaint complaint = complaints.getByComplaintNo(complaintNo);
        ComplaintNote note = notes.findById(noteId).orElseThrow();
        String excerpt = note.getText().length() <= EXCERPT ? note.getText()
                : note.getText().substring(0, EXCERPT) + " …";
        for (Task task : taskService.createTaskQuery().processInstanceId(processInstanceId).list()) {
            taskService.createComment(task.getId(), processInstanceId,
                    "Customer added (" + note.getKind() + "): " + excerpt);
        }
        if (complaint.getOwnerId() != null) {
            User owner = identityService.createUserQuery().userId(complaint.getOwnerId()).singleResult();
            outbox.notifyStaff(complaintNo, owner == null ? null : owner.getEmail(), TEMPLATE, complaintNo,
                    complaint.getOwnerId(), note.getKind(), excerpt);
        }
    }
}
