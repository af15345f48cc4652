package org.complaintdesk.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.complaintdesk.arbitration.EvidenceParty;
import org.complaintdesk.arbitration.EvidenceRepository;
import org.complaintdesk.arbitration.InspectionPhotos;
import org.complaintdesk.complaint.ComplaintRepository;
import org.complaintdesk.process.ProcessTestSupport;
import org.complaintdesk.process.RemedyExecution;
import org.complaintdesk.support.Customer;
import org.complaintdesk.support.DeskClient;
import org.complaintdesk.support.DeskTest;
import org.complaintdesk.support.Files;
import org.complaintdesk.system.ApiProblem;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * The case file page {@code /desk/cases/{no}} and its evidence, opened from Tasklist in the agent's webapp session:
 * the same readers as the API, no second login, the warehouse's photo upload, and CSRF.
 */
@DeskTest
class CaseFilePageTest extends ProcessTestSupport {

    /** What a customer might write: markup that must stay text. */
    static final String HOSTILE = "The lamp <script>alert(1)</script> broke <b>twice</b> & \"sparked\"";

    @LocalServerPort
    int port;

    @Autowired
    ComplaintRepository complaints;

    @Autowired
    EvidenceRepository evidence;

    @Autowired
    InspectionPhotos photos;

    DeskClient desk;
    String no;
    String page;

    /** A return and refund agreed with the quality desk (quinn); the goods are back: the warehouse inspects them. */
    @BeforeEach
    void returnWaitingForInspection() {
        desk = new DeskClient(port);
        Filed filed = fileAndStart(complaint("PRODUCT_QUALITY", HOSTILE));
        investigateAndOffer(filed.pi(), "quinn", "RETURN_AND_REFUND", null);
        Customer customer = new Customer(desk, filed.complaintNo(), filed.token());
        assertThat(customer.answerOffer(true).status()).isEqualTo(200);
        runContinuations(filed.pi());
        assertThat(customer.post("/return-shipment", "{\"courier\": \"SF Express\", \"trackingNo\": \"SF-77-RET\"}")
                .status()).isEqualTo(200);
        ProcessInstance remedy = called(filed.pi(), RemedyExecution.PROCESS_KEY);
        runContinuations(remedy);
        org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat(remedy)
                .isWaitingAt(RemedyExecution.Element.INSPECT_RETURN);
        no = filed.complaintNo();
        page = "/desk/cases/" + no;
    }

    @Test
    void agentOfTheCase_readsTheCaseFile_andDownloadsEvidence_inTheTasklistSession() {
        long id = desk.upload("/api/complaints/" + no + "/evidence", "wes", null, "label.png", "image/png", Files.PNG,
                "label under the base").json().get("id").asLong();
        DeskClient.WebappSession quinn = desk.webappLogin("tasklist", "quinn");

        DeskClient.Response shown = get(quinn, page);
        assertThat(shown.status()).isEqualTo(200);
        assertThat(shown.header("Content-Type")).startsWith("text/html");
        assertThat(shown.body()).contains("Complaint " + no, "PRODUCT_QUALITY",
                "label.png", "label under the base", "href=\"/desk/cases/" + no + "/evidence/" + id + "\"", "quinn");

        HttpResponse<byte[]> file = bytes(quinn, page + "/evidence/" + id);
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.body()).isEqualTo(Files.PNG);
        assertThat(file.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("attachment");
    }

    @Test
    void whatTheCustomerWrote_isText_andThePageRunsNoScript() {
        DeskClient.Response shown = get(desk.webappLogin("tasklist", "quinn"), page);

        assertThat(shown.body()).doesNotContain("<script>", "<b>twice")
                .contains("The lamp &lt;script&gt;alert(1)&lt;/script&gt; broke &lt;b&gt;twice&lt;/b&gt; &amp; &quot;sparked&quot;");
        assertThat(shown.header("Content-Security-Policy")).contains("default-src 'none'").doesNotContain("script-src");
        assertThat(shown.body()).doesNotContain("<script");
    }

    @Test
    void anotherDesksAgent_findsNoSuchCase_andAMerchantIsRefused() {
        long id = desk.upload("/api/complaints/" + no + "/evidence", "wes", null, "label.png", "image/png", Files.PNG,
                null).json().get("id").asLong();
        DeskClient.WebappSession sam = desk.webappLogin("tasklist", "sam");
        assertThat(get(sam, page).status()).isEqualTo(404);
        assertThat(get(sam, page).body()).doesNotContain("Broke", "lamp");
        assertThat(bytes(sam, page + "/evidence/" + id).statusCode()).isEqualTo(404);

        DeskClient.WebappSession mia = desk.webappLogin("welcome", "mia");
        assertThat(get(mia, page).status()).isEqualTo(403);
        assertThat(bytes(mia, page + "/evidence/" + id).statusCode()).isEqualTo(403);
    }

    @Test
    void withoutALogin_theBrowserIsSentToTasklistsLogin_andAnUploadIsRefused() {
        DeskClient.Response anonymous = desk.get(page, null);
        assertThat(anonymous.status()).isEqualTo(302);
        assertThat(anonymous.header("Location")).endsWith("/camunda/app/tasklist/default/");
        assertThat(desk.get(page, "quinn").status()).as("HTTP Basic is no login for the pages").isEqualTo(302);

        DeskClient.Response upload = desk.send(photoPost(null, null, "photo.png", Files.PNG));
        assertThat(upload.status()).isIn(401, 403);
        assertThat(evidence.findByComplaintIdOrderByIdAsc(complaintId())).isEmpty();
    }

