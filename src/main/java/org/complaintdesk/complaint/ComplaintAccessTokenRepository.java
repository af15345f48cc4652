package org.complaintdesk.complaint;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ComplaintAccessTokenRepository extends JpaRepository<ComplaintAccessToken, Long> {

    Optional<ComplaintAccessToken> findByTokenHash(String tokenHash);
}
