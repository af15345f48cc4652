package org.complaintdesk.notification;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.transaction.annotation.Transactional;

public interface OutboxRepository extends JpaRepository<OutboxMessage, Long> {

    List<OutboxMessage> findByComplaintNoOrderByIdAsc(String complaintNo);

    List<OutboxMessage> findByStatusOrderByIdAsc(DeliveryStatus status);

    @Query("""
            select m.id from OutboxMessage m
            where m.status = org.complaintdesk.notification.DeliveryStatus.PENDING
              and m.nextAttemptAt <= :now and (m.claimedUntil is null or m.claimedUntil < :now)
            order by m.nextAttemptAt, m.id""")
    List<Long> findDue(Instant now, Pageable page);

    /**
     * Claims a message for one dispatcher for a while; several nodes may poll, only one wins a message.
     * A dispatcher that dies while sending loses its claim when it expires, and the message is retried.
     */
    @Modifying
    @Transactional
    @Query("""
            update OutboxMessage m set m.claimedUntil = :until, m.attempts = m.attempts + 1
            where m.id = :id and m.status = org.complaintdesk.notification.DeliveryStatus.PENDING
              and m.nextAttemptAt <= :now and (m.claimedUntil is null or m.claimedUntil < :now)""")
    int claim(long id, Instant now, Instant until);

    @Modifying
    @Transactional
    @Query("""
            update OutboxMessage m set m.status = org.complaintdesk.notification.DeliveryStatus.SENT,
              m.sentAt = :now, m.claimedUntil = null, m.lastError = null
            where m.id = :id""")
    int markSent(long id, Instant now);

    @Modifying
    @Transactional
    @Query("""
            update OutboxMessage m set m.status = :status, m.nextAttemptAt = :nextAttemptAt,
              m.claimedUntil = null, m.lastError = :error
            where m.id = :id""")
    int markAttemptFailed(long id, DeliveryStatus status, Instant nextAttemptAt, String error);
}
