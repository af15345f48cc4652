package org.complaintdesk.arbitration;

import java.io.IOException;
import java.time.Instant;
import org.complaintdesk.complaint.CustomerTokens;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Evidence of a dispute: {@code POST /api/complaints/{no}/evidence} (multipart: {@code file}, {@code note}),
 * {@code POST …/evidence/done}, and {@code GET …/evidence/{id}} to download. The customer presents the
 * complaint's token, the merchant and the desk HTTP Basic.
 */
@RestController
class EvidenceController {

    private final Parties parties;
    private final EvidencePeriods periods;

    EvidenceController(Parties parties, EvidencePeriods periods) {
        this.parties = parties;
        this.periods = periods;
    }

    record EvidenceReceipt(Long id, EvidenceParty party, String fileName, String mediaType, long sizeBytes,
                           String sha256, String note, Instant uploadedAt) {
    }

    @PostMapping(path = "/api/complaints/{complaintNo}/evidence", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<EvidenceReceipt> submit(@PathVariable String complaintNo,
                                           @RequestHeader(name = CustomerTokens.HEADER, required = false) String token,
                                           @RequestPart(name = "file", required = false) MultipartFile file,
                                           @RequestParam(name = "note", required = false) String note,
                                           Authentication caller) throws IOException {
        Evidence e = periods.submit(parties.resolve(complaintNo, token, caller), file, note);
        return ResponseEntity.status(HttpStatus.CREATED).body(new EvidenceReceipt(e.getId(), e.getParty(),
                e.getFileName(), e.getMediaType(), e.getSizeBytes(), e.getSha256(), e.getNote(), e.getUploadedAt()));
    }

    @PostMapping("/api/complaints/{complaintNo}/evidence/done")
    ResponseEntity<Void> done(@PathVariable String complaintNo,
                              @RequestHeader(name = CustomerTokens.HEADER, required = false) String token,
                              Authentication caller) {
        periods.done(parties.resolve(complaintNo, token, caller));
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/api/complaints/{complaintNo}/evidence/{evidenceId}")
    ResponseEntity<byte[]> download(@PathVariable String complaintNo, @PathVariable long evidenceId,
                                    @RequestHeader(name = CustomerTokens.HEADER, required = false) String token,
                                    Authentication caller) {
        EvidencePeriods.EvidenceFile file = periods.download(parties.resolve(complaintNo, token, caller), evidenceId);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.evidence().getMediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(file.evidence().getFileName(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .header("Digest", "sha-256=" + file.evidence().getSha256())
                .body(file.content());
    }
}
