package org.complaintdesk.merchant;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.complaintdesk.arbitration.Arbitration;
import org.complaintdesk.arbitration.ArbitrationRepository;
import org.complaintdesk.arbitration.Evidence;
import org.complaintdesk.arbitration.EvidenceParty;
import org.complaintdesk.arbitration.EvidencePeriods;
import org.complaintdesk.arbitration.EvidenceRepository;
import org.complaintdesk.arbitration.Parties;
import org.complaintdesk.arbitration.Rulings;
import org.complaintdesk.complaint.Complaint;
import org.complaintdesk.complaint.ComplaintNotFoundException;
import org.complaintdesk.complaint.ComplaintStatus;
import org.complaintdesk.complaint.RemedyKind;
import org.complaintdesk.system.ApiProblem;
import org.complaintdesk.system.ConflictException;
import org.complaintdesk.system.DeskPages;
import org.complaintdesk.system.InvalidRequestException;
import org.complaintdesk.system.MerchantLogin;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.support.MissingServletRequestPartException;

/**
 * The merchant's page ({@code /merchant}): complaints waiting for its answer with the time left, the answer form
 * (accept, propose, contest with a statement and a file), evidence during the evidence period, appeals within the
 * window, and the closed cases. Server-rendered, every value escaped, no scripts; every action goes through the
 * same services as the API, and a refusal is shown with its reason (nothing stored).
 */
@Controller
class MerchantPage {

    private final MerchantAccounts accounts;
    private final MerchantQuestions questions;
    private final MerchantCases cases;
    private final Parties parties;
    private final EvidencePeriods evidence;
    private final EvidenceRepository evidenceItems;
    private final ArbitrationRepository arbitrations;
    private final Rulings rulings;
    private final Clock clock;
    private final ZoneId zone;

    @SuppressWarnings("java:S107")
    MerchantPage(MerchantAccounts accounts, MerchantQuestions questions, MerchantCases cases, Parties parties,
                 EvidencePeriods evidence, EvidenceRepository evidenceItems, ArbitrationRepository arbitrations,
                 Rulings rulings, Clock clock, @Value("${complaint-desk.time-zone}") ZoneId zone) {
        this.accounts = accounts;
        this.questions = questions;
        this.cases = cases;
        this.parties = parties;
        this.evidence = evidence;
        this.evidenceItems = evidenceItems;
        this.arbitrations = arbitrations;
        this.rulings = rulings;
        this.clock = clock;
        this.zone = zone;
    }

    @GetMapping(MerchantLogin.LOGIN)
    ResponseEntity<String> login(CsrfToken csrf, @RequestParam(name = "logout", required = false) String logout) {
        return MerchantLogin.page(csrf, false, logout != null);
    }

    @GetMapping(MerchantLogin.PATH)
    ResponseEntity<String> overview(Authentication caller, CsrfToken csrf) {
        String merchantId = accounts.merchantOf(caller);
        Instant now = clock.instant();
        List<MerchantAnswer> open = questions.open(merchantId);
        List<Complaint> all = cases.ofMerchant(merchantId, PageRequest.of(0, MerchantApiController.LIST_LIMIT));
        StringBuilder html = new StringBuilder();
        html.append("<p>Merchant ").append(DeskPages.text(merchantId)).append(" · times are the desk's (")
                .append(DeskPages.text(zone.getId())).append(").</p>\n");
        html.append("<h2 id=\"waiting\">Waiting for your answer</h2>\n");
        if (open.isEmpty()) {
            html.append("<p>No complaint waits for your answer.</p>\n");
        } else {
            html.append("<table><thead><tr><th>Complaint</th><th>Product</th><th>The customer asks for</th>"
                    + "<th>Answer by</th></tr></thead><tbody>\n");
            for (MerchantAnswer a : open) {
                Complaint c = all.stream().filter(x -> x.getId().equals(a.getComplaintId())).findFirst().orElse(null);
                if (c == null) {
                    continue;
                }
                html.append("<tr><td>").append(link(c)).append("</td><td>").append(DeskPages.text(c.getOrder().getProductName()))
                        .append("</td><td>").append(DeskPages.text(c.getDemands())).append("</td><td>")
                        .append(countdown(a.getDueAt(), now)).append("</td></tr>\n");
            }
            html.append("</tbody></table>\n");
        }
        section(html, "evidence", "Evidence period: send your evidence",
                all.stream().filter(c -> c.getStatus() == ComplaintStatus.EVIDENCE_PERIOD).toList());
        section(html, "appeal", "Ruled: you may appeal within the window",
                all.stream().filter(c -> c.getStatus() == ComplaintStatus.RULED).toList());
        section(html, "other", "Other open complaints", all.stream()
                .filter(c -> !c.getStatus().isEnded() && c.getStatus() != ComplaintStatus.EVIDENCE_PERIOD
                        && c.getStatus() != ComplaintStatus.RULED
                        && open.stream().noneMatch(a -> a.getComplaintId().equals(c.getId()))).toList());
        section(html, "closed", "Closed", all.stream().filter(c -> c.getStatus().isEnded()).toList());
        return MerchantLogin.page(HttpStatus.OK, "Your complaints", html.toString(), csrf);
    }

