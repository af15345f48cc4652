package org.complaintdesk.directory;

import org.springframework.data.jpa.repository.JpaRepository;

interface MerchantRepository extends JpaRepository<Merchant, String> {
}
