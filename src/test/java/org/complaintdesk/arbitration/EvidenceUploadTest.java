package org.complaintdesk.arbitration;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.complaintdesk.complaint.ComplaintRepository;
import org.complaintdesk.intake.IntakeRequest;
import org.complaintdesk.process.ComplaintHandling;
import org.complaintdesk.process.ProcessTestSupport;
import org.complaintdesk.support.Customer;
import org.complaintdesk.support.DeskClient;
import org.complaintdesk.support.DeskTest;
import org.complaintdesk.support.Files;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** Evidence uploads: what is stored, and every class of refused upload, which stores nothing. */
@DeskTest
class EvidenceUploadTest extends ProcessTestSupport {

    @LocalServerPort
    int port;

    @Autowired
    EvidenceRepository evidence;

    @Autowired
    ComplaintRepository complaints;

    @Autowired
    JdbcTemplate jdbc;

    DeskClient desk;
    Filed filed;
    String path;

    @BeforeEach
    void inEvidencePeriod() {
        desk = new DeskClient(port);
        filed = fileAndStart(new IntakeRequest("APP_FORM", "app-" + UUID.randomUUID(),
                new IntakeRequest.CustomerData("C-" + UUID.randomUUID(), "Chen Jie", "chen@example.com", null, "en", false),
                new IntakeRequest.OrderData("O-" + UUID.randomUUID(), "M-77", "Kitchen Star", "Pan",
                        new BigDecimal("80.00"), "CNY", null, null, null),
                "PRODUCT_QUALITY", "The coating peels off.", List.of("REFUND"), null));
        Customer customer = new Customer(desk, filed.complaintNo(), filed.token(), processEngine);
        investigateAndOffer(filed.pi(), "quinn", "APOLOGY", null);
        customer.answerOffer(false);
        work(filed.pi(), ComplaintHandling.Element.REVISE_OFFER, "quinn", Map.of("remedy", "APOLOGY"));
        customer.answerOffer(false);
        path = "/api/complaints/" + filed.complaintNo() + "/evidence";
    }