    @GetMapping(MerchantLogin.PATH + "/cases/{complaintNo}")
    ResponseEntity<String> show(@PathVariable String complaintNo, Authentication caller, CsrfToken csrf,
                                @RequestParam(name = "done", required = false) String done) {
        Parties.Caller merchant = merchant(complaintNo, caller);
        Complaint c = merchant.complaint();
        Instant now = clock.instant();
        Optional<MerchantAnswer> question = questions.of(c);
        Optional<Arbitration> arbitration = arbitrations.findById(c.getId());
        StringBuilder html = new StringBuilder();
        if (done != null && DONE.containsKey(done)) {
            html.append("<p class=\"done\" role=\"status\">").append(DONE.get(done)).append("</p>\n");
        }
        html.append("<dl class=\"facts\">\n");
        fact(html, "Status", DeskPages.text(c.getStatus()));
        fact(html, "Order", DeskPages.text(c.getOrder().getOrderNo()));
        fact(html, "Product", DeskPages.text(c.getOrder().getProductName()));
        fact(html, "Paid", DeskPages.text(c.getOrder().getAmountPaid() == null ? null
                : c.getOrder().getAmountPaid().toPlainString() + " " + c.getOrder().getCurrency()));
        fact(html, "Category", DeskPages.text(c.effectiveCategory()));
        fact(html, "The customer asks for", DeskPages.text(c.getDemands()));
        fact(html, "Received", DeskPages.time(c.getReceivedAt(), zone));
        html.append("</dl>\n<h2>What the customer wrote</h2>\n<p class=\"words\">")
                .append(DeskPages.text(c.getDescription())).append("</p>\n");

        html.append("<h2 id=\"answer\">Your side</h2>\n");
        if (question.isEmpty()) {
            html.append("<p>You were not asked for your side of this complaint.</p>\n");
        } else if (question.get().isOpen(now)) {
            answerForm(html, c, question.get(), now, csrf);
        } else if (question.get().getStatus() == MerchantAnswer.Status.ANSWERED) {
            MerchantAnswer a = question.get();
            html.append("<p>").append(DeskPages.text(MerchantQuestions.describe(a))).append(" Answered ")
                    .append(DeskPages.time(a.getAnsweredAt(), zone)).append(" by ").append(DeskPages.text(a.getAnsweredBy()))
                    .append(".</p>\n");
            if (a.getStatement() != null) {
                html.append("<p class=\"words\">").append(DeskPages.text(a.getStatement())).append("</p>\n");
            }
        } else {
            html.append("<p>You did not answer by ").append(DeskPages.time(question.get().getDueAt(), zone))
                    .append("; the platform's rules decided what followed.</p>\n");
        }

        boolean evidenceOpen = c.getStatus() == ComplaintStatus.EVIDENCE_PERIOD
                && arbitration.map(x -> x.getEvidenceClosedAt() == null && now.isBefore(x.getEvidenceDueAt())).orElse(false);
        if (evidenceOpen) {
            html.append("<h2 id=\"evidence\">Evidence period</h2>\n<p>Send your evidence ")
                    .append(countdown(arbitration.get().getEvidenceDueAt(), now)).append(".</p>\n");
            evidenceForm(html, c, csrf);
            html.append("<form method=\"post\" action=\"").append(path(c)).append("/evidence/done\">")
                    .append(DeskPages.csrfField(csrf))
                    .append("<button type=\"submit\">I have no more evidence</button></form>\n");
        }
        boolean appealOpen = c.getStatus() == ComplaintStatus.RULED && arbitration
                .map(x -> x.getAppealDueAt() != null && now.isBefore(x.getAppealDueAt())).orElse(false);
        if (appealOpen) {
            html.append("<h2 id=\"appeal\">Appeal the ruling</h2>\n<p>You may appeal once ")
                    .append(countdown(arbitration.get().getAppealDueAt(), now)).append(".</p>\n")
                    .append("<form class=\"upload\" method=\"post\" action=\"").append(path(c)).append("/appeal\">")
                    .append(DeskPages.csrfField(csrf))
                    .append("<label for=\"reason\">Why the ruling is wrong</label>")
                    .append("<textarea id=\"reason\" name=\"reason\" maxlength=\"2000\" required></textarea>")
                    .append("<button type=\"submit\">Appeal</button></form>\n");
        }
        List<Evidence> mine = evidenceItems.findByComplaintIdOrderByIdAsc(c.getId()).stream()
                .filter(e -> e.getParty() == EvidenceParty.MERCHANT).toList();
        if (!mine.isEmpty()) {
            html.append("<h2>Your files</h2>\n<ul>\n");
            for (Evidence e : mine) {
                html.append("<li>").append(DeskPages.text(e.getFileName())).append(" (")
                        .append(DeskPages.text(e.getMediaType())).append(", ").append(DeskPages.time(e.getUploadedAt(), zone))
                        .append(")</li>\n");
            }
            html.append("</ul>\n");
        }
        return MerchantLogin.page(HttpStatus.OK, "Complaint " + c.getComplaintNo(), html.toString(), csrf);
    }

