package org.complaintdesk.merchant;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface MerchantAnswerRepository extends JpaRepository<MerchantAnswer, Long> {

    List<MerchantAnswer> findByMerchantIdAndStatusOrderByDueAtAsc(String merchantId, MerchantAnswer.Status status);
}
