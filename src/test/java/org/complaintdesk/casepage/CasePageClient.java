package org.complaintdesk.casepage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.complaintdesk.support.DeskClient;

/** A customer's browser on the case page, over plain HTTP: it keeps the page's cookie and sends the forms' token. */
final class CasePageClient {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern COOKIE = Pattern.compile(CasePage.COOKIE + "=([^;]+)");

    private final DeskClient desk;
    final String complaintNo;
    String cookie;

    CasePageClient(DeskClient desk, String complaintNo) {
        this.desk = desk;
        this.complaintNo = complaintNo;
    }

    String path() {
        return "/c/" + complaintNo;
    }

    /** Follows a link from a message: the code for a cookie. */
    DeskClient.Response open(String link) {
        DeskClient.Response response = desk.send(desk.request(link.substring(link.indexOf("/c/")), null).GET().build());
        String setCookie = response.header("Set-Cookie");
        if (setCookie != null) {
            Matcher m = COOKIE.matcher(setCookie);
            assertThat(m.find()).isTrue();
            cookie = m.group(1);
        }
        return response;
    }

    DeskClient.Response get(String path) {
        HttpRequest.Builder request = desk.request(path, null).GET();
        if (cookie != null) {
            request.header("Cookie", CasePage.COOKIE + "=" + cookie);
        }
        return desk.send(request.build());
    }

    DeskClient.Response page() {
        return get(path());
    }

    String csrf() {
        Matcher token = CSRF.matcher(page().body());
        assertThat(token.find()).as("the page's forms carry a CSRF token").isTrue();
        return token.group(1);
    }

    /** Posts a form of the page with the page's token. */
    DeskClient.Response post(String action, String... fields) {
        return postWithToken(action, csrf(), fields);
    }

    DeskClient.Response postWithToken(String action, String token, String... fields) {
        Map<String, String> form = new LinkedHashMap<>();
        if (token != null) {
            form.put(CasePage.CSRF_FIELD, token);
        }
        for (int i = 0; i < fields.length; i += 2) {
            form.put(fields[i], fields[i + 1]);
        }
        String body = form.entrySet().stream().map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
        HttpRequest.Builder request = desk.request(path() + "/" + action, null)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (cookie != null) {
            request.header("Cookie", CasePage.COOKIE + "=" + cookie);
        }
        return desk.send(request.build());
    }

    /** The evidence form as a browser posts it: the token, the file, a note. */
    DeskClient.Response upload(String fileName, String type, byte[] content, String note) {
        String boundary = "----case" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        java.util.function.Consumer<String> text = s -> body.writeBytes(s.getBytes(StandardCharsets.UTF_8));
        text.accept("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrf() + "\r\n");
        text.accept("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: " + type + "\r\n\r\n");
        body.writeBytes(content);
        text.accept("\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"note\"\r\n\r\n" + note + "\r\n");
        text.accept("--" + boundary + "--\r\n");
        return desk.send(desk.request(path() + "/evidence", null)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Cookie", CasePage.COOKIE + "=" + cookie)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build());
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