    @Test
    void warehouseInspectingTheReturn_attachesAPhotoFromThePage() {
        DeskClient.WebappSession wes = desk.webappLogin("tasklist", "wes");
        DeskClient.Response shown = get(wes, page);
        assertThat(shown.body()).contains("id=\"inspection-photos\"", "type=\"file\"");

        DeskClient.Response attached = desk.send(photoPost(wes.cookies(), csrf(shown), "dent.png", Files.PNG));

        assertThat(attached.status()).isEqualTo(303);
        var stored = evidence.findByComplaintIdOrderByIdAsc(complaintId());
        assertThat(stored).singleElement().satisfies(e -> {
            assertThat(e.getParty()).isEqualTo(EvidenceParty.WAREHOUSE);
            assertThat(e.getFileName()).isEqualTo("dent.png");
            assertThat(e.getMediaType()).isEqualTo("image/png");
            assertThat(e.getNote()).isEqualTo("dent on the left side");
        });
        assertThat(attached.header("Location")).isEqualTo(page + "#evidence-" + stored.get(0).getId());
        assertThat(get(wes, page).body()).contains("dent.png", "dent on the left side");
    }

    @Test
    void onlyPhotos_fromTheWarehouse_whileTheInspectionIsOpen() {
        DeskClient.WebappSession wes = desk.webappLogin("tasklist", "wes");
        String token = csrf(get(wes, page));
        DeskClient.Response pdf = desk.send(photoPost(wes.cookies(), token, "report.pdf", Files.PDF));
        assertThat(pdf.status()).isEqualTo(415);
        assertThat(pdf.header("Content-Type")).startsWith("text/html");
        assertThat(pdf.body()).contains("Nothing was stored");

        // the case's agent reads the page but gets no upload form, and a post is refused (the group rule itself:
        // nonWarehouseStaff_cannotAttachPhotos)
        DeskClient.WebappSession quinn = desk.webappLogin("tasklist", "quinn");
        assertThat(get(quinn, page).body()).contains("Complaint " + no).doesNotContain("inspection-photos");
        assertThat(desk.send(photoPost(quinn.cookies(), token, "dent.png", Files.PNG)).status()).isEqualTo(403);

        work(called(no, RemedyExecution.PROCESS_KEY), RemedyExecution.Element.INSPECT_RETURN, "wes",
                java.util.Map.of("inspectionResult", "PASS", "inspectionNotes", "As described."));
        DeskClient.Response after = get(wes, page);
        assertThat(after.body()).doesNotContain("inspection-photos");
        DeskClient.Response late = desk.send(photoPost(wes.cookies(), token, "late.png", Files.PNG));
        assertThat(late.status()).as(late.body()).isEqualTo(409);
        assertThat(evidence.findByComplaintIdOrderByIdAsc(complaintId())).isEmpty();
    }

    @Test
    void nonWarehouseStaff_cannotAttachPhotos() {
        var quinn = org.springframework.security.authentication.UsernamePasswordAuthenticationToken.authenticated(
                "quinn", null, List.of(new SimpleGrantedAuthority("quality-desk")));
        var photo = new MockMultipartFile("photo", "dent.png", "image/png", Files.PNG);

        assertThat(photos.canAttach(no, quinn)).isFalse();
        assertThatThrownBy(() -> photos.attach(no, quinn, photo, null)).isInstanceOfSatisfying(ApiProblem.class,
                p -> assertThat(p.status().value()).isEqualTo(403));
        assertThat(evidence.findByComplaintIdOrderByIdAsc(complaintId())).isEmpty();
    }

    @Test
    void aCrossSitePost_withoutTheSessionsToken_isRefused() {
        DeskClient.WebappSession wes = desk.webappLogin("tasklist", "wes");
        get(wes, page);

        assertThat(desk.send(photoPost(wes.cookies(), null, "dent.png", Files.PNG)).status()).isEqualTo(403);
        assertThat(desk.send(photoPost(wes.cookies(), "forged-token", "dent.png", Files.PNG)).status()).isEqualTo(403);
        assertThat(evidence.findByComplaintIdOrderByIdAsc(complaintId())).isEmpty();
    }

    private long complaintId() {
        return complaints.getByComplaintNo(no).getId();
    }

    private DeskClient.Response get(DeskClient.WebappSession session, String path) {
        return desk.send(desk.request(path, null).header("Cookie", session.cookies()).GET().build());
    }

    private HttpResponse<byte[]> bytes(DeskClient.WebappSession session, String path) {
        try {
            return java.net.http.HttpClient.newHttpClient().send(desk.request(path, null)
                    .header("Cookie", session.cookies()).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (java.io.IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private static String csrf(DeskClient.Response page) {
        Matcher token = CSRF.matcher(page.body());
        assertThat(token.find()).as("the page's form carries a CSRF token").isTrue();
        return token.group(1);
    }

    /** The page's upload form as a browser posts it (multipart: the token, the photo, a note). */
    private HttpRequest photoPost(String cookies, String csrfToken, String fileName, byte[] content) {
        String boundary = "----page" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        java.util.function.Consumer<String> text = s -> body.writeBytes(s.getBytes(StandardCharsets.UTF_8));
        if (csrfToken != null) {
            text.accept("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrfToken + "\r\n");
        }
        text.accept("--" + boundary + "\r\nContent-Disposition: form-data; name=\"photo\"; filename=\"" + fileName
                + "\"\r\nContent-Type: image/png\r\n\r\n");
        body.writeBytes(content);
        text.accept("\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"note\"\r\n\r\ndent on the left side\r\n");
        text.accept("--" + boundary + "--\r\n");
        HttpRequest.Builder request = desk.request(page + "/evidence", null)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
        if (cookies != null) {
            request.header("Cookie", cookies);
        }
        return request.build();
    }
}
