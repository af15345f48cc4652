package org.complaintdesk.archive;

import org.complaintdesk.complaint.ComplaintRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Ends a complaint's handling. */
@Service
class ComplaintClosing {

    private final ComplaintRepository complaints;

    ComplaintClosing(ComplaintRepository complaints) {
        this.complaints = complaints;
    }

    @Transactional
    void close(String complaintNo) {
        complaints.getByComplaintNo(complaintNo).closed();
    }
}
