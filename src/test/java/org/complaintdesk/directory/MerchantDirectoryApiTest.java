package org.complaintdesk.directory;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.complaintdesk.support.DeskClient;
import org.complaintdesk.support.DeskClient.Response;
import org.complaintdesk.support.DeskTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** Administrators keep the merchant directory over /api; others cannot; bad input changes nothing. */
@DeskTest
class MerchantDirectoryApiTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    IdentityService identityService;

    DeskClient desk;

    @BeforeEach
    void client() {
        desk = new DeskClient(port);
    }

    static String merchantId() {
        return "M-DIR-" + UUID.randomUUID().toString().substring(0, 8);
    }

    static String entry(String name, String email, String locale, String webhookUrl, Boolean active) {
        return """
                {"name": %s, "contactEmail": %s, "locale": %s, "webhookUrl": %s, "active": %s}"""
                .formatted(quoted(name), quoted(email), quoted(locale), quoted(webhookUrl), active);
    }

    private static String quoted(String text) {
        return text == null ? "null" : "\"" + text + "\"";
    }

    @Test
    void administratorAddsAMerchant_thenChangesIt_whoAndWhenAreKept() {
        String id = merchantId();

        Response added = put("demo", id, entry("Kitchen Star", "service@kitchen-star.example", "zh-TW", null, true));

        assertThat(added.status()).isEqualTo(201);
        assertThat(added.header("Location")).isEqualTo("/api/merchants/" + id);
        JsonNode merchant = added.json().get("merchant");
        assertThat(merchant.get("merchantId").asText()).isEqualTo(id);
        assertThat(merchant.get("locale").asText()).isEqualTo("zh-TW");
        assertThat(merchant.get("createdBy").asText()).isEqualTo("demo");
        assertThat(merchant.get("webhookSecretSet").asBoolean()).isFalse();
        assertThat(added.json().has("webhookSecret")).isFalse();

        Response changed = put("demo", id, entry("Kitchen Star Ltd", "cs@kitchen-star.example", "en", null, false));

        assertThat(changed.status()).isEqualTo(200);
        JsonNode read = desk.get("/api/merchants/" + id, "demo").json();
        assertThat(read.get("name").asText()).isEqualTo("Kitchen Star Ltd");
        assertThat(read.get("contactEmail").asText()).isEqualTo("cs@kitchen-star.example");
        assertThat(read.get("active").asBoolean()).isFalse();
        assertThat(read.get("createdBy").asText()).isEqualTo("demo");
        assertThat(read.get("changedBy").asText()).isEqualTo("demo");
        assertThat(read.get("changedAt").asText()).isNotBlank();
    }

    @Test
    void settingAWebhook_showsItsSecretOnce_storedOnlyEncrypted_rotationReplacesIt() {
        String id = merchantId();

        Response added = put("demo", id, entry("Tea House", "ops@tea.example", "zh-CN", "https://hooks.tea.example/desk",
                true));

        String secret = added.json().get("webhookSecret").asText();
        assertThat(secret).hasSizeGreaterThanOrEqualTo(43);
        assertThat(added.json().get("merchant").get("webhookSecretSet").asBoolean()).isTrue();
        assertThat(desk.get("/api/merchants/" + id, "demo").body()).doesNotContain(secret);
        String stored = jdbc.queryForObject("select webhook_secret from merchant where merchant_id = ?", String.class, id);
        assertThat(stored).isNotBlank().doesNotContain(secret);
        // changing other fields keeps the secret, and does not show it again
        Response changed = put("demo", id, entry("Tea House", "ops2@tea.example", "zh-CN", "https://hooks.tea.example/desk",
                true));
        assertThat(changed.json().has("webhookSecret")).isFalse();

        Response rotated = desk.send(desk.request("/api/merchants/" + id + "/webhook-secret", "demo")
                .POST(HttpRequest.BodyPublishers.noBody()).build());

        assertThat(rotated.status()).isEqualTo(200);
        assertThat(rotated.json().get("webhookSecret").asText()).isNotEqualTo(secret).hasSizeGreaterThanOrEqualTo(43);
        assertThat(jdbc.queryForObject("select webhook_secret from merchant where merchant_id = ?", String.class, id))
                .isNotEqualTo(stored);
    }

    @Test
    void listIsPaged_inIdOrder() {
        String prefix = "M-PAGE-" + UUID.randomUUID().toString().substring(0, 6);
        for (int i = 1; i <= 3; i++) {
            put("demo", prefix + "-" + i, entry("Shop " + i, "shop" + i + "@example.com", "en", null, true));
        }
        long total = desk.get("/api/merchants?page=0&size=1", "demo").json().get("total").asLong();
        assertThat(total).isGreaterThanOrEqualTo(3);

        JsonNode page = desk.get("/api/merchants?page=0&size=100", "demo").json();

        assertThat(page.get("size").asInt()).isEqualTo(100);
        assertThat(page.get("items").findValuesAsText("merchantId")).containsSubsequence(prefix + "-1", prefix + "-2",
                prefix + "-3");
        assertThat(desk.get("/api/merchants?page=0&size=1", "demo").json().get("items")).hasSize(1);
        Response tooBig = desk.get("/api/merchants?size=1000", "demo");
        assertThat(tooBig.status()).isEqualTo(400);
        assertThat(tooBig.header("Content-Type")).startsWith("application/problem+json");
    }

    @Test
    void invalidEntry_isRefusedNamingEachField_andNothingIsStored() {
        String id = merchantId();

        Response refused = put("demo", id, entry(" ", "not-an-address", "fr", "http://hooks.example.com/x", null));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(refused.body()).contains("name", "contactEmail", "locale", "webhookUrl", "active");
        assertThat(desk.get("/api/merchants/" + id, "demo").status()).isEqualTo(404);

        assertThat(put("demo", "bad id!", entry("Shop", "a@example.com", "en", null, true)).status()).isEqualTo(400);
        // plain http only to the loopback (allowed in tests), never to another host; no credentials in the URL
        assertThat(put("demo", id, entry("Shop", "a@example.com", "en", "ftp://hooks.example.com", true)).status())
                .isEqualTo(400);
        assertThat(put("demo", id, entry("Shop", "a@example.com", "en", "https://u:p@hooks.example.com", true)).status())
                .isEqualTo(400);
        assertThat(put("demo", id, "{\"name\": \"Shop\", \"contactEmail\": \"a@example.com\", \"locale\": \"en\","
                + " \"active\": \"yes\"}").status()).isEqualTo(400);
        assertThat(put("demo", id, "{\"name\": \"Shop\", \"contactEmail\": \"a@example.com\", \"locale\": \"en\","
                + " \"active\": true, \"secret\": \"mine\"}").status()).isEqualTo(400);
        assertThat(desk.get("/api/merchants/" + id, "demo").status()).isEqualTo(404);
    }

    @Test
    void onlyAdministratorsKeepTheDirectory() {
        String id = merchantId();
        put("demo", id, entry("Shop", "a@example.com", "en", null, true));

        // a merchant user, and an agent: neither reads nor writes it
        assertThat(put("mia", id, entry("Mine now", "mia@example.com", "en", null, true)).status()).isEqualTo(403);
        assertThat(put("quinn", id, entry("Mine now", "q@example.com", "en", null, true)).status()).isEqualTo(403);
        assertThat(desk.get("/api/merchants/" + id, "mia").status()).isEqualTo(403);
        assertThat(desk.get("/api/merchants", "quinn").status()).isEqualTo(403);
        assertThat(put(null, id, entry("Mine now", "x@example.com", "en", null, true)).status()).isEqualTo(401);
        assertThat(desk.get("/api/merchants/" + id, "demo").json().get("name").asText()).isEqualTo("Shop");
    }

    private Response put(String user, String merchantId, String json) {
        return desk.send(desk.request("/api/merchants/" + merchantId.replace(" ", "%20").replace("!", "%21"), user)
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(json)).build());
    }
}
