package org.complaintdesk.directory;

import java.net.URI;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Administrators ({@code camunda-admin}) keep the merchant directory: {@code PUT /api/merchants/{merchantId}}
 * adds or replaces a merchant, {@code GET} reads one or a page of them, {@code POST …/webhook-secret} rotates the
 * webhook secret. A secret is in the answer that generated it, and nowhere else.
 */
@RestController
@RequestMapping("/api/merchants")
class MerchantDirectoryController {

    private final MerchantDirectory directory;

    MerchantDirectoryController(MerchantDirectory directory) {
        this.directory = directory;
    }

    /** @param webhookUrl optional; https (plain http to the loopback only where configured, for tests) */
    record MerchantRequest(String name, String contactEmail, String locale, String webhookUrl, Boolean active) {
    }

    /** @param webhookSecret shown once: when a webhook is first set, or the secret is rotated */
    record Answer(MerchantDirectory.MerchantView merchant, String webhookSecret) {

        static Answer of(MerchantDirectory.Saved saved) {
            return new Answer(saved.merchant(), saved.webhookSecret());
        }
    }

    @PutMapping(path = "/{merchantId}", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Answer> put(@PathVariable String merchantId, @RequestBody MerchantRequest request,
                               Authentication admin) {
        MerchantDirectory.Saved saved = directory.put(merchantId, request.name(), request.contactEmail(),
                request.locale(), request.webhookUrl(), request.active(), admin.getName());
        return saved.created()
                ? ResponseEntity.created(URI.create("/api/merchants/" + merchantId)).body(Answer.of(saved))
                : ResponseEntity.ok(Answer.of(saved));
    }

    @GetMapping("/{merchantId}")
    MerchantDirectory.MerchantView get(@PathVariable String merchantId) {
        return directory.get(merchantId);
    }

    @GetMapping
    MerchantDirectory.Page list(@RequestParam(defaultValue = "0") int page,
                                @RequestParam(defaultValue = "20") int size) {
        return directory.list(page, size);
    }

    @PostMapping("/{merchantId}/webhook-secret")
    Answer rotate(@PathVariable String merchantId, Authentication admin) {
        return Answer.of(directory.rotateSecret(merchantId, admin.getName()));
    }
}
