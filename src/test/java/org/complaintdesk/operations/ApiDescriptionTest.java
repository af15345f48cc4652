package org.complaintdesk.operations;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.complaintdesk.support.DeskClient;
import org.complaintdesk.support.DeskTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The OpenAPI description matches the API: every {@code /api} endpoint the desk maps is described, and every
 * described endpoint answers (it is mapped, and a call with placeholder values gets an answer of the desk, not "no
 * such endpoint", "method not allowed" or a server error).
 */
@DeskTest
class ApiDescriptionTest {

    private static final Set<String> HTTP_METHODS = Set.of("get", "post", "put", "patch", "delete");

    @LocalServerPort
    int port;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    private DeskClient desk;

    @BeforeEach
    void client() {
        desk = new DeskClient(port);
    }

    @Test
    void everyEndpointOfTheApiIsDescribed() {
        Set<String> mapped = new TreeSet<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> mapping : mappings.getHandlerMethods().entrySet()) {
            for (String pattern : mapping.getKey().getPatternValues()) {
                if (pattern.startsWith("/api/")) {
                    Set<RequestMethod> methods = mapping.getKey().getMethodsCondition().getMethods();
                    assertThat(methods).as("%s names its HTTP method", mapping.getValue()).isNotEmpty();
                    methods.forEach(method -> mapped.add(operation(method.name(), pattern)));
                }
            }
        }

        assertThat(described()).isNotEmpty().containsExactlyInAnyOrderElementsOf(mapped);
    }

    @Test
    void everyDescribedEndpointAnswers() {
        DeskClient.Response unknown = desk.get("/api/no-such-endpoint", "demo");
        String noSuchEndpoint = unknown.status() + " " + unknown.json().path("type").asText();

        for (String operation : described()) {
            String method = operation.substring(0, operation.indexOf(' '));
            String path = operation.substring(operation.indexOf(' ') + 1).replace("{}", "X-0");
            HttpRequest.Builder request = desk.request(path, "demo").header("Content-Type", "application/json");
            request.method(method, method.equals("GET") || method.equals("DELETE") ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString("{}"));
            DeskClient.Response response = desk.send(request.build());

            assertThat(response.status()).as(operation).isLessThan(500).isNotEqualTo(405);
            if (response.status() == 404 && response.header("Content-Type") != null
                    && response.header("Content-Type").contains("json")) {
                assertThat(response.status() + " " + response.json().path("type").asText()).as(operation)
                        .isNotEqualTo(noSuchEndpoint);
            }
        }
    }

    @Test
    void staffReadTheDescriptionAndItsSwaggerUiOthersDoNot() {
        DeskClient.Response description = desk.get("/v3/api-docs", "sofia");
        assertThat(description.status()).isEqualTo(200);
        assertThat(description.json().path("info").path("title").asText()).isEqualTo("Complaint Desk API");
        assertThat(description.json().path("components").path("securitySchemes").has("customerToken")).isTrue();
        DeskClient.Response ui = desk.get("/swagger-ui/index.html", "sam");
        assertThat(ui.status()).isEqualTo(200);
        assertThat(ui.body()).contains("swagger-ui");

        assertThat(desk.get("/v3/api-docs", null).status()).isEqualTo(401);
        assertThat(desk.get("/swagger-ui/index.html", null).status()).isEqualTo(401);
        for (String outsider : new String[] {"mia", "gateway", "payments", "prometheus"}) {
            assertThat(desk.get("/v3/api-docs", outsider).status()).as(outsider).isEqualTo(403);
        }
    }

    /** "METHOD /path/{}/…" for every operation of the description. */
    private Set<String> described() {
        DeskClient.Response response = desk.get("/v3/api-docs", "sofia");
        assertThat(response.status()).isEqualTo(200);
        Set<String> operations = new TreeSet<>();
        Iterator<Map.Entry<String, JsonNode>> paths = response.json().path("paths").fields();
        while (paths.hasNext()) {
            Map.Entry<String, JsonNode> path = paths.next();
            path.getValue().fieldNames().forEachRemaining(method -> {
                if (HTTP_METHODS.contains(method)) {
                    operations.add(operation(method.toUpperCase(), path.getKey()));
                }
            });
        }
        return operations;
    }

    private static String operation(String method, String path) {
        return method + " " + path.replaceAll("\\{[^}]*}", "{}");
    }
}
