package org.complaintdesk.casepage;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.complaintdesk.arbitration.EvidenceParty;
import org.complaintdesk.audit.CaseFile;
import org.complaintdesk.complaint.CaseEvents;
import org.complaintdesk.complaint.CaseStep;
import org.complaintdesk.complaint.ComplaintStatus;
import org.complaintdesk.complaint.CustomerLocale;
import org.complaintdesk.complaint.NoteKind;
import org.complaintdesk.complaint.RemedyKind;
import org.complaintdesk.negotiation.OfferStatus;
import org.complaintdesk.notification.Outbox;
import org.complaintdesk.resolution.RemedyAction;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * Renders the customer's case page as plain HTML in the customer's language: every value escaped, no script, forms
 * that work without JavaScript (each with the session's CSRF token), labels for every field.
 */
@Component
class CasePageView {

    /** What a page's case offers the customer right now. */
    record OpenActions(CaseFile.OfferView offer, String question, boolean message, boolean evidence,
                       boolean evidenceDone, Instant appealUntil, boolean returnShipment, CaseFile.SurveyView survey,
                       boolean withdraw) {

        boolean none() {
            return offer == null && !message && !evidence && !evidenceDone && appealUntil == null && !returnShipment
                    && survey == null && !withdraw;
        }
    }

    private final ResourceBundleMessageSource words = new ResourceBundleMessageSource();
    private final Outbox outbox;
    private final ZoneId zone;
    private final Clock clock;

    CasePageView(Outbox outbox, @Value("${complaint-desk.time-zone}") ZoneId zone, Clock clock) {
        this.outbox = outbox;
        this.zone = zone;
        this.clock = clock;
        words.setBasename("casepage/page");
        words.setDefaultEncoding(StandardCharsets.UTF_8.name());
        words.setFallbackToSystemLocale(false);
        words.setDefaultLocale(Locale.ENGLISH);
    }

    /** What the customer may do now: only what the rules would accept (the services decide again on every post). */
    OpenActions openActions(CaseFile file) {
        Instant now = clock.instant();
        ComplaintStatus status = file.status();
        CaseFile.OfferView offer = file.offers().stream().max(Comparator.comparingInt(CaseFile.OfferView::round))
                .filter(o -> o.status() == OfferStatus.OPEN && status == ComplaintStatus.OFFER_PENDING).orElse(null);
        String question = status == ComplaintStatus.WAITING_FOR_CUSTOMER ? file.notes().stream()
                .filter(n -> n.kind() == NoteKind.INFORMATION_REQUEST).reduce((a, b) -> b)
                .map(CaseFile.NoteView::text).orElse(null) : null;
        CaseFile.RulingView ruling = file.ruling();
        boolean period = status == ComplaintStatus.EVIDENCE_PERIOD && ruling != null && ruling.evidenceClosedAt() == null;
        boolean saidDone = file.timeline().stream().anyMatch(t -> CaseStep.EVIDENCE_DONE.name().equals(t.step())
                && CaseEvents.CUSTOMER.equals(t.actor()));
        Instant appealUntil = status == ComplaintStatus.RULED && ruling != null && ruling.appealedBy() == null
                && ruling.appealDueAt() != null && ruling.appealDueAt().isAfter(now) ? ruling.appealDueAt() : null;
        boolean returnShipment = file.remedyActions().stream().anyMatch(a -> RemedyAction.RETURN.equals(a.kind())
                && "REQUESTED".equals(a.state()));
        CaseFile.SurveyView survey = status == ComplaintStatus.AWAITING_FEEDBACK ? file.surveys().stream()
                .max(Comparator.comparingInt(CaseFile.SurveyView::round)).filter(v -> "OPEN".equals(v.status()))
                .orElse(null) : null;
        return new OpenActions(offer, question, !status.isEnded(), period && !saidDone, period && !saidDone,
                appealUntil, returnShipment, survey, status.isWithdrawable());
    }

    ResponseEntity<String> casePage(CaseFile file, CustomerLocale language, String csrf, String notice,
                                    HttpStatus status, String refusal) {
        Locale locale = language.toLocale();
        String no = file.complaintNo();
        OpenActions open = openActions(file);
        StringBuilder body = new StringBuilder();
        if (refusal != null) {
            body.append("<div class=\"refused\" role=\"alert\"><h2>").append(w("refused", locale)).append("</h2><p>")
                    .append(esc(refusal)).append("</p><p>").append(w("refused.nothing", locale)).append("</p></div>\n");
        } else if (notice != null) {
            body.append("<p class=\"notice\" role=\"status\">").append(w("done." + notice, locale)).append("</p>\n");
        }
        body.append("<section aria-labelledby=\"status-h\"><h2 id=\"status-h\">").append(w("status", locale))
                .append("</h2>\n<dl>\n");
        item(body, w("status", locale), w("status." + file.status(), locale));
        item(body, w("stage", locale), w("stage." + file.stage(), locale));
        item(body, w("received", locale), time(file.receivedAt(), locale));
        if (file.order() != null) {
            item(body, w("product", locale), esc(file.order().productName()));
            item(body, w("order", locale), esc(file.order().orderNo()));
        }
        if (file.demands() != null && !file.demands().isEmpty()) {
            item(body, w("demands", locale), esc(file.demands().stream().sorted()
                    .map(d -> raw("demand." + d, locale)).collect(Collectors.joining(", "))));
        }
        body.append("</dl>\n</section>\n");
        deadlines(body, file, open, locale);
        actions(body, file, open, locale, csrf);
        ruling(body, file, locale);
        evidence(body, file, locale);
        timeline(body, file, locale);
        return page(status, language, w("title", locale, no), body.toString(), no);
    }

    private void deadlines(StringBuilder body, CaseFile file, OpenActions open, Locale locale) {
        StringBuilder list = new StringBuilder();
        if (!file.status().isEnded() && file.deadlines().resolutionDueAt() != null
                && file.status() != ComplaintStatus.AWAITING_FEEDBACK) {
            item(list, w("deadline.resolution", locale), time(file.deadlines().resolutionDueAt(), locale));
        }
        if (open.offer() != null) {
            item(list, w("deadline.offer", locale), time(open.offer().replyDueAt(), locale));
        }
        if (open.evidence() || open.evidenceDone()) {
            item(list, w("deadline.evidence", locale), time(file.ruling().evidenceDueAt(), locale));
        }
        if (open.appealUntil() != null) {
            item(list, w("deadline.appeal", locale), time(open.appealUntil(), locale));
        }
        if (open.survey() != null) {
            item(list, w("deadline.survey", locale), time(open.survey().dueAt(), locale));
        }
        body.append("<section aria-labelledby=\"deadlines-h\"><h2 id=\"deadlines-h\">").append(w("deadlines", locale))
                .append("</h2>\n");
        if (list.isEmpty()) {
            body.append("<p>").append(w("deadlines.none", locale)).append("</p>\n");
        } else {
            body.append("<dl>\n").append(list).append("</dl>\n<p class=\"hint\">")
                    .append(w("deadlines.zone", locale, zone.getId())).append("</p>\n");
        }
        body.append("</section>\n");
    }

    private void actions(StringBuilder body, CaseFile file, OpenActions open, Locale locale, String csrf) {
        String no = file.complaintNo();
        body.append("<section id=\"actions\" aria-labelledby=\"actions-h\"><h2 id=\"actions-h\">")
                .append(w("actions", locale)).append("</h2>\n");
        if (open.none()) {
            body.append("<p>").append(w("actions.none", locale)).append("</p>\n");
        }
        if (open.offer() != null) {
            CaseFile.OfferView o = open.offer();
            String remedy = outbox.phrase(CustomerLocale.fromTag(locale.toLanguageTag()).orElse(CustomerLocale.EN),
                    "remedy." + o.remedy(), o.amount() == null ? "" : o.amount().toPlainString(), o.currency(),
                    o.reason() == null ? "" : o.reason());
            form(body, no, "offer", w("offer.title", locale), csrf, false)
                    .append("<p>").append(w("offer.text", locale, remedy, rawTime(o.replyDueAt(), locale))).append("</p>\n")
                    .append("<input type=\"hidden\" name=\"offer\" value=\"").append(o.round()).append("\">\n")
                    .append("<fieldset><legend>").append(w("offer.choice", locale)).append("</legend>\n")
                    .append(radio("answer", "accept", "offer-accept", w("offer.accept", locale)))
                    .append(radio("answer", "reject", "offer-reject", w("offer.reject", locale)))
                    .append("</fieldset>\n")
                    .append(textarea("offer-comment", "comment", w("offer.comment", locale), false, 2000));
            end(body, w("offer.send", locale));
        }
        if (open.message()) {
            String title = open.question() != null ? w("question.title", locale) : w("message.title", locale);
            form(body, no, "message", title, csrf, false);
            if (open.question() != null) {
                body.append("<p>").append(w("question.asked", locale)).append("</p><blockquote>")
                        .append(esc(open.question())).append("</blockquote>\n");
            }
            body.append(textarea("message-text", "text", w("message.text", locale), true, 10000));
            end(body, w("message.send", locale));
        }
        if (open.evidence()) {
            form(body, no, "evidence", w("evidence.title", locale), csrf, true)
                    .append("<p class=\"hint\" id=\"evidence-help\">").append(w("evidence.help", locale)).append("</p>\n")
                    .append("<label for=\"evidence-file\">").append(w("evidence.file", locale)).append("</label>\n")
                    .append("<input type=\"file\" id=\"evidence-file\" name=\"file\" required aria-describedby=\"evidence-help\" "
                            + "accept=\"image/*,application/pdf,text/plain,video/mp4,video/quicktime\">\n")
                    .append("<label for=\"evidence-note\">").append(w("evidence.note", locale)).append("</label>\n")
                    .append("<input type=\"text\" id=\"evidence-note\" name=\"note\" maxlength=\"1000\">\n");
            end(body, w("evidence.send", locale));
        }
        if (open.evidenceDone()) {
            form(body, no, "evidence-done", w("evidence.done.title", locale), csrf, false)
                    .append("<p>").append(w("evidence.done.help", locale)).append("</p>\n");
            end(body, w("evidence.done.send", locale));
        }
        if (open.appealUntil() != null) {
            form(body, no, "appeal", w("appeal.title", locale), csrf, false)
                    .append("<p>").append(w("appeal.help", locale, rawTime(open.appealUntil(), locale))).append("</p>\n")
                    .append(textarea("appeal-reason", "reason", w("appeal.reason", locale), true, 2000));
            end(body, w("appeal.send", locale));
        }
        if (open.returnShipment()) {
            form(body, no, "return", w("return.title", locale), csrf, false)
                    .append("<label for=\"return-courier\">").append(w("return.courier", locale)).append("</label>\n")
                    .append("<input type=\"text\" id=\"return-courier\" name=\"courier\" required maxlength=\"100\">\n")
                    .append("<label for=\"return-tracking\">").append(w("return.tracking", locale)).append("</label>\n")
                    .append("<input type=\"text\" id=\"return-tracking\" name=\"trackingNo\" required "
                            + "pattern=\"[A-Za-z0-9\\-]{4,60}\" maxlength=\"60\">\n");
            end(body, w("return.send", locale));
        }
        if (open.survey() != null) {
            form(body, no, "survey", w("survey.title", locale), csrf, false)
                    .append("<fieldset><legend>").append(w("survey.solved", locale)).append("</legend>\n")
                    .append(radio("solved", "yes", "survey-yes", w("survey.yes", locale)))
                    .append(radio("solved", "no", "survey-no", w("survey.no", locale)))
                    .append("</fieldset>\n<label for=\"survey-score\">").append(w("survey.score", locale))
                    .append("</label>\n<select id=\"survey-score\" name=\"score\" required>\n<option value=\"\"></option>\n");
            for (int s = 1; s <= 5; s++) {
                body.append("<option value=\"").append(s).append("\">").append(s).append("</option>\n");
            }
            body.append("</select>\n").append(textarea("survey-comment", "comment", w("survey.comment", locale), false, 2000));
            end(body, w("survey.send", locale));
        }
        if (open.withdraw()) {
            form(body, no, "withdraw", w("withdraw.title", locale), csrf, false)
                    .append("<p>").append(w("withdraw.help", locale)).append("</p>\n")
                    .append(textarea("withdraw-reason", "reason", w("withdraw.reason", locale), false, 2000))
                    .append("<p class=\"check\"><input type=\"checkbox\" id=\"withdraw-confirm\" name=\"confirm\" value=\"yes\" required>")
                    .append("<label for=\"withdraw-confirm\">").append(w("withdraw.confirm", locale)).append("</label></p>\n");
            end(body, w("withdraw.send", locale), "danger");
        }
        body.append("</section>\n");
    }

    private void ruling(StringBuilder body, CaseFile file, Locale locale) {
        CaseFile.RulingView r = file.ruling();
        if (r == null || r.ruling() == null) {
            return;
        }
        // a full refund is the amount paid, which the ruling does not repeat
        boolean full = r.remedy() == RemedyKind.REFUND_FULL || r.remedy() == RemedyKind.RETURN_AND_REFUND;
        BigDecimal amount = r.amount() != null ? r.amount()
                : full && file.order() != null ? file.order().amountPaid() : null;
        String remedy = r.remedy() == null ? "—" : outbox.phrase(CustomerLocale.fromTag(locale.toLanguageTag())
                .orElse(CustomerLocale.EN), "remedy." + r.remedy(), amount == null ? "" : amount.toPlainString(),
                file.order() == null ? "" : file.order().currency(), r.rationale() == null ? "" : r.rationale());
        body.append("<section aria-labelledby=\"ruling-h\"><h2 id=\"ruling-h\">").append(w("ruling.title", locale))
                .append("</h2>\n<p>").append(w("ruling.text", locale, raw("ruling." + r.ruling(), locale), remedy))
                .append("</p>\n");
        if (r.rationale() != null) {
            body.append("<p>").append(w("ruling.reasons", locale, r.rationale())).append("</p>\n");
        }
        body.append("</section>\n");
    }

    private void evidence(StringBuilder body, CaseFile file, Locale locale) {
        List<CaseFile.EvidenceView> own = file.evidence().stream().filter(e -> e.party() == EvidenceParty.CUSTOMER).toList();
        if (own.isEmpty() && file.ruling() == null) {
            return;
        }
        body.append("<section aria-labelledby=\"evidence-h\"><h2 id=\"evidence-h\">").append(w("evidence", locale))
                .append("</h2>\n");
        if (own.isEmpty()) {
            body.append("<p>").append(w("evidence.none", locale)).append("</p>\n");
        } else {
            body.append("<ul>\n");
            for (CaseFile.EvidenceView e : own) {
                body.append("<li><a href=\"").append(esc(CasePage.path(file.complaintNo()) + "/evidence/" + e.id()))
                        .append("\">").append(esc(e.fileName())).append("</a> (").append(esc(e.mediaType()))
                        .append(", ").append(time(e.uploadedAt(), locale)).append(")")
                        .append(e.note() == null ? "" : " — " + esc(e.note())).append("</li>\n");
            }
            body.append("</ul>\n");
        }
        body.append("</section>\n");
    }

    private void timeline(StringBuilder body, CaseFile file, Locale locale) {
        body.append("<section aria-labelledby=\"timeline-h\"><h2 id=\"timeline-h\">").append(w("timeline", locale))
                .append("</h2>\n<ol class=\"timeline\">\n");
        for (CaseFile.TimelineEntry t : file.timeline()) {
            body.append("<li><time datetime=\"").append(esc(t.at().toString())).append("\">").append(time(t.at(), locale))
                    .append("</time> ").append(w("step." + t.step(), locale)).append("</li>\n");
        }
        body.append("</ol>\n</section>\n");
    }

    /** A used or expired link, with the offer to email a fresh one (the spent code proves the customer had one). */
    ResponseEntity<String> linkSpent(String complaintNo, String code, CustomerLocale language, String outcome) {
        Locale locale = language.toLocale();
        StringBuilder body = new StringBuilder("<p>").append(w("link.text", locale)).append("</p>\n");
        if (outcome != null) {
            body.append("<p class=\"notice\" role=\"status\">").append(w("link.fresh." + outcome, locale)).append("</p>\n");
        }
        if (!"sent".equals(outcome)) {
            body.append("<form method=\"post\" action=\"").append(esc(CasePage.path(complaintNo) + "/fresh-link"))
                    .append("\">\n<input type=\"hidden\" name=\"code\" value=\"").append(esc(code)).append("\">\n<p>")
                    .append(w("link.fresh", locale)).append("</p>\n<button type=\"submit\">")
                    .append(w("link.fresh.send", locale)).append("</button>\n</form>\n");
        }
        return page(HttpStatus.GONE, language, w("link.title", locale), body.toString(), null);
    }

    ResponseEntity<String> message(HttpStatus status, CustomerLocale language, String key) {
        Locale locale = language.toLocale();
        return page(status, language, w(key + ".title", locale), "<p>" + w(key + ".text", locale) + "</p>\n", null);
    }

    /**
     * The clean URL reached from another site without the cookie: a SameSite=Strict cookie is not sent on a navigation
     * that another site started, so the page goes once more to itself, now from the desk's own page.
     */
    ResponseEntity<String> continueHere(String complaintNo, CustomerLocale language) {
        Locale locale = language.toLocale();
        String path = esc(CasePage.path(complaintNo));
        String html = "<!DOCTYPE html>\n<html lang=\"" + language.tag() + "\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta http-equiv=\"refresh\" content=\"0; url=" + path + "\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<title>" + w("continue.title", locale) + "</title>\n<link rel=\"stylesheet\" href=\"" + CasePage.STYLESHEET
                + "\">\n</head>\n<body>\n<main>\n<p><a href=\"" + path + "\">" + w("continue.link", locale)
                + "</a></p>\n</main>\n</body>\n</html>\n";
        return html(HttpStatus.OK, html);
    }

    private ResponseEntity<String> page(HttpStatus status, CustomerLocale language, String title, String body,
                                        String complaintNo) {
        Locale locale = language.toLocale();
        StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"").append(language.tag()).append("\">\n<head>\n")
                .append("<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<meta name=\"referrer\" content=\"no-referrer\">\n<title>").append(title).append(" · ")
                .append(w("desk", locale)).append("</title>\n<link rel=\"stylesheet\" href=\"").append(CasePage.STYLESHEET)
                .append("\">\n</head>\n<body>\n");
        if (complaintNo != null) {
            html.append("<a class=\"skip\" href=\"#actions\">").append(w("skip", locale)).append("</a>\n");
        }
        html.append("<header><span class=\"desk\">").append(w("desk", locale)).append("</span>");
        if (complaintNo != null) {
            html.append("<nav aria-label=\"").append(w("language", locale)).append("\"><ul>");
            for (CustomerLocale l : List.of(CustomerLocale.ZH_CN, CustomerLocale.ZH_TW, CustomerLocale.EN)) {
                html.append("<li><a lang=\"").append(l.tag()).append("\" hreflang=\"").append(l.tag()).append("\" href=\"")
                        .append(esc(CasePage.path(complaintNo) + "?lang=" + l.tag())).append("\"")
                        .append(l == language ? " aria-current=\"true\"" : "").append(">").append(languageName(l))
                        .append("</a></li>");
            }
            html.append("</ul></nav>");
        }
        html.append("</header>\n<main>\n<h1>").append(title).append("</h1>\n").append(body).append("</main>\n</body>\n</html>\n");
        return html(status, html.toString());
    }

    private static ResponseEntity<String> html(HttpStatus status, String html) {
        return ResponseEntity.status(status).cacheControl(CacheControl.noStore())
                .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8)).body(html);
    }

    private static String languageName(CustomerLocale locale) {
        return switch (locale) {
            case ZH_CN -> "简体中文";
            case ZH_TW -> "繁體中文";
            case EN -> "English";
        };
    }

    private StringBuilder form(StringBuilder body, String complaintNo, String action, String title, String csrf,
                               boolean multipart) {
        String id = "form-" + action;
        return body.append("<form class=\"action\" method=\"post\" action=\"")
                .append(esc(CasePage.path(complaintNo) + "/" + action)).append("\"")
                .append(multipart ? " enctype=\"multipart/form-data\"" : "").append(" aria-labelledby=\"").append(id)
                .append("\">\n<h3 id=\"").append(id).append("\">").append(title).append("</h3>\n")
                .append("<input type=\"hidden\" name=\"").append(CasePage.CSRF_FIELD).append("\" value=\"")
                .append(esc(csrf)).append("\">\n");
    }

    private static void end(StringBuilder body, String button) {
        end(body, button, null);
    }

    private static void end(StringBuilder body, String button, String style) {
        body.append("<button type=\"submit\"").append(style == null ? "" : " class=\"" + style + "\"").append(">")
                .append(button).append("</button>\n</form>\n");
    }

    private static String radio(String name, String value, String id, String label) {
        return "<p class=\"check\"><input type=\"radio\" id=\"" + id + "\" name=\"" + name + "\" value=\"" + value
                + "\" required><label for=\"" + id + "\">" + label + "</label></p>\n";
    }

    private static String textarea(String id, String name, String label, boolean required, int max) {
        return "<label for=\"" + id + "\">" + label + "</label>\n<textarea id=\"" + id + "\" name=\"" + name
                + "\" rows=\"4\" maxlength=\"" + max + "\"" + (required ? " required" : "") + "></textarea>\n";
    }

    private static void item(StringBuilder list, String term, String value) {
        list.append("<dt>").append(term).append("</dt><dd>").append(value).append("</dd>\n");
    }

    private String time(Instant instant, Locale locale) {
        return esc(rawTime(instant, locale));
    }

    /** A moment in the desk's time zone, as the customer's language writes it. */
    private String rawTime(Instant instant, Locale locale) {
        return instant == null ? "—" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale).withZone(zone).format(instant);
    }

    /** A phrase of the page in the language, as HTML text: the phrase with its (raw) arguments, escaped as a whole. */
    private String w(String key, Locale locale, Object... args) {
        return esc(raw(key, locale, args));
    }

    /** A phrase as plain text, to put into another phrase. */
    private String raw(String key, Locale locale, Object... args) {
        String fallback = key.startsWith("step.") ? key.substring(5).replace('_', ' ').toLowerCase(Locale.ROOT) : key;
        return words.getMessage(key, args.length == 0 ? null : args, fallback, locale);
    }

    static String esc(String value) {
        return value == null ? "" : HtmlUtils.htmlEscape(value, "UTF-8");
    }
}
