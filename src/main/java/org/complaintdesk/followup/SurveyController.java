package org.complaintdesk.followup;

import java.time.Instant;
import org.complaintdesk.complaint.CustomerTokens;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/complaints/{no}/survey}: the customer answers the satisfaction survey (with the token). */
@RestController
class SurveyController {

    private final FollowUp followUp;

    SurveyController(FollowUp followUp) {
        this.followUp = followUp;
    }

    record SurveyAnswer(Boolean solved, Integer score, String comment) {
    }

    record SurveyReceipt(String complaintNo, boolean solved, int score, Instant answeredAt) {
    }

    @PostMapping(path = "/api/complaints/{complaintNo}/survey", consumes = MediaType.APPLICATION_JSON_VALUE)
    SurveyReceipt answer(@PathVariable String complaintNo,
                         @RequestHeader(name = CustomerTokens.HEADER, required = false) String token,
                         @RequestBody SurveyAnswer answer) {
        Survey survey = followUp.answer(complaintNo, token, answer.solved(), answer.score(), answer.comment());
        return new SurveyReceipt(complaintNo, survey.getSolved(), survey.getScore(), survey.getAnsweredAt());
    }
}
