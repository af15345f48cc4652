package org.complaintdesk.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Seals the audit log into a hash chain and checks it.
 *
 * <p>Sealing takes the unsealed records in id order and gives each the next chain number, its predecessor's hash and
 * its own hash ({@link AuditDigests#recordHash}). It locks the one row of {@code audit_chain_head} while it works, so
 * on several nodes one seals at a time; appending never touches that row, so intake never waits for the chain. The
 * chain's order is sealing order: a record committed late is sealed in a later round.
 *
 * <p>Verifying walks the chain in order and answers with the first record that does not match: altered (its hash,
 * or its personal data's digest, differs from what it holds), a missing predecessor (a gap in the chain numbers, or a
 * link to another hash), or records missing at the end (the head names a later record).
 */
@Service
public class AuditChain {

    /** Records sealed per transaction: a long backlog is sealed in several short transactions. */
    static final int BATCH = 500;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;

    AuditChain(JdbcTemplate jdbc, PlatformTransactionManager transactionManager, Clock clock) {
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${complaint-desk.audit.seal-every}")
    void poll() {
        sealPending();
    }

    /** Seals every record appended so far; returns how many. */
    public int sealPending() {
        int sealed = 0;
        int round;
        do {
            round = transactions.execute(status -> sealBatch());
            sealed += round;
        } while (round == BATCH);
        return sealed;
    }

    private int sealBatch() {
        Head head = jdbc.queryForObject("select last_seq, last_hash from audit_chain_head where id = 1 for update",
                (rs, n) -> new Head(rs.getLong(1), rs.getString(2)));
        List<Unsealed> records = jdbc.query("""
                select id, complaint_no, recorded_at, kind, actor, content, personal_digest from audit_record
                where chain_seq is null order by id fetch first %d rows only""".formatted(BATCH),
                (rs, n) -> new Unsealed(rs.getLong(1), rs.getString(2),
                        rs.getObject(3, OffsetDateTime.class).toInstant(), rs.getString(4), rs.getString(5),
                        rs.getString(6), rs.getString(7)));
        long seq = head.lastSeq();
        String hash = head.lastHash();
        OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        for (Unsealed record : records) {
            String prev = hash;
            seq++;
            hash = AuditDigests.recordHash(prev, record.id(), seq, record.complaintNo(), record.recordedAt(),
                    record.kind(), record.actor(), record.content(), record.personalDigest());
            jdbc.update("update audit_record set chain_seq = ?, prev_hash = ?, hash = ?, sealed_at = ? where id = ?",
                    seq, prev, hash, now, record.id());
        }
        if (!records.isEmpty()) {
            jdbc.update("update audit_chain_head set last_seq = ?, last_hash = ? where id = 1", seq, hash);
        }
        return records.size();
    }

    /** Walks the whole chain; the answer of {@code GET /api/audit/verify}. */
    public AuditVerification verify() {
        return transactions.execute(status -> {
            Head head = jdbc.queryForObject("select last_seq, last_hash from audit_chain_head where id = 1",
                    (rs, n) -> new Head(rs.getLong(1), rs.getString(2)));
            long pending = jdbc.queryForObject("select count(*) from audit_record where chain_seq is null", Long.class);
            AuditVerification.Walk walk = new AuditVerification.Walk();
            jdbc.query("""
                    select id, chain_seq, prev_hash, hash, complaint_no, recorded_at, kind, actor, content, personal,
                           personal_salt, personal_digest, erased_at
                    from audit_record where chain_seq is not null order by chain_seq""", rs -> {
                if (walk.broken()) {
                    return;
                }
                long id = rs.getLong("id");
                long seq = rs.getLong("chain_seq");
                String personal = rs.getString("personal");
                String salt = rs.getString("personal_salt");
                String digest = rs.getString("personal_digest");
                boolean personalIntact = rs.getObject("erased_at") != null
                        || (salt != null && AuditDigests.personalDigest(salt, personal).equals(digest));
                String recomputed = AuditDigests.recordHash(rs.getString("prev_hash"), id, seq,
                        rs.getString("complaint_no"), rs.getObject("recorded_at", OffsetDateTime.class).toInstant(),
                        rs.getString("kind"), rs.getString("actor"), rs.getString("content"), digest);
                walk.next(id, seq, rs.getString("prev_hash"), rs.getString("hash"), recomputed, personalIntact);
            });
            return walk.result(head.lastSeq(), head.lastHash(), pending, clock.instant());
        });
    }

    private record Head(long lastSeq, String lastHash) {
    }

    private record Unsealed(long id, String complaintNo, Instant recordedAt, String kind, String actor, String content,
                            String personalDigest) {
    }
}
