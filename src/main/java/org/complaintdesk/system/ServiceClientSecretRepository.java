package org.complaintdesk.system;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ServiceClientSecretRepository extends JpaRepository<ServiceClientSecret, Long> {

    List<ServiceClientSecret> findByClientIdOrderByIdAsc(String clientId);

    boolean existsBySecretHash(String secretHash);

    /** Marks a secret used; at most once a minute, so a busy client does not write on every request. */
    @Modifying
    @Query("update ServiceClientSecret s set s.lastUsedAt = :now where s.id = :id"
            + " and (s.lastUsedAt is null or s.lastUsedAt < :before)")
    int markUsed(Long id, Instant now, Instant before);
}
