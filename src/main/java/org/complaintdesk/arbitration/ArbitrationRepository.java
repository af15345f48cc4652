package org.complaintdesk.arbitration;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ArbitrationRepository extends JpaRepository<Arbitration, Long> {
}
