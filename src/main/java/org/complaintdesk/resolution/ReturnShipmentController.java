package org.complaintdesk.resolution;

import org.complaintdesk.complaint.CustomerTokens;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/complaints/{no}/return-shipment}: the customer sends the goods back (with their token). */
@RestController
class ReturnShipmentController {

    private final RemedyExecution remedies;

    ReturnShipmentController(RemedyExecution remedies) {
        this.remedies = remedies;
    }

    record ReturnShipment(String courier, String trackingNo) {
    }

    record ReturnReceipt(String complaintNo, String courier, String trackingNo, String state) {
    }

    @PostMapping(path = "/api/complaints/{complaintNo}/return-shipment", consumes = MediaType.APPLICATION_JSON_VALUE)
    ReturnReceipt shipped(@PathVariable String complaintNo,
                          @RequestHeader(name = CustomerTokens.HEADER, required = false) String token,
                          @RequestBody ReturnShipment shipment) {
        RemedyAction action = remedies.returnShipped(complaintNo, token, shipment.courier(), shipment.trackingNo());
        return new ReturnReceipt(complaintNo, shipment.courier().strip(), action.getReference(), action.getState());
    }
}
