package org.complaintdesk.notification;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.complaintdesk.complaint.AuditedAct;
import org.complaintdesk.complaint.CaseEvents;
import org.complaintdesk.complaint.Complaint;
import org.complaintdesk.directory.MerchantDirectory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records a message to a customer or merchant in the transaction of the change that causes it: if that
 * change rolls back, so does the message; if it commits, the message is delivered eventually.
 */
@Service
public class Outbox {

    /** Prefix of the texts merchants get instead of the customer's ({@code notifications/merchant-messages}). */
    static final String MERCHANT_TEMPLATES = "merchant.";

    /**
     * Stands in every message to the customer for the link to their case page: the dispatcher puts in a link with a
     * fresh one-time code when it sends the message ({@link CustomerLinks}), so no usable code is ever stored.
     */
    public static final String CASE_PAGE_LINK = "[case-page-link]";

    private final OutboxRepository messages;
    private final NotificationTemplates templates;
    private final MerchantDirectory directory;
    private final Clock clock;
    private final Locale staffLocale;
    private final ZoneId zone;
    private final ApplicationEventPublisher publisher;

    Outbox(OutboxRepository messages, NotificationTemplates templates, MerchantDirectory directory, Clock clock,
           @Value("${complaint-desk.notifications.staff-locale}") Locale staffLocale,
           @Value("${complaint-desk.time-zone}") ZoneId zone, ApplicationEventPublisher publisher) {
        this.publisher = publisher;
        this.messages = messages;
        this.templates = templates;
        this.directory = directory;
        this.clock = clock;
        this.staffLocale = staffLocale;
        this.zone = zone;
    }

    /** A moment as the customer reads it in a message: their language, the desk's time zone, named. */
    public String customerTime(Complaint complaint, Instant time) {
        return time(complaint.getCustomer().getLocale().toLocale(), time);
    }

    /** A phrase from the message templates, in the customer's language, to put into a message. */
    public String phrase(org.complaintdesk.complaint.CustomerLocale locale, String key, Object... args) {
        return templates.phrase(key, locale.toLocale(), args);
    }

    /** Every message of a complaint, oldest first, with its delivery state. */
    @Transactional(readOnly = true)
    public java.util.List<OutboxMessage> messagesFor(String complaintNo) {
        return messages.findByComplaintNoOrderByIdAsc(complaintNo);
    }

    /**
     * @param template key prefix in {@code notifications/messages*.properties}
     * @param args     the template's {0}, {1}, … arguments
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void notifyCustomer(Complaint complaint, String template, Object... args) {
        var locale = complaint.getCustomer().getLocale();
        NotificationTemplates.Rendered text = templates.render(template, locale.toLocale(), args);
        String body = text.body() + "\n\n" + templates.phrase("case-page.footer", locale.toLocale(), CASE_PAGE_LINK);
        queue(new OutboxMessage(complaint.getComplaintNo(), RecipientKind.CUSTOMER,
                complaint.getCustomer().getEmail(), locale.tag(), template, text.subject(), body, clock.instant()));
    }

    /**
     * A message to the merchant of a complaint (answer first, evidence period, ruling), at an address from
     * {@code Parties.merchantAddresses}. A merchant of the directory reads it in its language, from the merchant
     * texts ({@code merchant.<template>}) when there are any; times given as {@link Instant} are written in that
     * language and the desk's time zone. A merchant not in the directory reads it in the staff language.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void notifyMerchant(Complaint complaint, String address, String template, Object... args) {
        Locale locale = complaint.hasOrder()
                ? directory.contact(complaint.getOrder().getMerchantId())
                        .map(c -> c.locale().toLocale()).orElse(staffLocale)
                : staffLocale;
        String merchantTemplate = templates.has(MERCHANT_TEMPLATES + template) ? MERCHANT_TEMPLATES + template : template;
        Object[] written = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            written[i] = args[i] instanceof Instant time ? time(locale, time) : args[i];
        }
        NotificationTemplates.Rendered text = templates.render(merchantTemplate, locale, written);
        queue(new OutboxMessage(complaint.getComplaintNo(), RecipientKind.MERCHANT,
                address == null || address.isBlank() ? null : address, locale.toLanguageTag(), template,
                text.subject(), text.body(), clock.instant()));
    }

    private String time(Locale locale, Instant time) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale)
                .withZone(zone).format(time) + " (" + zone.getId() + ")";
    }

    /**
     * A message to desk staff about a complaint (an escalation, news for the case owner).
     *
     * @param address where to send it; without one it is recorded as NO_ADDRESS
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void notifyStaff(String complaintNo, String address, String template, Object... args) {
        NotificationTemplates.Rendered text = templates.render(template, staffLocale, args);
        queue(new OutboxMessage(complaintNo, RecipientKind.STAFF, address == null || address.isBlank() ? null
                : address, staffLocale.toLanguageTag(), template, text.subject(), text.body(), clock.instant()));
    }

    /** Saves the message and announces it to the audit log: who was told what, in the same transaction. */
    private void queue(OutboxMessage message) {
        OutboxMessage saved = messages.save(message);
        Map<String, Object> personal = new LinkedHashMap<>();
        personal.put("recipient", saved.getRecipientAddress());
        personal.put("subject", saved.getSubject());
        personal.put("body", saved.getBody());
        publisher.publishEvent(new AuditedAct(saved.getComplaintNo(), "MESSAGE_QUEUED", CaseEvents.SYSTEM,
                Map.of("outboxId", saved.getId(), "recipientKind", saved.getRecipientKind().name(),
                        "template", saved.getTemplate(), "locale", saved.getLocale()), personal));
    }
}
