package org.complaintdesk.directory;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface MerchantEventRepository extends JpaRepository<MerchantEvent, Long> {

    List<MerchantEvent> findByMerchantIdAndIdGreaterThanOrderByIdAsc(String merchantId, long after, Pageable page);
}
