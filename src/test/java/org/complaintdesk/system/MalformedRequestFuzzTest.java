package org.complaintdesk.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.complaintdesk.process.ProcessTestSupport;
import org.complaintdesk.support.DeskClient;
import org.complaintdesk.support.DeskTest;
import org.complaintdesk.support.Files;
import org.complaintdesk.support.IntakeLoad;
import org.complaintdesk.support.Requests;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Malformed requests, generated: {@link #BODIES} bodies to every endpoint of our API that takes one, each
 * malformed by construction (cut short, mutated, wrongly typed, unknown fields, invalid UTF-8, control
 * characters, too deep, too large, the wrong content type, broken multipart, random bytes). Every answer is a 4xx
 * with application/problem+json, and the database is the same afterwards: not one row written or changed.
 * Seeded, so a failure can be replayed; the seed and the body are in the failure message. Each endpoint gets every
 * kind of malformation first, one of each, then kinds drawn at random.
 *
 * <p>On PostgreSQL, valid complaints keep coming in all the while ({@link IntakeLoad}, two paced channel clients):
 * the malformed requests meet a desk under load, and the valid ones, all accepted, are the only change the
 * database may show (their rows are left out of the comparison by their complaint, its id or its process
 * instance, read while the load is held).
 */
@DeskTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MalformedRequestFuzzTest extends ProcessTestSupport {

    /** Whether valid complaints are filed all the while: on PostgreSQL (as in CI), the production database. */
    private static final boolean UNDER_LOAD = String.valueOf(System.getenv("DB_URL")).startsWith("jdbc:postgresql:");
    /**
     * Bodies per endpoint: 5,000 on PostgreSQL under load (55,000 requests in all), 2,000 on H2, where the same
     * desk code meets the same bodies without the load. Each costs the desk a few milliseconds of CPU, so the volume
     * is what keeps CI within its time; {@code -Dfuzz.bodies=N} asks for more.
     */
    static final int BODIES = Integer.getInteger("fuzz.bodies", UNDER_LOAD ? 5_000 : 2_000);
    /** The message ids of the valid complaints filed meanwhile start with this. */
    private static final String LOAD = "fuzzload";
    private static final long SEED = 20261202L;
    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    /** Requests in flight at once: the desk answers several clients, and the run stays short. */
    private static final int CLIENTS = 4;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    /** One endpoint: how to call it, who calls it, and a valid body to break. */
    record Endpoint(String path, String user, String token, Map<String, Object> template) {
    }

    private List<Endpoint> jsonEndpoints(String no, String token) throws Exception {
        Map<String, Object> intake = JSON.readValue(Requests.complaint(Requests.uniqueId()), new TypeReference<>() { });
        String base = "/api/complaints/" + no;
        return List.of(
                new Endpoint("/api/complaints", "gateway", null, intake),
                new Endpoint(base + "/messages", null, token, map("text", "Here is the photo you asked for.")),
                new Endpoint(base + "/offer-response", null, token, map("accepted", false, "comment", "Not enough.", "offer", 1)),
                new Endpoint(base + "/withdraw", null, token, map("reason", "Solved it myself.")),
                new Endpoint(base + "/appeal", null, token, map("reason", "The ruling ignores my photos.")),
                new Endpoint(base + "/return-shipment", null, token, map("courier", "SF Express", "trackingNo", "SF-1234-RET")),
                new Endpoint(base + "/survey", null, token, map("solved", true, "score", 4, "comment", "Thanks")),
                new Endpoint("/api/payments/refunds/" + no + "-R1/settled", "payments", null,
                        map("status", "SETTLED", "reference", "PAY-1")),
                new Endpoint("/api/service-clients", "demo", null,
                        map("id", "fuzz-client", "role", "channels", "validFor", "P30D")),
                new Endpoint("/api/service-clients/gateway/secrets", "demo", null, map("validFor", "P30D")));
    }

    private static Map<String, Object> map(Object... entries) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < entries.length; i += 2) {
            map.put((String) entries[i], entries[i + 1]);
        }
        return map;
    }

    @Test
    void malformedBodies_underValidLoad_answer4xxProblems_andWriteNothing() throws Exception {
        Filed filed = inEvidencePeriod();
        Random random = new Random(SEED);
        Map<String, Integer> statuses = new java.util.concurrent.ConcurrentSkipListMap<>();
        // a steady stream of up to 8 valid complaints a second (a busy day's intake, not the most the desk takes) on
        // PostgreSQL, the production database; on H2 none, which keeps the suite's run on H2 short
        int loadClients = UNDER_LOAD ? 2 : 0;
        try (IntakeLoad load = IntakeLoad.paced(LOAD, loadClients, List.of(new DeskClient(port)), Duration.ofMillis(250))) {
            for (Endpoint endpoint : jsonEndpoints(filed.complaintNo(), filed.token())) {
                JsonBodies bodies = new JsonBodies(endpoint.template(), random, endpoint.path().endsWith("/withdraw")
                        || endpoint.path().endsWith("/secrets"));
                Map<String, String> before = snapshot(load);
                sendAll(endpoint, bodies::next, statuses);
                assertUnchanged(load, before, "after " + BODIES + " malformed bodies to " + endpoint.path());
                String answered = statusKey(endpoint.path(), "");
                assertThat(statuses).as("answers to " + endpoint.path() + ": too large, wrong type and malformed each seen")
                        .containsKeys(answered + "413", answered + "415", answered + "400");
            }
            Endpoint evidence = new Endpoint("/api/complaints/" + filed.complaintNo() + "/evidence", null, filed.token(), null);
            Map<String, String> before = snapshot(load);
            MultipartBodies uploads = new MultipartBodies(random);
            sendAll(evidence, uploads::next, statuses);
            assertUnchanged(load, before, "after " + BODIES + " malformed uploads");
            load.stop();
            assertThat(load.refused()).as("valid complaints refused under fuzzing").isEmpty();
            assertThat(load.unavailable()).isEmpty();
            assertThat(load.withoutAnswer()).isZero();
            assertThat(load.accepted()).as("valid complaints filed meanwhile").hasSizeGreaterThan(UNDER_LOAD ? 10 : -1);
            assertThat(jdbc.queryForObject("select count(*) from complaint where external_id like '" + LOAD + "-%'",
                    Long.class)).isEqualTo(load.accepted().size());
            System.out.println("Malformed-request fuzz, answers by status: " + statuses + "; valid complaints filed"
                    + " meanwhile: " + load.accepted().size());
        }
    }

    /** Both offers rejected: the evidence period is open, so a well-formed upload, message or withdrawal would write. */
    private Filed inEvidencePeriod() {
        Filed filed = fileAndStart(complaint("PRODUCT_QUALITY", "The kettle leaks at the seam."));
        org.complaintdesk.support.Customer customer = new org.complaintdesk.support.Customer(new DeskClient(port),
                filed.complaintNo(), filed.token(), processEngine);
        investigateAndOffer(filed.pi(), "quinn", "APOLOGY", null);
        assertThat(customer.answerOffer(false).status()).isEqualTo(200);
        work(filed.pi(), org.complaintdesk.process.ComplaintHandling.Element.REVISE_OFFER, "quinn", Map.of("remedy", "APOLOGY"));
        assertThat(customer.answerOffer(false).status()).isEqualTo(200);
        return filed;
    }

    /** Generates {@link #BODIES} bodies (in order, so the run is reproducible) and sends them from several clients. */
    private void sendAll(Endpoint endpoint, Supplier<Body> bodies, Map<String, Integer> statuses) throws Exception {
        List<Body> generated = new ArrayList<>(BODIES);
        for (int i = 0; i < BODIES; i++) {
            generated.add(bodies.get());
        }
        var pool = java.util.concurrent.Executors.newFixedThreadPool(CLIENTS);
        try {
            List<java.util.concurrent.Future<?>> sent = new ArrayList<>();
            for (int client = 0; client < CLIENTS; client++) {
                int first = client;
                sent.add(pool.submit(() -> {
                    for (int i = first; i < generated.size(); i += CLIENTS) {
                        send(endpoint, generated.get(i), statuses);
                    }
                    return null;
                }));
            }
            for (var future : sent) {
                try {
                    future.get();
                } catch (java.util.concurrent.ExecutionException e) {
                    if (e.getCause() instanceof AssertionError failure) {
                        throw failure;
                    }
                    throw e;
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** How answers are counted: the path without its complaint number, and the status. */
    private static String statusKey(String path, String status) {
        return path.replaceAll("CP-\\d+-\\d+", "{no}") + " " + status;
    }

    /** A generated request: its content type (null for none) and bytes, and what was done to it. */
    record Body(String contentType, byte[] bytes, String how) {
    }

    private void send(Endpoint endpoint, Body body, Map<String, Integer> statuses) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + endpoint.path()))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.bytes()));
        if (body.contentType() != null) {
            request.header("Content-Type", body.contentType());
        }
        if (endpoint.user() != null) {
            request.header("Authorization", DeskClient.basic(endpoint.user(), endpoint.user()));
        }
        if (endpoint.token() != null) {
            request.header("X-Customer-Token", endpoint.token());
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        statuses.merge(statusKey(endpoint.path(), String.valueOf(response.statusCode())), 1, Integer::sum);
        String replay = "seed " + SEED + ", " + body.how() + ", body: "
                + new String(body.bytes(), 0, Math.min(body.bytes().length, 300), StandardCharsets.ISO_8859_1);
        assertThat(response.statusCode()).as(endpoint.path() + " answered " + response.body() + " to " + replay)
                .isBetween(400, 499);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).as(endpoint.path() + " to " + replay)
                .startsWith("application/problem+json");
    }

    private void assertUnchanged(IntakeLoad load, Map<String, String> before, String when) throws Exception {
        Map<String, String> after = snapshot(load);
        Map<String, String> changed = new TreeMap<>();
        after.forEach((table, state) -> {
            if (!state.equals(before.get(table))) {
                changed.put(table, before.get(table) + " -> " + state);
            }
        });
        assertThat(changed).as("tables changed " + when).isEmpty();
    }

    /**
     * Every row of the desk's tables (hashed), and the number of rows of each of the engine's, except the rows of
     * the valid load: a table's rows of a load complaint (by its number or id) or of its process instance are left
     * out. The load is held meanwhile, so the database is at rest while it is read.
     */
    private Map<String, String> snapshot(IntakeLoad load) throws Exception {
        load.hold();
        try {
            return snapshot();
        } finally {
            load.resume();
        }
    }

    private Map<String, String> snapshot() throws Exception {
        Map<String, String> state = new TreeMap<>();
        List<String> tables = jdbc.queryForList("select table_name from information_schema.tables where "
                + "lower(table_schema) = 'public' and upper(table_type) = 'BASE TABLE'", String.class);
        assertThat(tables).as("tables found").hasSizeGreaterThan(20);
        String loadComplaints = " from complaint where external_id like '" + LOAD + "-%'";
        Set<String> complaintNos = new HashSet<>(jdbc.queryForList("select complaint_no" + loadComplaints, String.class));
        Set<String> complaintIds = new HashSet<>(jdbc.queryForList("select cast(id as varchar(20))" + loadComplaints,
                String.class));
        Set<String> instances = new HashSet<>(jdbc.queryForList("select ID_ from ACT_HI_PROCINST where BUSINESS_KEY_ in"
                + " (select complaint_no" + loadComplaints + ")", String.class));
        Map<String, Set<String>> loadRows = Map.of("complaint_no", complaintNos, "complaint_id", complaintIds,
                "proc_inst_id_", instances, "process_instance_id_", instances, "root_proc_inst_id_", instances,
                "resource_id_", instances);
        for (String table : tables) {
            TreeSet<String> rows = new TreeSet<>();
            long[] count = {0};
            boolean engine = table.toLowerCase().startsWith("act_");
            jdbc.query("select * from \"" + table + "\"", row -> {
                var meta = row.getMetaData();
                StringBuilder line = new StringBuilder();
                for (int c = 1; c <= meta.getColumnCount(); c++) {
                    String column = meta.getColumnName(c).toLowerCase();
                    Object value = row.getObject(c);
                    if (value != null && loadRows.getOrDefault(column, Set.of()).contains(String.valueOf(value))) {
                        return; // a row of the valid load
                    }
                    if (engine || column.equals("last_used_at")) {
                        continue; // the engine's rows are counted; when a service client's secret was last used varies
                    }
                    line.append(value instanceof byte[] bytes ? HexFormat.of().formatHex(bytes) : value).append('|');
                }
                count[0]++;
                if (!engine) {
                    rows.add(line.toString());
                }
            });
            if (engine) {
                state.put(table, String.valueOf(count[0]));
            } else {
                MessageDigest digest = MessageDigest.getInstance("SHA-256");
                rows.forEach(r -> digest.update(r.getBytes(StandardCharsets.UTF_8)));
                state.put(table, rows.size() + ":" + HexFormat.of().formatHex(digest.digest()));
            }
        }
        return state;
    }

    /** Malformed JSON bodies made from a valid one. */
    static final class JsonBodies {

        private final Map<String, Object> template;
        private final byte[] valid;
        private final Random random;
        private final boolean emptyBodyIsValid;
        private final List<Supplier<Body>> kinds;
        private int generated;
        private boolean largeSent;

        JsonBodies(Map<String, Object> template, Random random, boolean emptyBodyIsValid) throws Exception {
            this.template = template;
            this.valid = JSON.writeValueAsBytes(template);
            this.random = random;
            this.emptyBodyIsValid = emptyBodyIsValid;
            this.kinds = List.of(this::truncated, this::truncated, this::truncated, this::mutated, this::mutated,
                    this::wronglyTyped, this::wronglyTyped, this::wronglyTyped, this::unknownField, this::invalidUtf8,
                    this::invalidUtf8, this::controlCharacter, this::tooDeep, this::wrongContentType, this::randomBytes,
                    this::wrongRoot, this::duplicateKey, this::tooLarge);
        }

        /** Each kind once, in order, then kinds at random. */
        Body next() {
            int kind = generated < kinds.size() ? generated : random.nextInt(kinds.size());
            generated++;
            return kinds.get(kind).get();
        }

        private static Body json(byte[] bytes, String how) {
            return new Body("application/json", bytes, how);
        }

        private Body truncated() {
            int cut = 1 + random.nextInt(valid.length - 1); // never the whole object, never empty
            return json(java.util.Arrays.copyOf(valid, cut), "cut after " + cut + " bytes");
        }

        private Body mutated() {
            for (int attempt = 0; ; attempt++) {
                byte[] bytes = valid.clone();
                int at = random.nextInt(bytes.length);
                bytes[at] = (byte) "{}[]:,\"\\ ~0tfn".charAt(random.nextInt(14));
                if (!parses(bytes) || attempt > 20) {
                    return parses(bytes) ? truncated() : json(bytes, "byte " + at + " changed");
                }
            }
        }

        private Body wronglyTyped() {
            Map<String, Object> copy = deepCopy(template);
            List<String> fields = new ArrayList<>(copy.keySet());
            String field = fields.get(random.nextInt(fields.size()));
            Object value = copy.get(field);
            if (value instanceof Map<?, ?> nested && !nested.isEmpty() && random.nextBoolean()) {
                @SuppressWarnings("unchecked")
                Map<String, Object> inner = (Map<String, Object>) nested;
                String innerField = new ArrayList<>(inner.keySet()).get(random.nextInt(inner.size()));
                inner.put(innerField, otherType(inner.get(innerField)));
                field = field + "." + innerField;
            } else {
                copy.put(field, otherType(value));
            }
            return json(write(copy), field + " of another type");
        }

        /** A JSON value of a type other than the given one's (never null: null may be allowed). */
        private Object otherType(Object value) {
            List<Object> others = new ArrayList<>(List.of(42, 3.5, true, "text", List.of("a", 1), Map.of("x", 1)));
            others.removeIf(o -> value != null && (o.getClass() == value.getClass()
                    || o instanceof Number && value instanceof Number
                    || o instanceof Map && value instanceof Map || o instanceof List && value instanceof List));
            return others.get(random.nextInt(others.size()));
        }

        private Body unknownField() {
            Map<String, Object> copy = deepCopy(template);
            copy.put("unexpected" + random.nextInt(1000), "value");
            return json(write(copy), "an unknown field");
        }

        private Body invalidUtf8() {
            String text = new String(valid, StandardCharsets.UTF_8);
            int quote = text.lastIndexOf("\":\"") + 3; // inside a string value
            byte[][] broken = {{(byte) 0xC3, 0x28}, {(byte) 0xFF}, {(byte) 0x80}, {(byte) 0xE2, (byte) 0x82},
                    {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80}};
            byte[] insert = broken[random.nextInt(broken.length)];
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] head = text.substring(0, Math.max(quote, 1)).getBytes(StandardCharsets.UTF_8);
            out.writeBytes(head);
            out.writeBytes(insert);
            out.writeBytes(text.substring(Math.max(quote, 1)).getBytes(StandardCharsets.UTF_8));
            return json(out.toByteArray(), "invalid UTF-8 " + HexFormat.of().formatHex(insert));
        }

        private Body controlCharacter() {
            Map<String, Object> copy = deepCopy(template);
            String field = copy.entrySet().stream().filter(e -> e.getValue() instanceof String).map(Map.Entry::getKey)
                    .findFirst().orElseThrow();
            char control = "\u0000\u0001\u0007\u001b\u007f".charAt(random.nextInt(5));
            copy.put(field, "before" + control + "after");
            return json(write(copy), "control character " + (int) control + " in " + field);
        }

        private Body tooDeep() {
            int depth = 17 + random.nextInt(5_000);
            String nested = "[".repeat(depth) + "]".repeat(depth);
            String text = new String(valid, StandardCharsets.UTF_8);
            int colon = text.indexOf(':');
            int end = text.indexOf(',', colon) < 0 ? text.lastIndexOf('}') : text.indexOf(',', colon);
            return json((text.substring(0, colon + 1) + nested + text.substring(end)).getBytes(StandardCharsets.UTF_8),
                    depth + " levels deep");
        }

        private Body wrongContentType() {
            String[] types = {"text/plain", "application/xml", "application/x-www-form-urlencoded", null,
                    "application/octet-stream", "multipart/form-data; boundary=x", "application/json-patch+json"};
            String type = types[random.nextInt(types.length)];
            if (type == null && emptyBodyIsValid) {
                type = "text/plain";
            }
            return new Body(type, valid, "content type " + type);
        }

        private Body randomBytes() {
            for (;;) {
                byte[] bytes = new byte[1 + random.nextInt(200)];
                random.nextBytes(bytes);
                if (!parses(bytes)) {
                    return json(bytes, bytes.length + " random bytes");
                }
            }
        }

        private Body wrongRoot() {
            String[] roots = {"[" + new String(valid, StandardCharsets.UTF_8) + "]", "\"text\"", "42", "true", "[]",
                    "null", " "};
            String root = roots[random.nextInt(emptyBodyIsValid ? roots.length - 2 : roots.length)];
            return json(root.getBytes(StandardCharsets.UTF_8), "root " + root.length() + " chars");
        }

        private Body duplicateKey() {
            String text = new String(valid, StandardCharsets.UTF_8);
            String first = text.substring(1, text.indexOf(',') < 0 ? text.length() - 1 : text.indexOf(','));
            return json(("{" + first + "," + text.substring(1)).getBytes(StandardCharsets.UTF_8), "a key twice");
        }

        private Body tooLarge() {
            if (largeSent && random.nextInt(50) != 0) {
                return truncated(); // a few large bodies suffice
            }
            largeSent = true;
            String text = new String(valid, StandardCharsets.UTF_8);
            return json(("{\"padding\":\"" + "x".repeat(300_000) + "\"," + text.substring(1))
                    .getBytes(StandardCharsets.UTF_8), "300 KB");
        }

        private static boolean parses(byte[] bytes) {
            try {
                JSON.readTree(bytes);
                return bytes.length > 0;
            } catch (Exception e) {
                return false;
            }
        }

        private static byte[] write(Object value) {
            try {
                return JSON.writeValueAsBytes(value);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }

        @SuppressWarnings("unchecked")
        private static Map<String, Object> deepCopy(Map<String, Object> map) {
            try {
                return JSON.readValue(JSON.writeValueAsBytes(map), LinkedHashMap.class);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** Uploads that are broken, or carry something the desk never accepts (an empty file, an executable, …). */
    static final class MultipartBodies {

        /** The kinds of broken upload below, one per case of the switch. */
        private static final int KINDS = 10;
        private final Random random;
        private int generated;

        MultipartBodies(Random random) {
            this.random = random;
        }

        /** Each kind once, in order, then kinds at random. */
        Body next() {
            String boundary = "b" + random.nextInt(1_000_000);
            int kind = generated < KINDS ? generated : random.nextInt(KINDS);
            generated++;
            return switch (kind) {
                case 0 -> parts(boundary, boundary, part("file", "x.png", "image/png", new byte[0]), true, "empty file");
                case 1 -> parts(boundary, boundary, part("file", "x.exe", "image/png", Files.EXE), true, "an executable");
                case 2 -> parts(boundary, boundary, part("note", null, null, "only a note".getBytes(StandardCharsets.UTF_8)),
                        true, "no file part");
                case 3 -> parts(boundary, boundary, part("file", "x.png", "image/png", Files.PNG), false, "no closing boundary");
                case 4 -> parts(boundary, "other", part("file", "x.png", "image/png", Files.PNG), true, "wrong boundary");
                case 5 -> new Body("multipart/form-data", join(part("file", "x.png", "image/png", Files.PNG)),
                        "no boundary parameter");
                case 6 -> {
                    byte[] garbage = new byte[1 + random.nextInt(500)];
                    random.nextBytes(garbage);
                    yield new Body("multipart/form-data; boundary=" + boundary, garbage, "random bytes");
                }
                case 7 -> parts(boundary, boundary, join(("--" + boundary + "\r\nContent-Type: image/png\r\n\r\n")
                        .getBytes(StandardCharsets.ISO_8859_1), Files.PNG, "\r\n".getBytes(StandardCharsets.ISO_8859_1)),
                        true, "a part without Content-Disposition");
                case 8 -> parts(boundary, boundary, join(part("file", "x.png", "image/png", Files.EXE),
                        part("note", null, null, ("bad" + (char) 0 + "note").getBytes(StandardCharsets.UTF_8))), true,
                        "an executable with a NUL in the note");
                default -> {
                    byte[] cut = join(part("file", "x.png", "image/png", Files.PNG),
                            ("--" + boundary + "--\r\n").getBytes(StandardCharsets.ISO_8859_1));
                    int at = 1 + random.nextInt(cut.length - 1);
                    yield new Body("multipart/form-data; boundary=" + boundary, java.util.Arrays.copyOf(cut, at),
                            "cut after " + at + " bytes");
                }
            };
        }

        private byte[] part(String name, String fileName, String type, byte[] content) {
            String header = "--%BOUNDARY%\r\nContent-Disposition: form-data; name=\"" + name + "\""
                    + (fileName == null ? "" : "; filename=\"" + fileName + "\"") + "\r\n"
                    + (type == null ? "" : "Content-Type: " + type + "\r\n") + "\r\n";
            return join(header.getBytes(StandardCharsets.ISO_8859_1), content, "\r\n".getBytes(StandardCharsets.ISO_8859_1));
        }

        private static Body parts(String declared, String used, byte[] parts, boolean close, String how) {
            String text = new String(parts, StandardCharsets.ISO_8859_1).replace("%BOUNDARY%", used);
            byte[] body = join(text.getBytes(StandardCharsets.ISO_8859_1),
                    close ? ("--" + used + "--\r\n").getBytes(StandardCharsets.ISO_8859_1) : new byte[0]);
            return new Body("multipart/form-data; boundary=" + declared, body, how);
        }

        private static byte[] join(byte[]... pieces) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            for (byte[] piece : pieces) {
                out.writeBytes(piece);
            }
            return out.toByteArray();
        }
    }
}
