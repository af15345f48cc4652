package org.complaintdesk.complaint;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ComplaintNoteRepository extends JpaRepository<ComplaintNote, Long> {

    List<ComplaintNote> findByComplaintIdOrderByIdAsc(Long complaintId);

    Optional<ComplaintNote> findByChannelAndExternalId(String channel, String externalId);

    boolean existsByComplaintIdAndKindAndCreatedAtAfter(Long complaintId, NoteKind kind, java.time.Instant after);
}
