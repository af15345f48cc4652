package org.complaintdesk.arbitration;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.tika.Tika;
import org.camunda.bpm.engine.RuntimeService;
import org.complaintdesk.complaint.CaseEvents;
import org.complaintdesk.complaint.CaseStep;
import org.complaintdesk.complaint.Complaint;
import org.complaintdesk.complaint.ComplaintRepository;
import org.complaintdesk.notification.Outbox;
import org.complaintdesk.process.ComplaintHandling.Var;
import org.complaintdesk.process.ComplaintHandling;
import org.complaintdesk.process.ProcessFacts;
import org.complaintdesk.process.ProcessMessages;
import org.complaintdesk.system.ApiProblem;
import org.complaintdesk.system.ConflictException;
import org.complaintdesk.system.InvalidRequestException;
import org.complaintdesk.system.PlainText;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/**
 * The evidence period: both sides are told, upload files until the period ends or both say they are done,
 * then the arbitrator sees everything. The merchant may also upload while its first answer is open (merchant's side
 * of complaint-handling). Every file is checked before anything is stored: at most 10 MiB,
 * at most 20 per side, and a media type detected from its bytes that the desk accepts.
 */
@Service
public class EvidencePeriods {

    static final String OPENED = "evidence-period";

    private final ComplaintRepository complaints;
    private final ArbitrationRepository arbitrations;
    private final EvidenceRepository evidence;
    private final EvidenceContentRepository contents;
    private final Parties parties;
    private final RuntimeService runtimeService;
    private final Outbox outbox;
    private final CaseEvents events;
    private final Clock clock;
    private final Tika tika = new Tika();

    @SuppressWarnings("java:S107")
    EvidencePeriods(ComplaintRepository complaints, ArbitrationRepository arbitrations, EvidenceRepository evidence,
                    EvidenceContentRepository contents, Parties parties, RuntimeService runtimeService, Outbox outbox,
                    CaseEvents events, Clock clock) {
        this.complaints = complaints;
        this.arbitrations = arbitrations;
        this.evidence = evidence;
        this.contents = contents;
        this.parties = parties;
        this.runtimeService = runtimeService;
        this.outbox = outbox;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    Opened open(String complaintNo, Duration period) {
        Complaint complaint = complaints.getByComplaintNo(complaintNo);
        Instant now = clock.instant();
        Instant due = now.plus(period);
        arbitrations.save(new Arbitration(complaint.getId(), now, due));
        complaint.evidencePeriodOpened();
        events.record(complaint, CaseStep.EVIDENCE_PERIOD_OPENED, CaseEvents.SYSTEM, "until " + due);
        outbox.notifyCustomer(complaint, OPENED, complaintNo, complaint.getCustomer().getName(),
                outbox.customerTime(complaint, due));
        for (String address : parties.merchantAddresses(complaint)) {
            outbox.notifyMerchant(complaint, address, OPENED, complaintNo, "merchant", due);
        }
        return new Opened(due);
    }

    /** The evidence period is open: the process waits for both sides until it is due. */
    record Opened(Instant due) implements ProcessFacts {

        @Override
        public Map<String, Object> variables() {
            return ProcessFacts.variables(Var.EVIDENCE_DUE, Date.from(due));
        }
    }

    /** @param evidenceList the files both sides sent, as Markdown with links to the desk's pages */
    record Closed(String evidenceList) implements ProcessFacts {

        @Override
        public Map<String, Object> variables() {
            return ProcessFacts.variables("evidenceList", evidenceList);
        }
    }

    /** @throws ApiProblem 413/415, {@link InvalidRequestException} 400, {@link ConflictException} 409; nothing stored */
    @Transactional
    public Evidence submit(Parties.Caller caller, MultipartFile file, String note) throws IOException {
        return store(caller, file, note, EvidenceRules.MEDIA_TYPES);
    }

    /** The same as {@link #submit}, for a photo: any other content is refused (415). */
    @Transactional
    public Evidence submitPhoto(Parties.Caller caller, MultipartFile file, String note) throws IOException {
        return store(caller, file, note, EvidenceRules.PHOTO_TYPES);
    }

    private Evidence store(Parties.Caller caller, MultipartFile file, String note, Set<String> accepted)
            throws IOException {
        EvidenceParty party = caller.party();
        Complaint complaint = caller.complaint();
        if (party == null) {
            throw new ApiProblem(HttpStatus.FORBIDDEN, "forbidden", "Forbidden",
                    "Evidence comes from the customer, the merchant or the warehouse.");
        }
        if (file == null || file.isEmpty()) {
            throw new InvalidRequestException("file", "a non-empty file is required");
        }
        PlainText.check("note", note);
        if (note != null && note.length() > EvidenceRules.MAX_NOTE) {
            throw new InvalidRequestException("note", "must be at most " + EvidenceRules.MAX_NOTE + " characters");
        }
        if (file.getSize() > EvidenceRules.MAX_FILE_BYTES) {
            throw new ApiProblem(HttpStatus.PAYLOAD_TOO_LARGE, "file-too-large", "File too large",
                    "A file may have at most 10 MiB; this one has " + file.getSize() + " bytes. Nothing was stored.");
        }
        if (!(party == EvidenceParty.MERCHANT && waitsForMerchantsAnswer(complaint))) {
            ensureOpenFor(complaint, party);
        }
        if (evidence.countByComplaintIdAndParty(complaint.getId(), party) >= EvidenceRules.MAX_FILES_PER_PARTY) {
            throw new InvalidRequestException("file", "each side may submit at most "
                    + EvidenceRules.MAX_FILES_PER_PARTY + " files; " + party + " has reached that");
        }
        byte[] bytes = file.getBytes();
        String mediaType = tika.detect(bytes);
        if (!accepted.contains(mediaType)) {
            throw new ApiProblem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-evidence-type", "Unsupported file type",
                    "The file's content is " + mediaType + "; accepted are " + new TreeSet<>(accepted)
                            + ". Nothing was stored.");
        }
        Evidence item = evidence.save(new Evidence(complaint.getId(), party, caller.name(), fileName(file),
                mediaType, bytes.length, sha256(bytes), note == null || note.isBlank() ? null : note.strip(),
                clock.instant()));
        contents.save(new EvidenceContent(item.getId(), bytes));
        events.record(complaint, CaseStep.EVIDENCE_SUBMITTED, caller.name(), party + ": " + item.getFileName() + " ("
                + mediaType + ", " + bytes.length + " bytes, sha256 " + item.getSha256() + ")");
        return item;
    }

