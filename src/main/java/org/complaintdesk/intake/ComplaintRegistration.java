package org.complaintdesk.intake;

import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import org.complaintdesk.complaint.CaseSummary;
import org.complaintdesk.complaint.Category;
import org.complaintdesk.complaint.Complaint;
import org.complaintdesk.complaint.ComplaintRepository;
import org.complaintdesk.complaint.ComplaintStatus;
import org.complaintdesk.process.ComplaintHandling;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The process takes a received complaint over: it becomes open, with its summary for the task forms. */
@Service
class ComplaintRegistration {

    private final ComplaintRepository complaints;
    private final ZoneId zone;

    ComplaintRegistration(ComplaintRepository complaints, @Value("${complaint-desk.time-zone}") ZoneId zone) {
        this.complaints = complaints;
        this.zone = zone;
    }

    /** @return the process variables the next steps need (category for routing, the form summary) */
    @Transactional
    Map<String, Object> register(String complaintNo) {
        Complaint complaint = complaints.getByComplaintNo(complaintNo);
        if (complaint.getStatus() == ComplaintStatus.RECEIVED) {
            complaint.registered(null);
        }
        Map<String, Object> variables = new HashMap<>(CaseSummary.of(complaint, zone));
        Category category = complaint.getCategoryHint() == null ? Category.OTHER : complaint.getCategoryHint();
        variables.put(ComplaintHandling.Var.CATEGORY, category.name());
        return variables;
    }
}