    @PostMapping(MerchantLogin.PATH + "/cases/{complaintNo}/answer")
    ResponseEntity<String> answer(@PathVariable String complaintNo, Authentication caller,
                                  @RequestParam(name = "answer", required = false) String answer,
                                  @RequestParam(name = "remedy", required = false) String remedy,
                                  @RequestParam(name = "amount", required = false) String amount,
                                  @RequestParam(name = "statement", required = false) String statement,
                                  @RequestParam(name = "file", required = false) MultipartFile file) throws IOException {
        Parties.Caller merchant = merchant(complaintNo, caller);
        boolean proposal = "PROPOSE_REMEDY".equals(answer);
        questions.answer(merchant, new MerchantQuestions.Answer(answer, proposal ? blankToNull(remedy) : null,
                proposal ? blankToNull(amount) : null, statement), file);
        return done(complaintNo, "answer");
    }

    @PostMapping(MerchantLogin.PATH + "/cases/{complaintNo}/evidence")
    ResponseEntity<String> upload(@PathVariable String complaintNo, Authentication caller,
                                  @RequestParam(name = "file", required = false) MultipartFile file,
                                  @RequestParam(name = "note", required = false) String note) throws IOException {
        evidence.submit(merchant(complaintNo, caller), file, blankToNull(note));
        return done(complaintNo, "evidence");
    }

    @PostMapping(MerchantLogin.PATH + "/cases/{complaintNo}/evidence/done")
    ResponseEntity<String> evidenceDone(@PathVariable String complaintNo, Authentication caller) {
        evidence.done(merchant(complaintNo, caller));
        return done(complaintNo, "evidence-done");
    }

    @PostMapping(MerchantLogin.PATH + "/cases/{complaintNo}/appeal")
    ResponseEntity<String> appeal(@PathVariable String complaintNo, Authentication caller,
                                  @RequestParam(name = "reason", required = false) String reason) {
        rulings.appeal(merchant(complaintNo, caller), reason);
        return done(complaintNo, "appeal");
    }

    @ExceptionHandler(ComplaintNotFoundException.class)
    ResponseEntity<String> notFound(ComplaintNotFoundException e, HttpServletRequest request) {
        return refused(HttpStatus.NOT_FOUND, "Not found", e.getMessage() + ", or none of your merchant's.", csrf(request));
    }

    @ExceptionHandler(ApiProblem.class)
    ResponseEntity<String> problem(ApiProblem e, HttpServletRequest request) {
        return refused(e.status(), e.title(), e.getMessage(), csrf(request));
    }