    /** The side says it has nothing more; when both have, the period ends early. */
    @Transactional
    public void done(Parties.Caller caller) {
        EvidenceParty party = caller.party();
        if (party != EvidenceParty.CUSTOMER && party != EvidenceParty.MERCHANT) {
            throw new ApiProblem(HttpStatus.FORBIDDEN, "forbidden", "Forbidden",
                    "Only the customer and the merchant declare their evidence complete.");
        }
        Complaint complaint = caller.complaint();
        Arbitration arbitration = ensureOpenFor(complaint, party);
        boolean both = arbitration.done(party);
        events.record(complaint, CaseStep.EVIDENCE_DONE, caller.name(), party + " has no more evidence");
        arbitrations.flush();
        if (both) {
            ProcessMessages.correlateIfWaiting(runtimeService, ComplaintHandling.Message.EVIDENCE_COMPLETE,
                    complaint.getComplaintNo(), Map.of());
        }
    }

    /** The period ended (deadline or both done): the arbitrator gets the case with what was submitted. */
    @Transactional
    Closed close(String complaintNo) {
        Complaint complaint = complaints.getByComplaintNo(complaintNo);
        Arbitration arbitration = arbitrations.findById(complaint.getId()).orElseThrow();
        arbitration.closeEvidence(clock.instant());
        complaint.inArbitration();
        List<Evidence> items = evidence.findByComplaintIdOrderByIdAsc(complaint.getId());
        events.record(complaint, CaseStep.EVIDENCE_PERIOD_CLOSED, CaseEvents.SYSTEM, items.size() + " files");
        return new Closed(ArbitrationBriefs.evidenceList(complaintNo, items));
    }

    public EvidenceFile download(Parties.Caller caller, long evidenceId) {
        Evidence item = evidence.findById(evidenceId)
                .filter(e -> e.getComplaintId().equals(caller.complaint().getId()))
                .filter(e -> caller.staff() || e.getParty() == caller.party())
                .orElseThrow(() -> new ApiProblem(HttpStatus.NOT_FOUND, "evidence-not-found", "Evidence not found",
                        "No evidence " + evidenceId + " you may see in complaint " + caller.complaint().getComplaintNo()));
        return new EvidenceFile(item, contents.findById(evidenceId).orElseThrow().getContent());
    }

    public record EvidenceFile(Evidence evidence, byte[] content) {
    }

    /** While its answer is open the merchant backs it with files, which the desk and later an arbitrator see. */
    private boolean waitsForMerchantsAnswer(Complaint complaint) {
        return runtimeService.createExecutionQuery().processInstanceBusinessKey(complaint.getComplaintNo())
                .activityId(ComplaintHandling.Element.AWAIT_MERCHANT_ANSWER).count() > 0;
    }

    private Arbitration ensureOpenFor(Complaint complaint, EvidenceParty party) {
        Instant now = clock.instant();
        if (party == EvidenceParty.WAREHOUSE) {
            if (complaint.getStatus() != org.complaintdesk.complaint.ComplaintStatus.REMEDY_IN_PROGRESS) {
                throw new ConflictException("no-inspection", "Complaint " + complaint.getComplaintNo()
                        + " has no return being inspected; nothing was stored.");
            }
            return null;
        }
        Arbitration arbitration = arbitrations.findById(complaint.getId())
                .orElseThrow(() -> new ConflictException("no-evidence-period", "Complaint " + complaint.getComplaintNo()
                        + " has no evidence period; nothing was stored."));
        if (!arbitration.isEvidenceOpen(now)) {
            throw new ConflictException("evidence-period-closed", "The evidence period of complaint "
                    + complaint.getComplaintNo() + " closed at " + (arbitration.getEvidenceClosedAt() != null
                    ? arbitration.getEvidenceClosedAt() : arbitration.getEvidenceDueAt()) + "; nothing was stored.");
        }
        return arbitration;
    }

    private static String fileName(MultipartFile file) {
        String name = file.getOriginalFilename() == null ? "evidence" : file.getOriginalFilename();
        name = name.replaceAll("[\\\\/\\p{Cntrl}]", "_").strip();
        return name.isEmpty() ? "evidence" : name.length() > 255 ? name.substring(name.length() - 255) : name;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
