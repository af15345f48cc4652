package org.complaintdesk.followup;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SurveyRepository extends JpaRepository<Survey, Long> {

    Optional<Survey> findFirstByComplaintIdOrderByRoundDesc(Long complaintId);

    List<Survey> findByComplaintIdOrderByRoundAsc(Long complaintId);

    int countByComplaintId(Long complaintId);
}
