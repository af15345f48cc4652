package org.complaintdesk.negotiation;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface RemedyOfferRepository extends JpaRepository<RemedyOffer, Long> {

    List<RemedyOffer> findByComplaintIdOrderByRoundAsc(Long complaintId);

    Optional<RemedyOffer> findFirstByComplaintIdOrderByRoundDesc(Long complaintId);

    long countByComplaintIdAndStatus(Long complaintId, OfferStatus status);

    int countByComplaintId(Long complaintId);

    boolean existsByComplaintIdAndOfferedBy(Long complaintId, String offeredBy);
}
