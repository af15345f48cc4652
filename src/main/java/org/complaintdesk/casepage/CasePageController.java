package org.complaintdesk.casepage;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.complaintdesk.arbitration.EvidencePeriods;
import org.complaintdesk.arbitration.Parties;
import org.complaintdesk.arbitration.Rulings;
import org.complaintdesk.audit.CaseFiles;
import org.complaintdesk.complaint.ComplaintNotFoundException;
import org.complaintdesk.complaint.CustomerCredential;
import org.complaintdesk.complaint.CustomerLocale;
import org.complaintdesk.complaint.CustomerTokens;
import org.complaintdesk.followup.FollowUp;
import org.complaintdesk.investigation.CustomerMessages;
import org.complaintdesk.negotiation.Offers;
import org.complaintdesk.resolution.RemedyExecution;
import org.complaintdesk.system.ApiProblem;
import org.complaintdesk.system.ConflictException;
import org.complaintdesk.system.InvalidRequestException;
import org.complaintdesk.withdrawal.Withdrawals;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseCookie;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.multipart.MultipartFile;

/**
 * The customer's case page, {@code /c/{complaintNo}}: opened with the one-time code of a link in a message
 * ({@link CaseLinks}), then by the session cookie alone. Every action posts a form with the session's CSRF token and
 * goes to the same domain service as the API's customer calls, with the page's session as the customer's credential;
 * a refusal shows the service's reason on the page, and nothing changes.
 */
@Controller
class CasePageController {

    /** Confirmations the page shows after a successful action ({@code ?done=…}). */
    private static final Set<String> NOTICES = Set.of("offer", "message", "evidence", "evidence-done", "appeal",
            "return", "survey", "withdraw");

    private final CaseLinks links;
    private final CasePageView view;
    private final CaseFiles caseFiles;
    private final Offers offers;
    private final CustomerMessages messages;
    private final Parties parties;
    private final EvidencePeriods evidence;
    private final Rulings rulings;
    private final RemedyExecution remedies;
    private final FollowUp followUp;
    private final Withdrawals withdrawals;
    private final CasePageProperties properties;

    @SuppressWarnings("java:S107")
    CasePageController(CaseLinks links, CasePageView view, CaseFiles caseFiles, Offers offers,
                       CustomerMessages messages, Parties parties, EvidencePeriods evidence, Rulings rulings,
                       RemedyExecution remedies, FollowUp followUp, Withdrawals withdrawals,
                       CasePageProperties properties) {
        this.links = links;
        this.view = view;
        this.caseFiles = caseFiles;
        this.offers = offers;
        this.messages = messages;
        this.parties = parties;
        this.evidence = evidence;
        this.rulings = rulings;
        this.remedies = remedies;
        this.followUp = followUp;
        this.withdrawals = withdrawals;
        this.properties = properties;
    }

    /** A browser's visit with an open session: the customer's credential and the session's CSRF token. */
    private record Visit(PageSession session, String sessionId) {

        CustomerCredential customer() {
            return new CustomerCredential.CasePageSession(session.getComplaintId());
        }

        CustomerLocale language() {
            return CustomerLocale.fromTag(session.getLocale()).orElse(CustomerLocale.EN);
        }

        /** Tied to the cookie's session: a page of another origin can neither read the cookie nor derive it. */
        String csrf() {
            return CustomerTokens.hash("case-page-csrf:" + sessionId);
        }

        boolean csrfMatches(String presented) {
            return presented != null && MessageDigest.isEqual(csrf().getBytes(StandardCharsets.UTF_8),
                    presented.getBytes(StandardCharsets.UTF_8));
        }
    }

