package org.complaintdesk.intake;

import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Channels file complaints here ({@code GET} is the case file, in the audit package). */
@RestController
@RequestMapping("/api/complaints")
class ComplaintController {

    private final ComplaintIntake intake;

    ComplaintController(ComplaintIntake intake) {
        this.intake = intake;
    }

    /**
     * 201 for a new complaint, 200 when this channel message was received before (with a fresh customer
     * token only for the client that filed it) or joined an open case (without a token).
     */
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ComplaintIntake.Receipt> file(@RequestBody IntakeRequest request, Authentication caller) {
        ComplaintIntake.Receipt receipt = intake.receive(request, caller.getName());
        URI location = URI.create("/api/complaints/" + receipt.complaintNo());
        return ResponseEntity.status(receipt.created() ? HttpStatus.CREATED : HttpStatus.OK)
                .location(location)
                .body(receipt);
    }
}
