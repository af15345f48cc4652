package org.complaintdesk.complaint;

import java.time.Instant;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ComplaintRepository extends JpaRepository<Complaint, Long> {

    Optional<Complaint> findByComplaintNo(String complaintNo);

    Optional<Complaint> findByChannelAndExternalId(Channel channel, String externalId);

    /** Other complaints of a customer received since a moment, for "repeat complainant". */
    @Query("select count(c) from Complaint c where c.customer.id = :customerId and c.receivedAt >= :since and c.id <> :excluded")
    long countEarlier(String customerId, Instant since, Long excluded);

    default Complaint getByComplaintNo(String complaintNo) {
        return findByComplaintNo(complaintNo).orElseThrow(() -> new ComplaintNotFoundException(complaintNo));
    }
}
