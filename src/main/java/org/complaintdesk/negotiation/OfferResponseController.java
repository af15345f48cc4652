package org.complaintdesk.negotiation;

import java.time.Instant;
import org.complaintdesk.complaint.CustomerTokens;
import org.complaintdesk.system.InvalidRequestException;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/complaints/{no}/offer-response}: the customer accepts or rejects the open offer. */
@RestController
class OfferResponseController {

    private final Offers offers;

    OfferResponseController(Offers offers) {
        this.offers = offers;
    }

    /**
     * @param accepted required
     * @param comment  optional, at most 2,000 characters
     * @param offer    optional: the round of the offer meant, so a late retry never answers a newer offer
     */
    record OfferResponse(Boolean accepted, String comment, Integer offer) {
    }

    record OfferAnswer(String complaintNo, int offer, String remedy, OfferStatus status, Instant answeredAt) {
    }

    @PostMapping(path = "/api/complaints/{complaintNo}/offer-response", consumes = MediaType.APPLICATION_JSON_VALUE)
    OfferAnswer respond(@PathVariable String complaintNo,
                        @RequestHeader(name = CustomerTokens.HEADER, required = false) String token,
                        @RequestBody OfferResponse response) {
        if (response.accepted() == null) {
            throw new InvalidRequestException("accepted", "must be true or false");
        }
        String comment = response.comment() == null || response.comment().isBlank() ? null : response.comment().strip();
        if (comment != null && comment.length() > 2000) {
            throw new InvalidRequestException("comment", "must be at most 2000 characters");
        }
        RemedyOffer offer = offers.answer(complaintNo, token, response.offer(), response.accepted(), comment);
        return new OfferAnswer(complaintNo, offer.getRound(), offer.getRemedy().name(), offer.getStatus(),
                offer.getAnsweredAt());
    }
}
