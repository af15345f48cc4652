package org.complaintdesk.arbitration;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface EvidenceRepository extends JpaRepository<Evidence, Long> {

    List<Evidence> findByComplaintIdOrderByIdAsc(Long complaintId);

    long countByComplaintIdAndParty(Long complaintId, EvidenceParty party);
}