    @GetMapping(CasePage.PREFIX + "/{complaintNo}")
    ResponseEntity<String> show(@PathVariable String complaintNo,
                                @RequestParam(required = false) String code,
                                @RequestParam(required = false) String lang,
                                @RequestParam(required = false) String done,
                                HttpServletRequest request) {
        CustomerLocale browser = CasePage.localeOf(request.getLocales());
        if (!CasePage.isComplaintNo(complaintNo)) {
            return view.message(HttpStatus.NOT_FOUND, browser, "link.unknown");
        }
        if (code != null) {
            CaseLinks.Exchange exchange = links.exchange(complaintNo, code);
            if (exchange instanceof CaseLinks.Opened opened) {
                return ResponseEntity.status(HttpStatus.SEE_OTHER)
                        .header(HttpHeaders.LOCATION, CasePage.path(complaintNo))
                        .header(HttpHeaders.SET_COOKIE, cookie(complaintNo, opened, request).toString())
                        .header(HttpHeaders.CACHE_CONTROL, "no-store")
                        .build();
            }
            return exchange instanceof CaseLinks.Spent ? view.linkSpent(complaintNo, code, browser, null)
                    : view.message(HttpStatus.NOT_FOUND, browser, "link.unknown");
        }
        Optional<Visit> visit = visit(complaintNo, request);
        if (visit.isEmpty()) {
            // a navigation another site started does not carry a SameSite=Strict cookie: try once more from here
            return "cross-site".equals(request.getHeader("Sec-Fetch-Site"))
                    ? view.continueHere(complaintNo, browser)
                    : view.message(HttpStatus.FORBIDDEN, browser, "closed");
        }
        if (lang != null) {
            CustomerLocale.fromTag(lang).ifPresent(l -> links.switchLanguage(visit.get().session().getId(), l));
            return seeOther(CasePage.path(complaintNo));
        }
        return render(complaintNo, visit.get(), done != null && NOTICES.contains(done) ? done : null, HttpStatus.OK, null);
    }

    @PostMapping(CasePage.PREFIX + "/{complaintNo}/fresh-link")
    ResponseEntity<String> freshLink(@PathVariable String complaintNo, @RequestParam(required = false) String code,
                                     HttpServletRequest request) {
        CustomerLocale browser = CasePage.localeOf(request.getLocales());
        if (!CasePage.isComplaintNo(complaintNo) || code == null) {
            return view.message(HttpStatus.NOT_FOUND, browser, "link.unknown");
        }
        try {
            boolean sent = links.sendFreshLink(complaintNo, code);
            return view.linkSpent(complaintNo, code, browser, sent ? "sent" : "wait");
        } catch (ComplaintNotFoundException e) {
            return view.message(HttpStatus.NOT_FOUND, browser, "link.unknown");
        }
    }

    @PostMapping(CasePage.PREFIX + "/{complaintNo}/offer")
    ResponseEntity<String> offer(@PathVariable String complaintNo, @RequestParam(name = CasePage.CSRF_FIELD, required = false) String csrf,
                                 @RequestParam(required = false) String answer, @RequestParam(required = false) String comment,
                                 @RequestParam(required = false) String offer, HttpServletRequest request) {
        return act(complaintNo, request, csrf, "offer", customer -> {
            if (!"accept".equals(answer) && !"reject".equals(answer)) {
                throw new InvalidRequestException("answer", "choose whether you accept or reject the proposal");
            }
            String text = blankToNull(comment);
            if (text != null && text.length() > 2000) {
                throw new InvalidRequestException("comment", "must be at most 2000 characters");
            }
            offers.answer(complaintNo, customer, number("offer", offer, 1, 1000), "accept".equals(answer), text);
        });
    }

    @PostMapping(CasePage.PREFIX + "/{complaintNo}/message")
    ResponseEntity<String> message(@PathVariable String complaintNo, @RequestParam(name = CasePage.CSRF_FIELD, required = false) String csrf,
                                   @RequestParam(required = false) String text, HttpServletRequest request) {
        return act(complaintNo, request, csrf, "message", customer -> messages.add(complaintNo, customer, null, text));
    }

