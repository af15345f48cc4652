package org.complaintdesk.investigation;

import org.complaintdesk.complaint.Complaint;
import org.complaintdesk.complaint.ComplaintNote;
import org.complaintdesk.complaint.ComplaintNoteRepository;
import org.complaintdesk.complaint.CustomerCredential;
import org.complaintdesk.complaint.CustomerTokens;
import org.complaintdesk.complaint.NoteKind;
import org.complaintdesk.system.ConflictException;
import org.complaintdesk.system.InvalidRequestException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The customer adds information to their open case. With an {@code Idempotency-Key} a repeated request
 * (a retry after a timeout) is the same message, stored once.
 */
@Service
public class CustomerMessages {

    static final String CHANNEL = "API";
    private static final int MAX_TEXT = 10_000;

    private final CustomerTokens tokens;
    private final CaseInformation information;
    private final ComplaintNoteRepository notes;
    private final TransactionTemplate transaction;

    CustomerMessages(CustomerTokens tokens, CaseInformation information, ComplaintNoteRepository notes,
                     PlatformTransactionManager transactionManager) {
        this.tokens = tokens;
        this.information = information;
        this.notes = notes;
        this.transaction = new TransactionTemplate(transactionManager);
    }

    public record Added(ComplaintNote note, boolean created) {
    }

    Added add(String complaintNo, String token, String idempotencyKey, String text) {
        return add(complaintNo, CustomerCredential.token(token), idempotencyKey, text);
    }

    /** The customer's words, from the API or the case page; the same rules. */
    public Added add(String complaintNo, CustomerCredential customer, String idempotencyKey, String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidRequestException("text", "must not be blank");
        }
        if (text.length() > MAX_TEXT) {
            throw new InvalidRequestException("text", "must be at most " + MAX_TEXT + " characters");
        }
        if (idempotencyKey != null && (idempotencyKey.isBlank() || idempotencyKey.length() > 100)) {
            throw new InvalidRequestException("Idempotency-Key", "must be 1 to 100 characters");
        }
        String externalId = idempotencyKey == null ? null : complaintNo + ":" + idempotencyKey;
        try {
            return transaction.execute(status -> {
                Complaint complaint = tokens.complaintFor(complaintNo, customer);
                var earlier = earlier(externalId);
                if (earlier != null) {
                    return earlier;
                }
                if (complaint.getStatus().isEnded()) {
                    throw new ConflictException("complaint-ended", "Complaint " + complaintNo + " is "
                            + complaint.getStatus() + "; nothing can be added to it.");
                }
                return new Added(information.add(complaint, NoteKind.CUSTOMER_INFORMATION, CHANNEL, externalId,
                        complaint.getCustomer().getName(), text.strip()), true);
            });
        } catch (DataIntegrityViolationException e) {
            // the same idempotency key arrived twice at once; the other one stored it
            Added earlier = transaction.execute(status -> earlier(externalId));
            if (earlier == null) {
                throw e;
            }
            return earlier;
        }
    }

    private Added earlier(String externalId) {
        return externalId == null ? null
                : notes.findByChannelAndExternalId(CHANNEL, externalId).map(n -> new Added(n, false)).orElse(null);
    }
}
