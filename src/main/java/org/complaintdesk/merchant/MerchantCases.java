package org.complaintdesk.merchant;

import java.util.List;
import org.complaintdesk.complaint.Complaint;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/** The complaints about one merchant's orders, newest first: what its page lists. */
interface MerchantCases extends Repository<Complaint, Long> {

    @Query("select c from Complaint c where c.order.merchantId = :merchantId order by c.receivedAt desc, c.id desc")
    List<Complaint> ofMerchant(@Param("merchantId") String merchantId, Pageable page);
}
