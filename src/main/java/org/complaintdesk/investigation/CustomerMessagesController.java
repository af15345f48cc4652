package org.complaintdesk.investigation;

import java.time.Instant;
import org.complaintdesk.complaint.CustomerTokens;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/complaints/{no}/messages}: the customer adds information (with their token). */
@RestController
class CustomerMessagesController {

    private final CustomerMessages messages;

    CustomerMessagesController(CustomerMessages messages) {
        this.messages = messages;
    }

    record MessageRequest(String text) {
    }

    record MessageReceipt(Long messageId, String complaintNo, Instant receivedAt) {
    }

    @PostMapping(path = "/api/complaints/{complaintNo}/messages", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<MessageReceipt> add(@PathVariable String complaintNo,
                                       @RequestHeader(name = CustomerTokens.HEADER, required = false) String token,
                                       @RequestHeader(name = "Idempotency-Key", required = false) String key,
                                       @RequestBody MessageRequest request) {
        CustomerMessages.Added added = messages.add(complaintNo, token, key, request.text());
        return ResponseEntity.status(added.created() ? HttpStatus.CREATED : HttpStatus.OK)
                .body(new MessageReceipt(added.note().getId(), complaintNo, added.note().getCreatedAt()));
    }
}
