package org.complaintdesk.arbitration;

import org.springframework.data.jpa.repository.JpaRepository;

public interface MerchantUserRepository extends JpaRepository<MerchantUser, String> {
}
