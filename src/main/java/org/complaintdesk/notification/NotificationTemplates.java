package org.complaintdesk.notification;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.stereotype.Component;

/**
 * Subject and body of each message in the customer's language, from
 * {@code notifications/messages_{en,zh_CN,zh_TW}.properties} (keys {@code <template>.subject} and
 * {@code <template>.body}); English is the fallback. Messages to merchants have texts of their own in
 * {@code notifications/merchant-messages*.properties} (keys {@code merchant.<template>.subject/body}).
 */
@Component
class NotificationTemplates {

    private final ResourceBundleMessageSource messages = new ResourceBundleMessageSource();

    NotificationTemplates() {
        messages.setBasenames("notifications/messages", "notifications/merchant-messages");
        messages.setDefaultEncoding(StandardCharsets.UTF_8.name());
        messages.setFallbackToSystemLocale(false);
        messages.setDefaultLocale(Locale.ENGLISH);
    }

    Rendered render(String template, Locale locale, Object... args) {
        return new Rendered(messages.getMessage(template + ".subject", args, locale),
                messages.getMessage(template + ".body", args, locale));
    }

    /** Whether a template has a subject of its own (in any language: English is every key's fallback). */
    boolean has(String template) {
        return messages.getMessage(template + ".subject", null, null, Locale.ENGLISH) != null;
    }

    String phrase(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    record Rendered(String subject, String body) {
    }
}
