package org.complaintdesk.directory;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.transaction.annotation.Transactional;

interface WebhookDeliveryRepository extends JpaRepository<WebhookDelivery, Long> {

    List<WebhookDelivery> findByEventIdOrderByIdAsc(long eventId);

    @Query("""
            select d.id from WebhookDelivery d
            where d.status = org.complaintdesk.directory.WebhookDelivery.Status.PENDING
              and d.nextAttemptAt <= :now and (d.claimedUntil is null or d.claimedUntil < :now)
            order by d.nextAttemptAt, d.id""")
    List<Long> findDue(Instant now, Pageable page);

    /** One poller wins a delivery for a while (several nodes may poll); a crashed one loses it when the claim ends. */
    @Modifying
    @Transactional
    @Query("""
            update WebhookDelivery d set d.claimedUntil = :until, d.attempts = d.attempts + 1
            where d.id = :id and d.status = org.complaintdesk.directory.WebhookDelivery.Status.PENDING
              and d.nextAttemptAt <= :now and (d.claimedUntil is null or d.claimedUntil < :now)""")
    int claim(long id, Instant now, Instant until);

    @Modifying
    @Transactional
    @Query("""
            update WebhookDelivery d set d.status = :status, d.nextAttemptAt = :next, d.claimedUntil = null,
              d.lastError = :error, d.deliveredAt = :deliveredAt
            where d.id = :id""")
    int settle(long id, WebhookDelivery.Status status, Instant next, String error, Instant deliveredAt);
}