    @PostMapping(path = CasePage.PREFIX + "/{complaintNo}/evidence", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<String> evidence(@PathVariable String complaintNo, @RequestParam(name = CasePage.CSRF_FIELD, required = false) String csrf,
                                    @RequestPart(name = "file", required = false) MultipartFile file,
                                    @RequestParam(required = false) String note, HttpServletRequest request) {
        return act(complaintNo, request, csrf, "evidence", customer -> {
            try {
                evidence.submit(parties.customer(complaintNo, customer), file, blankToNull(note));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    @PostMapping(CasePage.PREFIX + "/{complaintNo}/evidence-done")
    ResponseEntity<String> evidenceDone(@PathVariable String complaintNo, @RequestParam(name = CasePage.CSRF_FIELD, required = false) String csrf,
                                        HttpServletRequest request) {
        return act(complaintNo, request, csrf, "evidence-done",
                customer -> evidence.done(parties.customer(complaintNo, customer)));
    }

    @GetMapping(CasePage.PREFIX + "/{complaintNo}/evidence/{evidenceId}")
    ResponseEntity<?> download(@PathVariable String complaintNo, @PathVariable long evidenceId, HttpServletRequest request) {
        CustomerLocale browser = CasePage.localeOf(request.getLocales());
        Optional<Visit> visit = CasePage.isComplaintNo(complaintNo) ? visit(complaintNo, request) : Optional.empty();
        if (visit.isEmpty()) {
            return view.message(HttpStatus.FORBIDDEN, browser, "closed");
        }
        try {
            EvidencePeriods.EvidenceFile file = evidence.download(parties.customer(complaintNo, visit.get().customer()),
                    evidenceId);
            return ResponseEntity.ok()
                    .contentType(MediaType.parseMediaType(file.evidence().getMediaType()))
                    .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                            .filename(file.evidence().getFileName(), StandardCharsets.UTF_8).build().toString())
                    .header("X-Content-Type-Options", "nosniff")
                    .header(HttpHeaders.CACHE_CONTROL, "no-store")
                    .body(file.content());
        } catch (ApiProblem | ComplaintNotFoundException e) {
            return view.message(HttpStatus.NOT_FOUND, visit.get().language(), "link.unknown");
        }
    }

    @PostMapping(CasePage.PREFIX + "/{complaintNo}/appeal")
    ResponseEntity<String> appeal(@PathVariable String complaintNo, @RequestParam(name = CasePage.CSRF_FIELD, required = false) String csrf,
                                  @RequestParam(required = false) String reason, HttpServletRequest request) {
        return act(complaintNo, request, csrf, "appeal",
                customer -> rulings.appeal(parties.customer(complaintNo, customer), reason));
    }

    @PostMapping(CasePage.PREFIX + "/{complaintNo}/return")
    ResponseEntity<String> returnShipment(@PathVariable String complaintNo, @RequestParam(name = CasePage.CSRF_FIELD, required = false) String csrf,
                                          @RequestParam(required = false) String courier,
                                          @RequestParam(required = false) String trackingNo, HttpServletRequest request) {
        return act(complaintNo, request, csrf, "return",
                customer -> remedies.returnShipped(complaintNo, customer, courier, trackingNo));
    }

    @PostMapping(CasePage.PREFIX + "/{complaintNo}/survey")
    ResponseEntity<String> survey(@PathVariable String complaintNo, @RequestParam(name = CasePage.CSRF_FIELD, required = false) String csrf,
                                  @RequestParam(required = false) String solved, @RequestParam(required = false) String score,
                                  @RequestParam(required = false) String comment, HttpServletRequest request) {
        return act(complaintNo, request, csrf, "survey", customer -> {
            if (!"yes".equals(solved) && !"no".equals(solved)) {
                throw new InvalidRequestException("solved", "choose yes or no");
            }
            Integer points = number("score", score, 1, 5);
            if (points == null) {
                throw new InvalidRequestException("score", "must be a whole number from 1 to 5");
            }
            followUp.answer(complaintNo, customer, "yes".equals(solved), points, blankToNull(comment));
        });
    }

    @PostMapping(CasePage.PREFIX + "/{complaintNo}/withdraw")
    ResponseEntity<String> withdraw(@PathVariable String complaintNo, @RequestParam(name = CasePage.CSRF_FIELD, required = false) String csrf,
                                    @RequestParam(required = false) String reason,
                                    @RequestParam(required = false) String confirm, HttpServletRequest request) {
        return act(complaintNo, request, csrf, "withdraw", customer -> {
            if (!"yes".equals(confirm)) {
                throw new InvalidRequestException("confirm", "tick the box to confirm that you want to withdraw");
            }
            String text = blankToNull(reason);
            if (text != null && text.length() > 2000) {
                throw new InvalidRequestException("reason", "must be at most 2000 characters");
            }
            withdrawals.withdraw(complaintNo, customer, text);
        });
    }

    /** Checks the session and the CSRF token, runs the action; a refusal is the page with the service's reason. */
    private ResponseEntity<String> act(String complaintNo, HttpServletRequest request, String csrf, String done,
                                       java.util.function.Consumer<CustomerCredential> action) {
        CustomerLocale browser = CasePage.localeOf(request.getLocales());
        Optional<Visit> found = CasePage.isComplaintNo(complaintNo) ? visit(complaintNo, request) : Optional.empty();
        if (found.isEmpty()) {
            return view.message(HttpStatus.FORBIDDEN, browser, "closed");
        }
        Visit visit = found.get();
        if (!visit.csrfMatches(csrf)) {
            return view.message(HttpStatus.FORBIDDEN, visit.language(), "stale");
        }
        try {
            action.accept(visit.customer());
        } catch (ConflictException e) {
            return render(complaintNo, visit, null, HttpStatus.CONFLICT, e.getMessage());
        } catch (InvalidRequestException e) {
            return render(complaintNo, visit, null, HttpStatus.BAD_REQUEST, e.violations().stream()
                    .map(v -> v.field() + ": " + v.message()).collect(Collectors.joining("; ")));
        } catch (ApiProblem e) {
            return render(complaintNo, visit, null, e.status(), e.getMessage());
        } catch (ComplaintNotFoundException e) {
            return view.message(HttpStatus.NOT_FOUND, visit.language(), "link.unknown");
        }
        return seeOther(CasePage.path(complaintNo) + "?done=" + done + "#actions");
    }

    private ResponseEntity<String> render(String complaintNo, Visit visit, String notice, HttpStatus status,
                                          String refusal) {
        try {
            return view.casePage(caseFiles.forCustomer(complaintNo, visit.customer()), visit.language(), visit.csrf(),
                    notice, status, refusal);
        } catch (ComplaintNotFoundException e) {
            return view.message(HttpStatus.NOT_FOUND, visit.language(), "link.unknown");
        }
    }

    private Optional<Visit> visit(String complaintNo, HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        return Arrays.stream(cookies).filter(c -> CasePage.COOKIE.equals(c.getName())).map(Cookie::getValue)
                .map(id -> links.session(complaintNo, id).map(s -> new Visit(s, id)))
                .flatMap(Optional::stream).findFirst();
    }

    private ResponseCookie cookie(String complaintNo, CaseLinks.Opened opened, HttpServletRequest request) {
        boolean https = request.isSecure() || "https".equals(properties.publicUrl().getScheme());
        return ResponseCookie.from(CasePage.COOKIE, opened.sessionId())
                .httpOnly(true)
                .secure(https)
                .sameSite("Strict")
                .path(CasePage.path(complaintNo))
                .maxAge(properties.sessionValidFor())
                .build();
    }

    private static ResponseEntity<String> seeOther(String location) {
        return ResponseEntity.status(HttpStatus.SEE_OTHER).header(HttpHeaders.LOCATION, location)
                .header(HttpHeaders.CACHE_CONTROL, "no-store").build();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** A whole number from a form field within bounds; null when the field is empty. */
    private static Integer number(String field, String value, int min, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            int n = Integer.parseInt(value.strip());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // falls through to the refusal
        }
        throw new InvalidRequestException(field, "must be a whole number from " + min + " to " + max);
    }
}
