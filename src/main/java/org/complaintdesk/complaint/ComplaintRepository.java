package org.complaintdesk.complaint;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ComplaintRepository extends JpaRepository<Complaint, Long> {

    Optional<Complaint> findByComplaintNo(String complaintNo);

    Optional<Complaint> findByChannelAndExternalId(Channel channel, String externalId);

    default Complaint getByComplaintNo(String complaintNo) {
        return findByComplaintNo(complaintNo).orElseThrow(() -> new ComplaintNotFoundException(complaintNo));
    }
}
