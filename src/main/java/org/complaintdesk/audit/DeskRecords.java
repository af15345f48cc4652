package org.complaintdesk.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.complaintdesk.arbitration.EvidenceRepository;
import org.complaintdesk.audit.AuditEntry.Kind;
import org.complaintdesk.complaint.CaseEventRepository;
import org.complaintdesk.complaint.CaseStep;
import org.complaintdesk.complaint.Complaint;
import org.complaintdesk.complaint.ComplaintNoteRepository;
import org.complaintdesk.notification.Outbox;
import org.springframework.stereotype.Component;

/**
 * The desk's side of the trail, from its own tables: the case timeline (where the steps that came from outside —
 * offer answers, evidence, appeals, surveys, merchant answers, payment callbacks — are messages received, with who
 * sent them), the notes, every evidence file with its SHA-256, and every message the desk sent.
 */
@Component
class DeskRecords {

    /** Steps of the timeline that a customer, merchant or outside service caused by a message to the desk. */
    private static final Set<String> FROM_OUTSIDE = Set.of(CaseStep.RECEIVED, CaseStep.JOINED_MESSAGE,
            CaseStep.MERCHANT_ANSWERED, CaseStep.CUSTOMER_INFORMATION, CaseStep.OFFER_ACCEPTED, CaseStep.OFFER_REJECTED,
            CaseStep.EVIDENCE_SUBMITTED, CaseStep.EVIDENCE_DONE, CaseStep.APPEALED, CaseStep.REFUND_SETTLED,
            CaseStep.REFUND_FAILED, CaseStep.REFUND_DUPLICATE_REPORTED, CaseStep.RETURN_SHIPPED, CaseStep.SURVEY_ANSWERED,
            CaseStep.WITHDRAWN).stream().map(Enum::name).collect(java.util.stream.Collectors.toUnmodifiableSet());

    private final CaseEventRepository events;
    private final ComplaintNoteRepository notes;
    private final EvidenceRepository evidence;
    private final Outbox outbox;

    DeskRecords(CaseEventRepository events, ComplaintNoteRepository notes, EvidenceRepository evidence, Outbox outbox) {
        this.events = events;
        this.notes = notes;
        this.evidence = evidence;
        this.outbox = outbox;
    }

    /** The entries of the desk's tables about one complaint, each table in its own order. */
    List<AuditEntry> entries(Complaint complaint) {
        List<AuditEntry> entries = new ArrayList<>();
        events.findByComplaintIdOrderByIdAsc(complaint.getId()).forEach(e -> {
            boolean outside = FROM_OUTSIDE.contains(e.getType());
            entries.add(new AuditEntry(e.getOccurredAt(), (outside ? Kind.MESSAGE_RECEIVED : Kind.CASE_STEP).name(),
                    e.getActor(), null, null, null, (outside ? "Received from " + e.getActor() + ": " : "")
                    + e.getType() + (e.getDetail() == null ? "" : " — " + e.getDetail()),
                    EngineHistory.details("caseEventId", e.getId(), "step", e.getType(), "detail", e.getDetail())));
        });
        notes.findByComplaintIdOrderByIdAsc(complaint.getId()).forEach(n -> entries.add(new AuditEntry(n.getCreatedAt(),
                Kind.NOTE.name(), n.getAuthor(), null, null, null, "Note (" + n.getKind() + ") by " + n.getAuthor(),
                EngineHistory.details("noteId", n.getId(), "noteKind", n.getKind().name(), "channel", n.getChannel(),
                        "externalId", n.getExternalId(), "text", n.getText()))));
        evidence.findByComplaintIdOrderByIdAsc(complaint.getId()).forEach(f -> entries.add(new AuditEntry(
                f.getUploadedAt(), Kind.EVIDENCE_FILE.name(), f.getUploadedBy(), null, null, null,
                "Evidence " + f.getFileName() + " from " + f.getParty() + ", SHA-256 " + f.getSha256(),
                EngineHistory.details("evidenceId", f.getId(), "party", f.getParty().name(), "fileName", f.getFileName(),
                        "mediaType", f.getMediaType(), "sizeBytes", f.getSizeBytes(), "sha256", f.getSha256(),
                        "note", f.getNote()))));
        outbox.messagesFor(complaint.getComplaintNo()).forEach(m -> entries.add(new AuditEntry(m.getCreatedAt(),
                Kind.MESSAGE_SENT.name(), org.complaintdesk.complaint.CaseEvents.SYSTEM, null, null, null,
                "Message '" + m.getTemplate() + "' to " + m.getRecipientKind() + ": " + m.getSubject(),
                EngineHistory.details("messageId", m.getId(), "recipientKind", m.getRecipientKind().name(),
                        "recipientAddress", m.getRecipientAddress(), "template", m.getTemplate(),
                        "subject", m.getSubject(), "status", m.getStatus().name(), "attempts", m.getAttempts(),
                        "sentAt", m.getSentAt(), "lastError", m.getLastError()))));
        return entries;
    }
}