    @ExceptionHandler(ConflictException.class)
    ResponseEntity<String> conflict(ConflictException e, HttpServletRequest request) {
        return refused(HttpStatus.CONFLICT, "Not possible now", e.getMessage(), csrf(request));
    }

    @ExceptionHandler(InvalidRequestException.class)
    ResponseEntity<String> invalid(InvalidRequestException e, HttpServletRequest request) {
        StringBuilder detail = new StringBuilder();
        e.violations().forEach(v -> detail.append(v.field()).append(": ").append(v.message()).append(". "));
        return refused(HttpStatus.BAD_REQUEST, "Please check the form", detail + "Nothing was stored.", csrf(request));
    }

    @ExceptionHandler({MissingServletRequestPartException.class, MissingServletRequestParameterException.class})
    ResponseEntity<String> missing(Exception e, HttpServletRequest request) {
        return refused(HttpStatus.BAD_REQUEST, "Please check the form", "A field is missing. Nothing was stored.", csrf(request));
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<String> tooLarge(MaxUploadSizeExceededException e, HttpServletRequest request) {
        return refused(HttpStatus.PAYLOAD_TOO_LARGE, "File too large", "A file may have at most 10 MiB. Nothing was stored.",
                csrf(request));
    }

    private static final Map<String, String> DONE = Map.of("answer", "Your answer is recorded.",
            "evidence", "Your file is stored.", "evidence-done", "Noted: you have no more evidence.",
            "appeal", "Your appeal is recorded; a supervisor reviews it.");

    /** The merchant user acting on one of its merchant's complaints; another merchant's is not found. */
    private Parties.Caller merchant(String complaintNo, Authentication caller) {
        Parties.Caller resolved = parties.resolve(complaintNo, null, caller);
        if (resolved.party() != EvidenceParty.MERCHANT) {
            throw new ComplaintNotFoundException(complaintNo);
        }
        return resolved;
    }

    private void answerForm(StringBuilder html, Complaint c, MerchantAnswer question, Instant now, CsrfToken csrf) {
        html.append("<p>Answer ").append(countdown(question.getDueAt(), now)).append(". ")
                .append(question.getDemandedRemedy() == null ? "The customer's demand needs an amount: propose one"
                        + " or contest." : "Accepting grants the customer " + DeskPages.text(question.getDemandedRemedy())
                        + ".").append("</p>\n");
        html.append("<form class=\"upload\" method=\"post\" enctype=\"multipart/form-data\" action=\"").append(path(c))
                .append("/answer\">\n").append(DeskPages.csrfField(csrf)).append("\n<fieldset><legend>Your answer</legend>\n");
        for (MerchantAnswerKind kind : MerchantAnswerKind.values()) {
            if (kind == MerchantAnswerKind.ACCEPT_DEMAND && question.getDemandedRemedy() == null) {
                continue;
            }
            String id = "answer-" + kind.name();
            html.append("<input type=\"radio\" name=\"answer\" required id=\"").append(id).append("\" value=\"")
                    .append(kind.name()).append("\"><label for=\"").append(id).append("\">").append(LABELS.get(kind))
                    .append("</label>\n");
        }
        html.append("</fieldset>\n<label for=\"remedy\">Remedy you propose (with “propose”)</label>\n<select id=\"remedy\" name=\"remedy\">"
                + "<option value=\"\">—</option>");
        for (RemedyKind kind : RemedyKind.values()) {
            if (kind != RemedyKind.REJECT) {
                html.append("<option value=\"").append(kind.name()).append("\">").append(DeskPages.text(kind.name()))
                        .append("</option>");
            }
        }
        html.append("</select>\n<label for=\"amount\">Amount (partial refund, coupon; at most ")
                .append(DeskPages.text(c.getOrder().getAmountPaid())).append(")</label>\n")
                .append("<input id=\"amount\" name=\"amount\" inputmode=\"decimal\">\n")
                .append("<label for=\"statement\">Your statement (required to contest)</label>\n")
                .append("<textarea id=\"statement\" name=\"statement\" maxlength=\"").append(MerchantQuestions.MAX_STATEMENT)
                .append("\"></textarea>\n<label for=\"file\">A file that backs your answer (optional: photo, PDF, text,"
                        + " video; at most 10 MiB)</label>\n<input id=\"file\" name=\"file\" type=\"file\">\n")
                .append("<p><button type=\"submit\">Send answer</button></p>\n</form>\n");
        html.append("<h3>Evidence</h3>\n<p>You may also send more files while your answer is open.</p>\n");
        evidenceForm(html, c, csrf);
    }

    private static void evidenceForm(StringBuilder html, Complaint c, CsrfToken csrf) {
        html.append("<form class=\"upload\" method=\"post\" enctype=\"multipart/form-data\" action=\"").append(path(c))
                .append("/evidence\">\n").append(DeskPages.csrfField(csrf)).append("\n")
                .append("<label for=\"evidence-file\">File (photo, PDF, text, video; at most 10 MiB)</label>\n")
                .append("<input id=\"evidence-file\" name=\"file\" type=\"file\" required>\n")
                .append("<label for=\"evidence-note\">Note</label>\n")
                .append("<input id=\"evidence-note\" name=\"note\" maxlength=\"1000\">\n")
                .append("<p><button type=\"submit\">Upload</button></p>\n</form>\n");
    }

    private static final Map<MerchantAnswerKind, String> LABELS = Map.of(
            MerchantAnswerKind.ACCEPT_DEMAND, "Accept the customer's demand",
            MerchantAnswerKind.PROPOSE_REMEDY, "Propose another remedy",
            MerchantAnswerKind.CONTEST, "Contest the demand");

    private void section(StringBuilder html, String id, String title, List<Complaint> complaints) {
        html.append("<h2 id=\"").append(id).append("\">").append(DeskPages.text(title)).append("</h2>\n");
        if (complaints.isEmpty()) {
            html.append("<p>None.</p>\n");
            return;
        }
        html.append("<table><thead><tr><th>Complaint</th><th>Product</th><th>Status</th><th>Received</th></tr></thead><tbody>\n");
        for (Complaint c : complaints) {
            html.append("<tr><td>").append(link(c)).append("</td><td>").append(DeskPages.text(c.getOrder().getProductName()))
                    .append("</td><td>").append(DeskPages.text(c.getStatus())).append("</td><td>")
                    .append(DeskPages.time(c.getReceivedAt(), zone)).append("</td></tr>\n");
        }
        html.append("</tbody></table>\n");
    }

    /** "by 2026-12-04 13:20 (1 d 5 h left)", or that the time is up. */
    private String countdown(Instant due, Instant now) {
        Duration left = Duration.between(now, due);
        if (left.isNegative() || left.isZero()) {
            return "<span class=\"overdue\">by " + DeskPages.time(due, zone) + " (time is up)</span>";
        }
        long days = left.toDays();
        long hours = left.toHoursPart();
        long minutes = left.toMinutesPart();
        String rest = days > 0 ? days + " d " + hours + " h" : hours > 0 ? hours + " h " + minutes + " min" : minutes + " min";
        return "<span class=\"due\">by " + DeskPages.time(due, zone) + " (" + rest + " left)</span>";
    }

    private static void fact(StringBuilder html, String name, String valueHtml) {
        html.append("<dt>").append(DeskPages.text(name)).append("</dt><dd>").append(valueHtml).append("</dd>\n");
    }

    private static String link(Complaint c) {
        return "<a href=\"" + path(c) + "\">" + DeskPages.text(c.getComplaintNo()) + "</a>";
    }

    private static String path(Complaint c) {
        return MerchantLogin.PATH + "/cases/" + DeskPages.text(c.getComplaintNo());
    }

    private static ResponseEntity<String> done(String complaintNo, String what) {
        return ResponseEntity.status(HttpStatus.SEE_OTHER)
                .location(URI.create(MerchantLogin.PATH + "/cases/" + complaintNo + "?done=" + what)).build();
    }

    private static ResponseEntity<String> refused(HttpStatus status, String title, String detail, CsrfToken csrf) {
        return MerchantLogin.page(status, title, "<p class=\"refused\" role=\"alert\">" + DeskPages.text(detail)
                + "</p>\n<p><a href=\"" + MerchantLogin.PATH + "\">Back to your complaints</a></p>", csrf);
    }

    private static CsrfToken csrf(HttpServletRequest request) {
        return (CsrfToken) request.getAttribute(CsrfToken.class.getName());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
