package org.complaintdesk.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** A real HTTP client against the desk on its random port. */
public final class DeskClient {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();
    private final int port;

    public DeskClient(int port) {
        this.port = port;
    }

    public Response post(String path, String user, String contentType, String body) {
        HttpRequest.Builder request = request(path, user).POST(HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return send(request.build());
    }

    public Response postJson(String path, String user, String body) {
        return post(path, user, "application/json", body);
    }

    /** Completes a task over engine REST as Tasklist does ({@code submit-form}), as {@code user}; null values too. */
    public Response submitForm(String taskId, String user, java.util.Map<String, Object> values) {
        java.util.Map<String, Object> variables = new java.util.LinkedHashMap<>();
        values.forEach((name, value) -> {
            java.util.Map<String, Object> typed = new java.util.HashMap<>();
            typed.put("value", value);
            variables.put(name, typed);
        });
        try {
            return postJson("/engine-rest/task/" + taskId + "/submit-form", user,
                    JSON.writeValueAsString(java.util.Map.of("variables", variables)));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public Response get(String path, String user) {
        return send(request(path, user).GET().build());
    }

    public Response getWithHeader(String path, String header, String value) {
        return send(request(path, null).header(header, value).GET().build());
    }

    public HttpRequest.Builder request(String path, String user) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (user != null) {
            request.header("Authorization", basic(user, user));
        }
        return request;
    }

    public Response send(HttpRequest request) {
        try {
            return new Response(http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A multipart upload of one file (part {@code file}) and a note, as a browser or app sends it. */
    public Response upload(String path, String user, String token, String fileName, String claimedType, byte[] content,
                           String note) {
        String boundary = "----desk" + System.nanoTime();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        java.util.function.Consumer<String> text = s -> body.writeBytes(s.getBytes(StandardCharsets.UTF_8));
        if (content != null) {
            text.accept("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                    + "\"\r\nContent-Type: " + claimedType + "\r\n\r\n");
            body.writeBytes(content);
            text.accept("\r\n");
        }
        if (note != null) {
            text.accept("--" + boundary + "\r\nContent-Disposition: form-data; name=\"note\"\r\n\r\n" + note + "\r\n");
        }
        text.accept("--" + boundary + "--\r\n");
        HttpRequest.Builder request = request(path, user)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
        if (token != null) {
            request.header("X-Customer-Token", token);
        }
        return send(request.build());
    }

    /** A webapp session: its cookies, CSRF token, and how the login answered. */
    public record WebappSession(Response login, String cookies, String csrf) {

        public HttpRequest.Builder request(DeskClient desk, String path) {
            return desk.request(path, null).header("Cookie", cookies).header("X-XSRF-TOKEN", csrf);
        }
    }

    /** Logs in to a webapp (tasklist, cockpit, admin, welcome) as Camunda's login page does, with its CSRF token. */
    public WebappSession webappLogin(String app, String user) {
        Response page = get("/camunda/app/" + (app.equals("welcome") ? "welcome" : app) + "/default/", null);
        String csrf = cookie(page, "XSRF-TOKEN");
        String session = "JSESSIONID=" + cookie(page, "JSESSIONID");
        Response login = send(request("/camunda/api/admin/auth/user/default/login/" + app, null)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-XSRF-TOKEN", csrf)
                .header("Cookie", session + "; XSRF-TOKEN=" + csrf)
                .POST(HttpRequest.BodyPublishers.ofString("username=" + user + "&password=" + user))
                .build());
        String renewed = login.raw().headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID=")).findFirst().map(c -> c.split(";")[0]).orElse(session);
        return new WebappSession(login, renewed + "; XSRF-TOKEN=" + csrf, csrf);
    }

    private static String cookie(Response response, String name) {
        return response.raw().headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith(name + "="))
                .findFirst().orElseThrow(() -> new IllegalStateException("no cookie " + name))
                .split(";")[0].substring(name.length() + 1);
    }

    public static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    public record Response(HttpResponse<String> raw) {

        public int status() {
            return raw.statusCode();
        }

        public String body() {
            return raw.body();
        }

        public String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }

        public JsonNode json() {
            try {
                return JSON.readTree(raw.body());
            } catch (IOException e) {
                throw new UncheckedIOException("not JSON: " + raw.body(), e);
            }
        }
    }
}
