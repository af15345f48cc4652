package org.complaintdesk.audit;

import java.time.Instant;

/**
 * What verifying the audit chain found: {@code OK} with how many records it checked and the latest hash (the anchor an
 * operator publishes), or {@code BROKEN} with the first record that does not match and why. Records appended but not
 * sealed yet are counted as pending: the chain does not cover them yet.
 */
public record AuditVerification(String status, long records, long pending, Long latestSeq, String latestHash,
                                Mismatch firstMismatch, Instant checkedAt) {

    /**
     * @param chainSeq where in the chain
     * @param id       the record's id, where the record is there (null when records are missing at the end)
     * @param problem  {@code ALTERED}, {@code PERSONAL_DATA_ALTERED}, {@code MISSING_PREDECESSOR},
     *                 {@code BROKEN_LINK} or {@code MISSING_AT_END}
     */
    public record Mismatch(long chainSeq, Long id, String problem, String detail) {
    }

    /** The state of a walk along the chain, record by record in chain order. */
    static final class Walk {

        private long checked;
        private long lastSeq;
        private String lastHash = AuditDigests.GENESIS;
        private Mismatch mismatch;

        boolean broken() {
            return mismatch != null;
        }

        void next(long id, long seq, String prevHash, String hash, String recomputed, boolean personalIntact) {
            if (seq != lastSeq + 1) {
                mismatch = new Mismatch(seq, id, "MISSING_PREDECESSOR", "records " + (lastSeq + 1)
                        + (seq - 1 > lastSeq + 1 ? " to " + (seq - 1) : "") + " of the chain are missing");
            } else if (!lastHash.equals(prevHash)) {
                mismatch = new Mismatch(seq, id, "BROKEN_LINK", "it names a predecessor other than record "
                        + lastSeq);
            } else if (!personalIntact) {
                mismatch = new Mismatch(seq, id, "PERSONAL_DATA_ALTERED", "its personal data does not match the digest"
                        + " sealed into the chain");
            } else if (!recomputed.equals(hash)) {
                mismatch = new Mismatch(seq, id, "ALTERED", "its content does not match its hash");
            } else {
                checked++;
                lastSeq = seq;
                lastHash = hash;
            }
        }

        AuditVerification result(long headSeq, String headHash, long pending, Instant now) {
            if (mismatch == null && (headSeq != lastSeq || !headHash.equals(lastHash))) {
                mismatch = new Mismatch(lastSeq + 1, null, "MISSING_AT_END", "the chain ends at record " + lastSeq
                        + ", but record " + headSeq + " was sealed");
            }
            return new AuditVerification(mismatch == null ? "OK" : "BROKEN", checked, pending,
                    mismatch == null ? lastSeq : null, mismatch == null ? lastHash : null, mismatch, now);
        }
    }
}
