package org.complaintdesk.merchant;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.complaintdesk.arbitration.Parties;
import org.complaintdesk.complaint.Complaint;
import org.complaintdesk.complaint.ComplaintRepository;
import org.complaintdesk.complaint.ComplaintStatus;
import org.complaintdesk.complaint.Demand;
import org.complaintdesk.complaint.RemedyKind;
import org.complaintdesk.system.InvalidRequestException;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The merchant's page as an API for merchants' own systems (merchant users, HTTP Basic):
 * {@code GET /api/merchant/questions} (complaints waiting for the merchant's answer, soonest due first),
 * {@code GET /api/merchant/complaints} (all its complaints, newest first) and
 * {@code POST /api/merchant/complaints/{no}/answer}. Evidence and appeals use the complaint's own endpoints
 * ({@code /api/complaints/{no}/evidence}, {@code …/appeal}); another merchant's complaint is not found.
 */
@RestController
class MerchantApiController {

    static final int LIST_LIMIT = 200;

    private final MerchantAccounts accounts;
    private final MerchantQuestions questions;
    private final MerchantCases cases;
    private final ComplaintRepository complaints;
    private final Parties parties;

    MerchantApiController(MerchantAccounts accounts, MerchantQuestions questions, MerchantCases cases,
                          ComplaintRepository complaints, Parties parties) {
        this.accounts = accounts;
        this.questions = questions;
        this.cases = cases;
        this.complaints = complaints;
        this.parties = parties;
    }

    record Question(String complaintNo, String orderNo, String productName, BigDecimal amountPaid, String currency,
                    String category, Set<Demand> demands, RemedyKind demandedRemedy, String description,
                    Instant askedAt, Instant dueAt) {
    }

    record CaseLine(String complaintNo, String orderNo, String productName, ComplaintStatus status, Instant receivedAt,
                    boolean answerOpen) {
    }

    record AnswerReceipt(String complaintNo, MerchantAnswerKind answer, RemedyKind remedy, BigDecimal amount,
                         Instant answeredAt) {
    }

    @GetMapping("/api/merchant/questions")
    List<Question> questions(Authentication caller) {
        return questions.open(accounts.merchantOf(caller)).stream().map(a -> {
            Complaint c = complaints.findById(a.getComplaintId()).orElseThrow();
            return new Question(c.getComplaintNo(), c.getOrder().getOrderNo(), c.getOrder().getProductName(),
                    c.getOrder().getAmountPaid(), c.getOrder().getCurrency(), String.valueOf(c.effectiveCategory()),
                    c.getDemands(), a.getDemandedRemedy(), c.getDescription(), a.getAskedAt(), a.getDueAt());
        }).toList();
    }

    @GetMapping("/api/merchant/complaints")
    List<CaseLine> complaints(Authentication caller) {
        String merchantId = accounts.merchantOf(caller);
        Set<Long> open = questions.open(merchantId).stream().map(MerchantAnswer::getComplaintId)
                .collect(java.util.stream.Collectors.toSet());
        return cases.ofMerchant(merchantId, PageRequest.of(0, LIST_LIMIT)).stream()
                .map(c -> new CaseLine(c.getComplaintNo(), c.getOrder().getOrderNo(), c.getOrder().getProductName(),
                        c.getStatus(), c.getReceivedAt(), open.contains(c.getId())))
                .toList();
    }

    /** {@code {"answer": "ACCEPT_DEMAND" | "PROPOSE_REMEDY" | "CONTEST", "remedy", "amount", "statement"}} */
    @PostMapping(path = "/api/merchant/complaints/{complaintNo}/answer", consumes = MediaType.APPLICATION_JSON_VALUE)
    AnswerReceipt answer(@PathVariable String complaintNo, @RequestBody MerchantQuestions.Answer request,
                         Authentication caller) {
        if (request == null) {
            throw new InvalidRequestException("answer", "a JSON object with an answer is required");
        }
        MerchantAnswer answer = questions.answer(parties.resolve(complaintNo, null, caller), request);
        return new AnswerReceipt(complaintNo, answer.getAnswer(), answer.getRemedy(), answer.getAmount(),
                answer.getAnsweredAt());
    }
}
