package org.complaintdesk.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.complaintdesk.support.DeskClient;
import org.complaintdesk.support.DeskClient.Response;
import org.complaintdesk.support.DeskTest;
import org.complaintdesk.support.Requests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** Service clients: administered over /api without a restart, rotated, revoked, disabled; never Camunda users. */
@DeskTest
class ServiceAccountsTest {

    @LocalServerPort
    int port;

    @Autowired
    IdentityService identityService;

    @Autowired
    JdbcTemplate jdbc;

    DeskClient desk;

    @BeforeEach
    void client() {
        desk = new DeskClient(port);
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void demoClients_areServiceClients_notCamundaUsers() {
        assertThat(identityService.createUserQuery().userId("gateway").count()).isZero();
        assertThat(identityService.createUserQuery().userId("payments").count()).isZero();
        assertThat(file("gateway", "gateway").status()).isEqualTo(201);
        // no engine REST, no webapps: the client's secret is no Camunda password
        assertThat(desk.get("/engine-rest/process-definition", "gateway").status()).isEqualTo(401);
        assertThat(desk.get("/engine-rest/process-definition", "payments").status()).isEqualTo(401);
        // a role, not staff of another kind
        assertThat(desk.postJson("/api/payments/refunds/CP-1999-000000-R1/settled", "gateway", "{\"status\": \"SETTLED\"}")
                .status()).isEqualTo(403);
        assertThat(file("payments", "payments").status()).isEqualTo(403);
    }

    @Test
    void administratorCreatesAClient_theSecretIsShownOnce_andStoredOnlyAsAHash() {
        String id = clientId();

        Response created = admin("POST", "/api/service-clients", "{\"id\": \"" + id + "\", \"role\": \"channels\"}");

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.header("Location")).isEqualTo("/api/service-clients/" + id);
        String secret = created.json().get("secret").asText();
        assertThat(secret).hasSizeGreaterThanOrEqualTo(43); // 256 random bits, base64url
        assertThat(created.json().get("expiresAt").asText()).isNotBlank();
        assertThat(file(id, secret).status()).isEqualTo(201);

        Response list = admin("GET", "/api/service-clients", null);
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body()).contains(id).doesNotContain(secret).doesNotContain(ServiceClients.hash(secret));
        assertThat(admin("GET", "/api/service-clients/" + id, null).body()).doesNotContain(secret)
                .doesNotContain(ServiceClients.hash(secret));
        assertThat(jdbc.queryForList("select secret_hash from service_client_secret where client_id = ?", String.class, id))
                .containsExactly(ServiceClients.hash(secret));
        assertThat(identityService.createUserQuery().userId(id).count()).as("not a Camunda user").isZero();
    }

    @Test
    void rotation_newSecret_moveOver_revokeTheOld_withoutARestart() {
        String id = clientId();
        JsonNode first = admin("POST", "/api/service-clients", "{\"id\": \"" + id + "\", \"role\": \"channels\"}").json();
        String oldSecret = first.get("secret").asText();

        Response issued = admin("POST", "/api/service-clients/" + id + "/secrets", "{\"validFor\": \"P90D\"}");
        String newSecret = issued.json().get("secret").asText();

        assertThat(issued.status()).isEqualTo(201);
        assertThat(file(id, oldSecret).status()).as("both work during the move").isEqualTo(201);
        assertThat(file(id, newSecret).status()).isEqualTo(201);

        Response revoked = admin("DELETE", "/api/service-clients/" + id + "/secrets/" + first.get("secretId").asLong(), null);

        assertThat(revoked.status()).isEqualTo(200);
        assertThat(revoked.json().get("secrets").get(0).get("active").asBoolean()).isFalse();
        assertThat(revoked.json().get("secrets").get(0).get("revokedBy").asText()).isEqualTo("demo");
        assertThat(revoked.json().get("secrets").get(1).get("lastUsedAt").asText()).isNotBlank();
        assertThat(file(id, oldSecret).status()).isEqualTo(401);
        assertThat(file(id, newSecret).status()).isEqualTo(201);
    }

    @Test
    void disabledClient_isRefusedWhateverItsSecret_untilEnabled() {
        String id = clientId();
        String secret = admin("POST", "/api/service-clients", "{\"id\": \"" + id + "\", \"role\": \"channels\"}")
                .json().get("secret").asText();

        assertThat(admin("POST", "/api/service-clients/" + id + "/disable", null).json().get("enabled").asBoolean())
                .isFalse();
        assertThat(file(id, secret).status()).isEqualTo(401);

        admin("POST", "/api/service-clients/" + id + "/enable", null);
        assertThat(file(id, secret).status()).isEqualTo(201);
    }

    @Test
    void aSecretExpires() {
        String id = clientId();
        String secret = admin("POST", "/api/service-clients", "{\"id\": \"" + id + "\", \"role\": \"channels\", \"validFor\": \"PT1H\"}")
                .json().get("secret").asText();
        assertThat(file(id, secret).status()).isEqualTo(201);

        ClockUtil.setCurrentTime(Date.from(Instant.now().plusSeconds(3_601)));

        assertThat(file(id, secret).status()).isEqualTo(401);
    }

    @Test
    void onlyAdministratorsManageClients_andBadRequestsAreRefused() {
        String id = clientId();
        String body = "{\"id\": \"" + id + "\", \"role\": \"channels\"}";

        assertThat(desk.postJson("/api/service-clients", "sam", body).status()).isEqualTo(403);
        assertThat(desk.postJson("/api/service-clients", "gateway", body).status()).isEqualTo(403);
        assertThat(desk.get("/api/service-clients", "audrey").status()).isEqualTo(403);
        assertThat(desk.postJson("/api/service-clients", null, body).status()).isEqualTo(401);

        Response badRole = admin("POST", "/api/service-clients", "{\"id\": \"" + id + "\", \"role\": \"camunda-admin\"}");
        assertThat(badRole.status()).isEqualTo(400);
        assertThat(badRole.json().get("errors").get(0).get("field").asText()).isEqualTo("role");
        assertThat(admin("POST", "/api/service-clients", "{\"id\": \"Bad Id\", \"role\": \"channels\"}").status())
                .isEqualTo(400);
        assertThat(admin("POST", "/api/service-clients", "{\"id\": \"sam\", \"role\": \"channels\"}").json()
                .get("type").asText()).isEqualTo("urn:complaint-desk:problem:service-client-id-taken");
        assertThat(admin("POST", "/api/service-clients", "{\"id\": \"gateway\", \"role\": \"channels\"}").status())
                .isEqualTo(409);
        assertThat(admin("POST", "/api/service-clients/nobody-" + id + "/secrets", null).status()).isEqualTo(404);
        assertThat(admin("DELETE", "/api/service-clients/gateway/secrets/999999999", null).status()).isEqualTo(404);
    }

    private Response file(String client, String secret) {
        return desk.send(desk.request("/api/complaints", null)
                .header("Authorization", DeskClient.basic(client, secret))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(Requests.complaint(Requests.uniqueId()))).build());
    }

    private Response admin(String method, String path, String json) {
        HttpRequest.Builder request = desk.request(path, "demo");
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        return desk.send(request.method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(json)).build());
    }

    private static String clientId() {
        return "channel-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
