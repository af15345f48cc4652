package org.complaintdesk.directory;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.complaintdesk.support.DeskClient;
import org.complaintdesk.support.DeskClient.Response;
import org.complaintdesk.support.DeskTest;
import org.complaintdesk.support.Requests;
import org.complaintdesk.support.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Merchants learn of their complaints without polling every case: signed webhooks, posted after the case's
 * transaction and retried, and a feed per merchant.
 */
@DeskTest
class MerchantWebhooksTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;

    @Autowired
    WebhookDispatcher dispatcher;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    IdentityService identityService;

    DeskClient desk;
    HttpServer merchantServer;
    final List<Received> received = new CopyOnWriteArrayList<>();
    final ConcurrentLinkedQueue<Integer> answers = new ConcurrentLinkedQueue<>();

    record Received(Map<String, List<String>> headers, byte[] body) {

        String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0)).findFirst().orElse(null);
        }

        JsonNode json() throws IOException {
            return JSON.readTree(body);
        }
    }

    @BeforeEach
    void start() throws IOException {
        desk = new DeskClient(port);
        merchantServer = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        merchantServer.createContext("/hook", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            received.add(new Received(Map.copyOf(exchange.getRequestHeaders()), body));
            Integer status = answers.poll();
            exchange.sendResponseHeaders(status == null ? 204 : status, -1);
            exchange.close();
        });
        merchantServer.start();
    }

    @AfterEach
    void stop() {
        merchantServer.stop(0);
        ClockUtil.reset();
    }

    private String hookUrl() {
        return "http://127.0.0.1:" + merchantServer.getAddress().getPort() + "/hook";
    }

    /** Adds a merchant with a webhook to this test's server; returns the webhook secret. */
    private String merchantWithWebhook(String merchantId, boolean active) {
        Response added = admin(merchantId, MerchantDirectoryApiTest.entry("Shop " + merchantId, "ops@shop.example",
                "en", hookUrl(), active));
        assertThat(added.status()).isEqualTo(201);
        return added.json().get("webhookSecret").asText();
    }

    @Test
    void complaintReceived_isPostedSigned_withAnIdempotencyKey_andNoCustomerData() throws Exception {
        String merchantId = MerchantDirectoryApiTest.merchantId();
        String secret = merchantWithWebhook(merchantId, true);

        String complaintNo = file(merchantId);
        assertThat(received).isEmpty(); // written with the complaint, posted later: the intake never waits
        dispatcher.deliverDue();

        Received post = only(complaintNo);
        assertThat(post.header(WebhookDispatcher.SIGNATURE)).isEqualTo(hmac(secret, post.body()));
        assertThat(post.header(WebhookDispatcher.SIGNATURE)).isNotEqualTo(hmac("another secret", post.body()));
        JsonNode event = post.json();
        assertThat(event.get("type").asText()).isEqualTo("complaint.received");
        assertThat(post.header(WebhookDispatcher.EVENT_TYPE)).isEqualTo("complaint.received");
        assertThat(post.header(WebhookDispatcher.IDEMPOTENCY_KEY)).isEqualTo("merchant-event-" + event.get("id").asLong());
        assertThat(event.get("occurredAt").asText()).isNotBlank();
        assertThat(event.get("link").asText()).endsWith("/merchant/cases/" + complaintNo);
        String body = new String(post.body(), StandardCharsets.UTF_8);
        assertThat(body).doesNotContain("Li Wei", "li.wei@example.com", "138 0013 8000", "kettle");
        assertThat(status(event.get("id").asLong())).isEqualTo("DELIVERED");
    }

    @Test
    void merchantServerAnswering500_getsTheSameEventAgainLater() throws Exception {
        String merchantId = MerchantDirectoryApiTest.merchantId();
        merchantWithWebhook(merchantId, true);
        String complaintNo = file(merchantId);
        answers.add(500);

        dispatcher.deliverDue();
        Received first = only(complaintNo);
        long eventId = first.json().get("id").asLong();
        assertThat(status(eventId)).isEqualTo("PENDING");
        dispatcher.deliverDue(); // not due yet: the backoff holds it
        assertThat(postsOf(complaintNo)).hasSize(1);

        ClockUtil.setCurrentTime(Date.from(ClockUtil.getCurrentTime().toInstant().plus(Duration.ofMinutes(1))));
        dispatcher.deliverDue();

        List<Received> posts = postsOf(complaintNo);
        assertThat(posts).hasSize(2);
        assertThat(posts.get(1).body()).isEqualTo(first.body());
        assertThat(posts.get(1).header(WebhookDispatcher.IDEMPOTENCY_KEY))
                .isEqualTo(first.header(WebhookDispatcher.IDEMPOTENCY_KEY));
        assertThat(status(eventId)).isEqualTo("DELIVERED");
        assertThat(jdbc.queryForObject("select attempts from webhook_delivery where event_id = ?", Integer.class, eventId))
                .isEqualTo(2);
    }

    @Test
    void inactiveMerchant_getsNothingPosted() throws Exception {
        String inactive = MerchantDirectoryApiTest.merchantId();
        merchantWithWebhook(inactive, false);
        String complaintNo = file(inactive);

        // and a merchant made inactive after the event was written gets nothing either
        String laterInactive = MerchantDirectoryApiTest.merchantId();
        merchantWithWebhook(laterInactive, true);
        String secondNo = file(laterInactive);
        admin(laterInactive, MerchantDirectoryApiTest.entry("Shop", "ops@shop.example", "en", hookUrl(), false));

        dispatcher.deliverDue();

        assertThat(postsOf(complaintNo)).isEmpty();
        assertThat(postsOf(secondNo)).isEmpty();
        assertThat(jdbc.queryForObject("""
                select count(*) from webhook_delivery d join merchant_event e on e.id = d.event_id
                where e.complaint_no = ?""", Integer.class, complaintNo)).isZero();
        assertThat(jdbc.queryForObject("""
                select d.status from webhook_delivery d join merchant_event e on e.id = d.event_id
                where e.complaint_no = ?""", String.class, secondNo)).isEqualTo("CANCELLED");
    }

    @Test
    void feed_pagesThroughTheMerchantsOwnEvents_only() {
        String mine = MerchantDirectoryApiTest.merchantId();
        String theirs = MerchantDirectoryApiTest.merchantId();
        String me = "feed-" + mine.toLowerCase();
        String them = "feed-" + theirs.toLowerCase();
        TestUsers.ensure(identityService, me, "merchants");
        TestUsers.ensure(identityService, them, "merchants");
        link(mine, me);
        link(theirs, them);
        String first = file(mine);
        String other = file(theirs);
        String second = file(mine);
        String third = file(mine);

        JsonNode page1 = desk.get("/api/merchant/events?after=0&limit=2", me).json();
        JsonNode page2 = desk.get("/api/merchant/events?after=" + page1.get("next").asLong() + "&limit=2", me).json();
        JsonNode page3 = desk.get("/api/merchant/events?after=" + page2.get("next").asLong() + "&limit=2", me).json();

        assertThat(page1.get("events").findValuesAsText("complaintNo")).containsExactly(first, second);
        assertThat(page2.get("events").findValuesAsText("complaintNo")).containsExactly(third);
        assertThat(page1.get("events").findValuesAsText("type")).containsOnly("complaint.received");
        assertThat(page3.get("events")).isEmpty();
        assertThat(page3.get("next").asLong()).isEqualTo(page2.get("next").asLong());
        assertThat(desk.get("/api/merchant/events?after=0&limit=100", them).json().get("events")
                .findValuesAsText("complaintNo")).containsExactly(other);
        // not for staff, nor for a merchant user without a merchant; a bad cursor is refused
        assertThat(desk.get("/api/merchant/events", "quinn").status()).isEqualTo(403);
        assertThat(desk.get("/api/merchant/events?limit=0", me).status()).isEqualTo(400);
        assertThat(desk.get("/api/merchant/events?after=-1", me).status()).isEqualTo(400);
        TestUsers.ensure(identityService, "feed-unlinked", "merchants");
        assertThat(desk.get("/api/merchant/events", "feed-unlinked").status()).isEqualTo(403);
    }

    private Received only(String complaintNo) throws IOException {
        List<Received> posts = postsOf(complaintNo);
        assertThat(posts).hasSize(1);
        return posts.get(0);
    }

    private List<Received> postsOf(String complaintNo) {
        return received.stream().filter(r -> new String(r.body(), StandardCharsets.UTF_8)
                .contains("\"complaintNo\":\"" + complaintNo + "\"")).toList();
    }

    private String status(long eventId) {
        return jdbc.queryForObject("select status from webhook_delivery where event_id = ?", String.class, eventId);
    }

    private String file(String merchantId) {
        Response filed = desk.send(desk.request("/api/complaints", null)
                .header("Authorization", DeskClient.basic("gateway", "gateway"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(Requests.complaint(Requests.uniqueId())
                        .replace("\"M-77\"", "\"" + merchantId + "\""))).build());
        assertThat(filed.status()).isEqualTo(201);
        return filed.json().get("complaintNo").asText();
    }

    private void link(String merchantId, String user) {
        assertThat(desk.send(desk.request("/api/merchants/" + merchantId + "/users/" + user, "demo")
                .PUT(HttpRequest.BodyPublishers.noBody()).build()).status()).isEqualTo(200);
    }

    private Response admin(String merchantId, String json) {
        return desk.send(desk.request("/api/merchants/" + merchantId, "demo").header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    private static String hmac(String secret, byte[] body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return "sha256=" + java.util.HexFormat.of().formatHex(mac.doFinal(body));
    }
}
