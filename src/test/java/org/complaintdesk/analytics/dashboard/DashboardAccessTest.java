package org.complaintdesk.analytics.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import org.complaintdesk.support.DeskClient;
import org.complaintdesk.support.DeskClient.Response;
import org.complaintdesk.support.DeskClient.WebappSession;
import org.complaintdesk.support.DeskTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Who may open the dashboard, and what a login to Camunda's webapps may do in the analytics API: supervisors and
 * auditors read, an agent is refused, a browser without a login goes to the webapps' login, and the login opens reads
 * only — every write still needs the API's own credentials.
 */
@DeskTest
class DashboardAccessTest {

    @LocalServerPort
    int port;

    DeskClient desk;

    private DeskClient desk() {
        if (desk == null) {
            desk = new DeskClient(port);
        }
        return desk;
    }

    private Response get(WebappSession session, String path) {
        return desk().send(session.request(desk(), path).GET().build());
    }

    @Test
    void supervisorAndAuditor_openThePage_whoseScriptComesFromTheDeskAlone() {
        for (String reader : new String[] {"sofia", "audrey"}) {
            Response page = get(desk().webappLogin("welcome", reader), "/dashboard");
            assertThat(page.status()).as(reader).isEqualTo(200);
            assertThat(page.header("Content-Type")).startsWith("text/html");
            assertThat(page.body()).contains("<script src=\"/vendor/chartjs/chart.umd.js\"", "id=\"trend-chart\"");
            assertThat(page.header("Content-Security-Policy")).contains("default-src 'none'", "script-src 'self'",
                    "connect-src 'self'").doesNotContain("unsafe", "http");
        }
        assertThat(desk().get("/vendor/chartjs/chart.umd.js", null).body()).startsWith("/*!\n * Chart.js v4");
    }

    @Test
    void supervisorsLogin_readsTheAnalyticsApi() {
        WebappSession sofia = desk().webappLogin("tasklist", "sofia");

        // a bad period is the API's own answer: the login got past the security chain to the controller
        Response badPeriod = get(sofia, "/api/analytics/summary?from=2004-03-01&to=2004-02-01");
        assertThat(badPeriod.status()).isEqualTo(400);
        assertThat(badPeriod.header("Content-Type")).startsWith("application/problem+json");
    }

    @Test
    void agent_isRefused_thePageAndTheFigures() {
        WebappSession sam = desk().webappLogin("tasklist", "sam");

        Response page = get(sam, "/dashboard");
        assertThat(page.status()).isEqualTo(403);
        assertThat(page.body()).contains("for supervisors and auditors").doesNotContain("trend-chart");
        assertThat(get(sam, "/dashboard/dashboard.js").status()).isEqualTo(403);
        Response figures = get(sam, "/api/analytics/summary");
        assertThat(figures.status()).isEqualTo(403);
        assertThat(figures.header("Content-Type")).startsWith("application/problem+json");
        assertThat(get(sam, "/api/analytics/breakdown/category?format=csv").status()).isEqualTo(403);
    }

    @Test
    void withoutLogin_thePageSendsToTheWebappsLogin_andTheApiAsksForCredentials() {
        Response page = desk().get("/dashboard", null);
        assertThat(page.status()).isEqualTo(302);
        assertThat(page.header("Location")).endsWith("/camunda/app/welcome/default/");

        Response api = desk().get("/api/analytics/summary", null);
        assertThat(api.status()).isEqualTo(401);
        assertThat(api.header("WWW-Authenticate")).startsWith("Basic");

        // a session of the webapps without a login (its login page was merely opened) is no login either
        Response loginPage = desk().get("/camunda/app/tasklist/default/", null);
        String cookie = loginPage.raw().headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID=")).findFirst().orElseThrow().split(";")[0];
        Response anonymous = desk().send(desk().request("/api/analytics/summary", null).header("Cookie", cookie)
                .GET().build());
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.header("Content-Type")).startsWith("application/problem+json");
    }

    @Test
    void supervisorsLogin_writesNothing_courierVolumesStillNeedTheApisCredentials() {
        WebappSession sofia = desk().webappLogin("tasklist", "sofia");

        Response upload = desk().send(sofia.request(desk(), "/api/analytics/courier-volumes")
                .header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString("courier,month,shipments\nSF Express,2004-02,100\n"))
                .build());

        assertThat(upload.status()).isEqualTo(401);
        assertThat(desk().send(sofia.request(desk(), "/dashboard").POST(HttpRequest.BodyPublishers.noBody())
                .build()).status()).isEqualTo(403);
    }

    @Test
    void labels_areTheTaskFormsWords_inTheAskedLanguage() {
        WebappSession audrey = desk().webappLogin("cockpit", "audrey");

        Response zh = get(audrey, "/dashboard/labels?lang=zh");
        assertThat(zh.status()).isEqualTo(200);
        assertThat(zh.json().at("/category/PRODUCT_QUALITY").asText()).isEqualTo("商品质量");
        assertThat(zh.json().at("/party/COURIER").isTextual()).isTrue();
        assertThat(get(audrey, "/dashboard/labels?lang=en").json().at("/channel/HOTLINE").asText())
                .isEqualTo("Hotline");
        Response unknown = get(audrey, "/dashboard/labels?lang=fr");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.header("Content-Type")).startsWith("application/problem+json");
    }
}
