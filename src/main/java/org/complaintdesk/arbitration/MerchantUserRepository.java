package org.complaintdesk.arbitration;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface MerchantUserRepository extends JpaRepository<MerchantUser, String> {

    List<MerchantUser> findByMerchantId(String merchantId);
}