    @Test
    void accepted_storesSizeSha256AndTheTypeFoundInTheBytes() throws Exception {
        // the client claims PDF; the bytes are a PNG
        DeskClient.Response response = desk.upload(path, null, filed.token(), "photo.pdf", "application/pdf", Files.PNG,
                "Coating peeling");

        assertThat(response.status()).isEqualTo(201);
        var body = response.json();
        assertThat(body.get("mediaType").asText()).isEqualTo("image/png");
        assertThat(body.get("sizeBytes").asLong()).isEqualTo(Files.PNG.length);
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.PNG));
        assertThat(body.get("sha256").asText()).isEqualTo(sha);
        assertThat(body.get("party").asText()).isEqualTo("CUSTOMER");

        // downloadable by staff of the case and by the uploader, byte for byte; not by a desk without the case
        assertThat(desk.get(path + "/" + body.get("id").asLong(), "lena").status()).isEqualTo(404);
        DeskClient.Response staff = desk.get(path + "/" + body.get("id").asLong(), "quinn");
        assertThat(staff.status()).isEqualTo(200);
        assertThat(staff.header("Content-Type")).isEqualTo("image/png");
        assertThat(staff.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(desk.getWithHeader(path + "/" + body.get("id").asLong(), "X-Customer-Token", filed.token()).status())
                .isEqualTo(200);
    }

    @Test
    void merchantOfTheOrder_uploads_otherMerchantsSeeNothing() {
        assertThat(desk.upload(path, "mia", null, "invoice.pdf", "application/pdf", Files.PDF, null).status()).isEqualTo(201);
        assertThat(desk.upload(path, "gateway", null, "x.pdf", "application/pdf", Files.PDF, null).status()).isEqualTo(403);
    }

    @Test
    void administratorsLinkMerchantUsers_otherUsersMayNot() {
        DeskClient.Response notAdmin = desk.send(desk.request("/api/merchants/M-99/users/mia", "sofia")
                .PUT(java.net.http.HttpRequest.BodyPublishers.noBody()).build());
        DeskClient.Response notAMerchantUser = desk.send(desk.request("/api/merchants/M-99/users/sam", "demo")
                .PUT(java.net.http.HttpRequest.BodyPublishers.noBody()).build());

        assertThat(notAdmin.status()).isEqualTo(403);
        assertThat(notAMerchantUser.status()).isEqualTo(400);
        assertThat(notAMerchantUser.json().get("errors").get(0).get("field").asText()).isEqualTo("userId");
        // mia stays with M-77 and still uploads for this order
        assertThat(desk.upload(path, "mia", null, "ok.pdf", "application/pdf", Files.PDF, null).status()).isEqualTo(201);

        // a user of another merchant, linked by an administrator, learns nothing about this complaint
        var identity = processEngine.getIdentityService();
        String other = "mo" + System.nanoTime();
        var user = identity.newUser(other);
        user.setPassword(other);
        identity.saveUser(user);
        identity.createMembership(other, "merchants");
        DeskClient.Response linked = desk.send(desk.request("/api/merchants/M-88/users/" + other, "demo")
                .PUT(java.net.http.HttpRequest.BodyPublishers.noBody()).build());
        assertThat(linked.status()).isEqualTo(200);
        assertThat(linked.json().get("merchantId").asText()).isEqualTo("M-88");
        assertThat(desk.upload(path, other, null, "x.pdf", "application/pdf", Files.PDF, null).status()).isEqualTo(404);
    }

    @Test
    void fileOverTenMebibytes_is413() {
        assertRefused(() -> desk.upload(path, null, filed.token(), "big.png", "image/png", new byte[10 * 1024 * 1024 + 1], null),
                413, "file-too-large");
    }

    @Test
    void unacceptedType_is415() {
        assertRefused(() -> desk.upload(path, null, filed.token(), "photo.jpg", "image/jpeg", Files.EXE, null),
                415, "unsupported-evidence-type");
    }

    @Test
    void emptyOrMissingFile_orLongNote_orControlCharacterInTheNote_is400() {
        assertRefused(() -> desk.upload(path, null, filed.token(), "empty.png", "image/png", new byte[0], null), 400, "invalid-request");
        assertRefused(() -> desk.upload(path, null, filed.token(), "a.png", "image/png", Files.PNG, "label\u0000photo"),
                400, "invalid-request");
        assertRefused(() -> desk.upload(path, null, filed.token(), null, null, null, "only a note"), 400, "invalid-request");
        assertRefused(() -> desk.upload(path, null, filed.token(), "a.png", "image/png", Files.PNG, "n".repeat(1001)),
                400, "invalid-request");
    }

    @Test
    void twentyFirstFileOfASide_is400() {
        for (int i = 1; i <= 20; i++) {
            assertThat(desk.upload(path, null, filed.token(), "p" + i + ".png", "image/png", Files.PNG, null).status())
                    .isEqualTo(201);
        }
        assertRefused(() -> desk.upload(path, null, filed.token(), "p21.png", "image/png", Files.PNG, null), 400, "invalid-request");
        // the other side still has its own 20
        assertThat(desk.upload(path, "mia", null, "m1.pdf", "application/pdf", Files.PDF, null).status()).isEqualTo(201);
    }

    @Test
    void wrongTokenOrNoCredentials_storeNothing() {
        assertThat(desk.upload(path, null, "wrong", "a.png", "image/png", Files.PNG, null).status()).isEqualTo(404);
        assertThat(desk.upload(path, null, null, "a.png", "image/png", Files.PNG, null).status()).isEqualTo(401);
        assertThat(count()).isZero();
    }

    private void assertRefused(Supplier<DeskClient.Response> upload, int status, String type) {
        long before = count();
        DeskClient.Response response = upload.get();
        assertThat(response.status()).isEqualTo(status);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.json().get("type").asText()).isEqualTo("urn:complaint-desk:problem:" + type);
        assertThat(count()).as("a refused upload stores nothing").isEqualTo(before);
        assertThat(jdbc.queryForObject("select count(*) from evidence e left join evidence_content c"
                + " on c.evidence_id = e.id where c.evidence_id is null", Long.class)).isZero();
    }


    private long count() {
        return evidence.findByComplaintIdOrderByIdAsc(complaints.getByComplaintNo(filed.complaintNo()).getId()).stream()
                .filter(e -> e.getParty() == EvidenceParty.CUSTOMER).count();
    }
}
