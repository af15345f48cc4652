package org.complaintdesk.directory;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.complaintdesk.complaint.CustomerLocale;
import org.complaintdesk.system.ApiProblem;
import org.complaintdesk.system.InvalidRequestException;
import org.complaintdesk.system.InvalidRequestException.FieldViolation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The merchants administrators keep: whom the desk writes to about a merchant's complaints, in which language,
 * and where it posts their events. A merchant not in the directory is written to as before the directory existed
 * (its linked users, in the staff language).
 */
@Service
public class MerchantDirectory {

    private static final Logger log = LoggerFactory.getLogger(MerchantDirectory.class);

    static final Pattern MERCHANT_ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s<>\"]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9.-]*[A-Za-z0-9])?"
            + "\\.[A-Za-z]{2,63}");
    static final int MAX_PAGE_SIZE = 100;
    private static final List<String> LOCALES = List.of("en", "zh-CN", "zh-TW");

    private final MerchantRepository merchants;
    private final WebhookSecrets secrets;
    private final MerchantProperties properties;
    private final Clock clock;

    MerchantDirectory(MerchantRepository merchants, WebhookSecrets secrets, MerchantProperties properties, Clock clock) {
        this.merchants = merchants;
        this.secrets = secrets;
        this.properties = properties;
        this.clock = clock;
    }

    /** Where and how the desk writes to a merchant of the directory. */
    public record Contact(String merchantId, String name, String email, CustomerLocale locale) {
    }

    /** A valid entry as an administrator sent it. */
    record MerchantEntry(String name, String contactEmail, CustomerLocale locale, String webhookUrl, boolean active) {
    }

    /** What administrators see of a merchant: never its webhook secret. */
    record MerchantView(String merchantId, String name, String contactEmail, String locale, String webhookUrl,
                        boolean webhookSecretSet, boolean active, Instant createdAt, String createdBy,
                        Instant changedAt, String changedBy) {

        static MerchantView of(Merchant m) {
            return new MerchantView(m.getMerchantId(), m.getName(), m.getContactEmail(), m.getLocale(),
                    m.getWebhookUrl(), m.getWebhookSecret() != null, m.isActive(), m.getCreatedAt(), m.getCreatedBy(),
                    m.getChangedAt(), m.getChangedBy());
        }
    }

    /** @param webhookSecret the plain secret, only in the answer that generated it */
    record Saved(MerchantView merchant, String webhookSecret, boolean created) {
    }

    record Page(List<MerchantView> items, int page, int size, long total) {
    }

    /** The merchant's contact if the directory has it; empty for merchants only known by their linked users. */
    @Transactional(readOnly = true)
    public Optional<Contact> contact(String merchantId) {
        if (merchantId == null) {
            return Optional.empty();
        }
        return merchants.findById(merchantId)
                .map(m -> new Contact(m.getMerchantId(), m.getName(), m.getContactEmail(), m.language()));
    }

    /**
     * Creates or replaces a merchant. Setting a webhook for the first time generates its secret, returned once.
     *
     * @throws InvalidRequestException naming every bad field; nothing is stored
     */
    @Transactional
    Saved put(String merchantId, String name, String contactEmail, String locale, String webhookUrl, Boolean active,
              String by) {
        MerchantEntry entry = validate(merchantId, name, contactEmail, locale, webhookUrl, active);
        Instant now = clock.instant();
        Optional<Merchant> existing = merchants.findById(merchantId);
        Merchant merchant = existing.orElseGet(() -> new Merchant(merchantId, now, by));
        merchant.update(entry, now, by);
        String secret = null;
        if (entry.webhookUrl() != null && merchant.getWebhookSecret() == null) {
            secret = secrets.generate();
            merchant.webhookSecret(secrets.encrypt(merchantId, secret), now, by);
        }
        merchants.saveAndFlush(merchant);
        log.info("Merchant {} {} by {}", merchantId, existing.isPresent() ? "changed" : "added", by);
        return new Saved(MerchantView.of(merchant), secret, existing.isEmpty());
    }

    /** A new webhook secret; the old one stops working at once. */
    @Transactional
    Saved rotateSecret(String merchantId, String by) {
        Merchant merchant = merchant(merchantId);
        if (merchant.getWebhookUrl() == null) {
            throw new org.complaintdesk.system.ConflictException("no-webhook",
                    "Merchant " + merchantId + " has no webhook URL; set one first.");
        }
        String secret = secrets.generate();
        merchant.webhookSecret(secrets.encrypt(merchantId, secret), clock.instant(), by);
        log.info("Webhook secret of merchant {} rotated by {}", merchantId, by);
        return new Saved(MerchantView.of(merchant), secret, false);
    }

    @Transactional(readOnly = true)
    MerchantView get(String merchantId) {
        return MerchantView.of(merchant(merchantId));
    }

    @Transactional(readOnly = true)
    Page list(int page, int size) {
        List<FieldViolation> violations = new ArrayList<>();
        if (page < 0) {
            violations.add(new FieldViolation("page", "must be 0 or more"));
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            violations.add(new FieldViolation("size", "must be 1 to " + MAX_PAGE_SIZE));
        }
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations);
        }
        var found = merchants.findAll(PageRequest.of(page, size, Sort.by("merchantId")));
        return new Page(found.map(MerchantView::of).toList(), page, size, found.getTotalElements());
    }

    private Merchant merchant(String merchantId) {
        return merchants.findById(merchantId).orElseThrow(() -> new ApiProblem(HttpStatus.NOT_FOUND,
                "merchant-not-found", "Merchant not found", "The directory has no merchant " + merchantId + "."));
    }

    private MerchantEntry validate(String merchantId, String name, String contactEmail, String locale,
                                   String webhookUrl, Boolean active) {
        List<FieldViolation> violations = new ArrayList<>();
        if (merchantId == null || !MERCHANT_ID.matcher(merchantId).matches()) {
            violations.add(new FieldViolation("merchantId", "must be 1 to 64 letters, digits, - or _"));
        }
        if (name == null || name.isBlank() || name.length() > 200) {
            violations.add(new FieldViolation("name", "is required, at most 200 characters"));
        }
        if (contactEmail == null || contactEmail.length() > 254 || !EMAIL.matcher(contactEmail).matches()) {
            violations.add(new FieldViolation("contactEmail", "must be an email address"));
        }
        if (locale == null || !LOCALES.contains(locale)) {
            violations.add(new FieldViolation("locale", "must be one of " + LOCALES));
        }
        String url = webhookUrl == null || webhookUrl.isBlank() ? null : webhookUrl.trim();
        if (url != null) {
            String problem = webhookProblem(url);
            if (problem != null) {
                violations.add(new FieldViolation("webhookUrl", problem));
            } else if (!secrets.configured()) {
                violations.add(new FieldViolation("webhookUrl",
                        "webhooks are off: the desk has no complaint-desk.merchants.webhook-key to keep their secrets"));
            }
        }
        if (active == null) {
            violations.add(new FieldViolation("active", "is required (true or false)"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations);
        }
        return new MerchantEntry(name.strip(), contactEmail, CustomerLocale.ofTag(locale), url, active);
    }

    private String webhookProblem(String url) {
        if (url.length() > 2000) {
            return "must be at most 2000 characters";
        }
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            return "must be an absolute https URL";
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (uri.getHost() == null || uri.getRawUserInfo() != null || uri.getRawFragment() != null) {
            return "must be an absolute https URL without credentials or fragment";
        }
        if (scheme.equals("https")) {
            return null;
        }
        boolean loopback = uri.getHost().equals("localhost") || uri.getHost().equals("127.0.0.1");
        if (scheme.equals("http") && loopback && properties.allowHttpLoopback()) {
            return null;
        }
        return "must be an https URL";
    }
}
