package org.complaintdesk.resolution;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface RemedyActionRepository extends JpaRepository<RemedyAction, Long> {

    Optional<RemedyAction> findByActionKey(String actionKey);

    List<RemedyAction> findByComplaintIdOrderByIdAsc(Long complaintId);

    Optional<RemedyAction> findFirstByComplaintIdAndKindOrderByIdDesc(Long complaintId, String kind);
}
