package org.complaintdesk.archive;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import org.complaintdesk.complaint.Complaint;
import org.complaintdesk.complaint.ComplaintRepository;
import org.hibernate.Session;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Cases that ended before this desk ran them — the demo's history, or a platform's earlier cases — written into
 * the case library as {@link CaseLibrary} writes an ended case, without running them through the process: their
 * complaints and library records, a batch per transaction, with nothing sent to anybody.
 */
@Service
public class PastCases {

    /** Library rows per JDBC batch (complaints get their ids from the database, one insert each). */
    private static final int JDBC_BATCH = 100;

    private final ComplaintRepository complaints;
    private final CaseRecordRepository records;
    private final EntityManager entityManager;

    PastCases(ComplaintRepository complaints, CaseRecordRepository records, EntityManager entityManager) {
        this.complaints = complaints;
        this.records = records;
        this.entityManager = entityManager;
    }

    /**
     * A complaint that has ended (its outcome and end are set) and what the library records beside it.
     *
     * @param satisfactionScore the customer's survey score (1–5), or null when they gave none
     * @param milestones        when the funnel's steps happened
     */
    public record PastCase(Complaint complaint, int offersMade, BigDecimal refunded, Integer satisfactionScore,
                           Boolean solved, CaseRecord.Milestones milestones) {

        public PastCase {
            Objects.requireNonNull(complaint);
            Objects.requireNonNull(milestones);
            if (complaint.getOutcome() == null || complaint.getEndedAt() == null) {
                throw new IllegalArgumentException(complaint.getComplaintNo() + " has not ended");
            }
        }
    }

    /** Records one batch in one transaction: the complaints, then their library rows in JDBC batches. */
    @Transactional
    public void record(List<PastCase> batch) {
        entityManager.unwrap(Session.class).setJdbcBatchSize(JDBC_BATCH);
        List<Complaint> saved = complaints.saveAll(batch.stream().map(PastCase::complaint).toList());
        for (int i = 0; i < batch.size(); i++) {
            PastCase past = batch.get(i);
            // persist, not save: a record's id is its complaint's, and save would look it up first
            entityManager.persist(CaseRecord.of(saved.get(i), past.offersMade(), past.refunded(),
                    past.satisfactionScore(), past.solved(), past.milestones()));
        }
        entityManager.flush();
        entityManager.clear(); // a batch at a time, not the whole history, stays in memory
    }

    /** Whether the library holds no case yet. */
    @Transactional(readOnly = true)
    public boolean libraryIsEmpty() {
        return records.count() == 0 && complaints.count() == 0;
    }
}
