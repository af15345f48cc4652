package org.complaintdesk.arbitration;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.complaintdesk.system.DeskPage;
import org.complaintdesk.system.DeskPages;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.multipart.MultipartFile;

/**
 * Evidence in the browser, in the agent's webapp session: {@code GET /desk/cases/{no}/evidence/{id}} downloads a
 * file (the links of the arbitrator's form and the case file page), {@code POST /desk/cases/{no}/evidence} attaches
 * the warehouse's inspection photos (the case file page's form). The rules are those of the API
 * ({@link EvidenceController}); the caller is the webapp user.
 */
@Controller
@DeskPage
class EvidencePages {

    private final Parties parties;
    private final EvidencePeriods periods;
    private final InspectionPhotos photos;

    EvidencePages(Parties parties, EvidencePeriods periods, InspectionPhotos photos) {
        this.parties = parties;
        this.periods = periods;
        this.photos = photos;
    }

    @GetMapping(DeskPages.PATH + "/cases/{complaintNo}/evidence/{evidenceId}")
    ResponseEntity<byte[]> download(@PathVariable String complaintNo, @PathVariable long evidenceId,
                                    Authentication caller) {
        EvidencePeriods.EvidenceFile file = periods.download(parties.resolve(complaintNo, null, caller), evidenceId);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.evidence().getMediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(file.evidence().getFileName(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(file.content());
    }

    @PostMapping(path = DeskPages.PATH + "/cases/{complaintNo}/evidence", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<Void> attach(@PathVariable String complaintNo, @RequestPart("photo") MultipartFile photo,
                                @RequestParam(name = "note", required = false) String note,
                                Authentication caller) throws IOException {
        Evidence stored = photos.attach(complaintNo, caller, photo, note);
        return ResponseEntity.status(HttpStatus.SEE_OTHER).header(HttpHeaders.LOCATION, DeskPages.PATH + "/cases/"
                + complaintNo + "#evidence-" + stored.getId()).build();
    }
}
