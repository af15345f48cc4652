package org.complaintdesk.resolution;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface RefundRepository extends JpaRepository<Refund, Long> {

    Optional<Refund> findByRefundId(String refundId);

    List<Refund> findByComplaintIdOrderByIdAsc(Long complaintId);

    int countByComplaintId(Long complaintId);

    /** What was refunded or is on its way: everything but failed refunds. */
    @Query("select coalesce(sum(r.amount), 0) from Refund r where r.complaintId = :complaintId"
            + " and r.state <> org.complaintdesk.resolution.RefundState.FAILED")
    BigDecimal committed(Long complaintId);
}
