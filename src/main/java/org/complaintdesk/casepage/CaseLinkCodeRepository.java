package org.complaintdesk.casepage;

import java.time.Instant;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface CaseLinkCodeRepository extends JpaRepository<CaseLinkCode, Long> {

    Optional<CaseLinkCode> findByCodeHash(String codeHash);

    boolean existsByComplaintIdAndIssuedAtAfter(Long complaintId, Instant since);

    /** Spends the code: of two requests with the same code, exactly one gets 1. */
    @Modifying
    @Query("update CaseLinkCode c set c.usedAt = :now where c.id = :id and c.usedAt is null and c.expiresAt > :now")
    int spend(@Param("id") long id, @Param("now") Instant now);
}
