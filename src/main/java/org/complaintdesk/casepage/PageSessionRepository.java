package org.complaintdesk.casepage;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface PageSessionRepository extends JpaRepository<PageSession, Long> {

    Optional<PageSession> findBySessionHash(String sessionHash);
}
