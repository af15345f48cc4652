package org.complaintdesk.intake;

import java.net.URI;
import org.complaintdesk.complaint.Complaint;
import org.complaintdesk.complaint.ComplaintNotFoundException;
import org.complaintdesk.complaint.ComplaintRepository;
import org.complaintdesk.notification.Outbox;
import org.complaintdesk.system.DeskGroups;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Channels file complaints here; staff and customers read them. */
@RestController
@RequestMapping("/api/complaints")
class ComplaintController {

    private final ComplaintIntake intake;
    private final ComplaintRepository complaints;
    private final CustomerTokens tokens;
    private final Outbox outbox;

    ComplaintController(ComplaintIntake intake, ComplaintRepository complaints, CustomerTokens tokens, Outbox outbox) {
        this.intake = intake;
        this.complaints = complaints;
        this.tokens = tokens;
        this.outbox = outbox;
    }

    /** 201 for a new complaint, 200 when this channel message was received before. */
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ComplaintIntake.Receipt> file(@RequestBody IntakeRequest request) {
        ComplaintIntake.Receipt receipt = intake.receive(request);
        URI location = URI.create("/api/complaints/" + receipt.complaintNo());
        return ResponseEntity.status(receipt.created() ? HttpStatus.CREATED : HttpStatus.OK)
                .location(location)
                .body(receipt);
    }

    @GetMapping("/{complaintNo}")
    @Transactional(readOnly = true)
    public ComplaintView show(@PathVariable String complaintNo,
                              @RequestHeader(name = CustomerTokens.HEADER, required = false) String token,
                              Authentication caller) {
        if (isStaff(caller)) {
            Complaint complaint = complaints.getByComplaintNo(complaintNo);
            return ComplaintView.forStaff(complaint, outbox.messagesFor(complaintNo));
        }
        if (token != null) {
            return ComplaintView.forCustomer(tokens.complaintFor(complaintNo, token));
        }
        if (caller != null && !(caller instanceof AnonymousAuthenticationToken)) {
            throw new ComplaintNotFoundException(complaintNo); // a user outside the desk sees nothing
        }
        throw new AuthenticationCredentialsNotFoundException("HTTP Basic credentials or " + CustomerTokens.HEADER);
    }

    static boolean isStaff(Authentication caller) {
        return caller != null && caller.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .anyMatch(DeskGroups.STAFF::contains);
    }
}
