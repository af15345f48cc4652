package org.complaintdesk.notification;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.stereotype.Component;

/**
 * Subject and body of each message in the customer's language, from
 * {@code notifications/messages_{en,zh_CN,zh_TW}.properties} (keys {@code <template>.subject} and
 * {@code <template>.body}); English is the fallback.
 */
@Component
class NotificationTemplates {

    private final ResourceBundleMessageSource messages = new ResourceBundleMessageSource();

    NotificationTemplates() {
        messages.setBasename("notifications/messages");
        messages.setDefaultEncoding(StandardCharsets.UTF_8.name());
        messages.setFallbackToSystemLocale(false);
        messages.setDefaultLocale(Locale.ENGLISH);
    }

    Rendered render(String template, Locale locale, Object... args) {
        return new Rendered(messages.getMessage(template + ".subject", args, locale),
                messages.getMessage(template + ".body", args, locale));
    }

    String phrase(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    record Rendered(String subject, String body) {
    }
}
