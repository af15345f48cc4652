package org.complaintdesk.audit;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.complaintdesk.complaint.CaseEvents;
import org.complaintdesk.system.ApiProblem;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Erases a customer's personal data — name, email, phone and the free text they wrote — from everything the desk
 * keeps, in one transaction: the desk's tables, Camunda's runtime and history of their cases, the outbox and the
 * audit log; their evidence files are deleted. Facts, counts and durations stay (the case library keeps its
 * statistics), and so does the customer id, which is the platform's pseudonymous key and what erasure is asked by.
 *
 * <p>First the columns known to hold the customer's data get a pseudonym or {@value #ERASED}; then every text
 * column of every row that belongs to one of the customer's cases (desk rows by complaint, Camunda rows by process
 * instance) has the erased values replaced wherever they were copied or quoted. Values shorter than
 * {@value #MIN_QUOTED} characters are only erased where they are the whole value, so a short answer ("OK") never
 * mangles codes. Erasing twice finds nothing more to erase.
 *
 * <p>Audit records keep their personal data apart: it is rewritten and its salt deleted, while the salted digest
 * sealed into the chain stays, so the chain still verifies and the digest can no longer be tested against guesses.
 */
@Service
public class CustomerErasure {

    /** What erased free text and contacts read afterwards. */
    public static final String ERASED = "[erased]";

    static final int MIN_QUOTED = 8;
    private static final int MIN_QUOTED_CONTACT = 4;
    private static final Set<Integer> TEXT_TYPES = Set.of(Types.VARCHAR, Types.CHAR, Types.LONGVARCHAR, Types.CLOB,
            Types.NVARCHAR, Types.NCHAR, Types.LONGNVARCHAR, Types.NCLOB);
    private static final Set<Integer> BINARY_TYPES = Set.of(Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY,
            Types.BLOB);

    private final JdbcTemplate jdbc;
    private final Clock clock;

    CustomerErasure(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** What was erased: the customer's cases, the pseudonym their name was replaced with, evidence files deleted. */
    public record Erased(String customerId, List<String> complaints, String pseudonym, int evidenceFilesDeleted,
                         Instant erasedAt) {
    }

    private record Case(long id, String complaintNo) {
    }

    /** @throws ApiProblem 404 when the desk has no complaint of that customer */
    @Transactional
    public Erased erase(String customerId) {
        List<Case> cases = jdbc.query("select id, complaint_no from complaint where customer_id = ? order by id",
                (rs, n) -> new Case(rs.getLong(1), rs.getString(2)), customerId);
        if (cases.isEmpty()) {
            throw new ApiProblem(HttpStatus.NOT_FOUND, "customer-not-found", "Customer not found",
                    "The desk has no complaint of customer " + customerId);
        }
        String pseudonym = "Erased customer " + AuditDigests.sha256(customerId).substring(0, 10);
        List<Long> ids = cases.stream().map(Case::id).toList();
        List<String> numbers = cases.stream().map(Case::complaintNo).toList();
        Map<String, String> replacements = personalValues(customerId, ids, pseudonym);

        int filesDeleted = eraseKnownColumns(customerId, ids, pseudonym);
        scrubDeskTables(ids, numbers, replacements);
        scrubEngine(numbers, replacements);
        eraseAuditRecords(numbers, replacements);
        return new Erased(customerId, numbers, pseudonym, filesDeleted, clock.instant());
    }

    /** Every value to erase, longest first (a name inside a description goes with the description), and its stand-in. */
    private Map<String, String> personalValues(String customerId, List<Long> ids, String pseudonym) {
        Map<String, String> values = new TreeMap<>(Comparator.comparingInt(String::length).reversed()
                .thenComparing(Comparator.naturalOrder()));
        jdbc.query("select customer_name, customer_email, customer_phone, description from complaint "
                + "where customer_id = ?", rs -> {
            put(values, rs.getString(1), pseudonym);
            put(values, rs.getString(2), ERASED);
            put(values, rs.getString(3), ERASED);
            put(values, rs.getString(4), ERASED);
        }, customerId);
        String in = in(ids);
        List<String> freeText = new ArrayList<>();
        freeText.addAll(jdbc.queryForList("select text from complaint_note where complaint_id in " + in
                + " and kind in ('CUSTOMER_INFORMATION', 'JOINED_COMPLAINT', 'WITHDRAWAL')", String.class, ids.toArray()));
        freeText.addAll(jdbc.queryForList("select customer_comment from remedy_offer where complaint_id in " + in,
                String.class, ids.toArray()));
        freeText.addAll(jdbc.queryForList("select comment from survey where complaint_id in " + in, String.class,
                ids.toArray()));
        freeText.addAll(jdbc.queryForList("select note from evidence where party = 'CUSTOMER' and complaint_id in " + in,
                String.class, ids.toArray()));
        freeText.addAll(jdbc.queryForList("select file_name from evidence where party = 'CUSTOMER' and complaint_id in "
                + in, String.class, ids.toArray()));
        freeText.addAll(jdbc.queryForList("select appeal_reason from arbitration where appealed_by = 'CUSTOMER' and "
                + "complaint_id in " + in, String.class, ids.toArray()));
        freeText.addAll(jdbc.queryForList("select detail from case_event where actor = ? and complaint_id in " + in,
                String.class, params(ids, CaseEvents.CUSTOMER)));
        freeText.forEach(text -> put(values, text, ERASED));
        values.remove(ERASED);
        values.remove(pseudonym);
        return values;
    }

    private static void put(Map<String, String> values, String value, String replacement) {
        if (value != null && !value.isBlank()) {
            values.putIfAbsent(value, replacement);
            if (!value.strip().equals(value)) {
                values.putIfAbsent(value.strip(), replacement); // stored stripped somewhere else
            }
        }
    }

    /** The columns that hold the customer's data as a whole; returns how many evidence files were deleted. */
    private int eraseKnownColumns(String customerId, List<Long> ids, String pseudonym) {
        String in = in(ids);
        Object[] args = ids.toArray();
        jdbc.update("update complaint set customer_name = ?, customer_email = null, customer_phone = null, "
                + "description = ? where customer_id = ?", pseudonym, ERASED, customerId);
        jdbc.update("update complaint_note set text = ? where complaint_id in " + in
                + " and kind in ('CUSTOMER_INFORMATION', 'JOINED_COMPLAINT', 'WITHDRAWAL')", params(ids, ERASED));
        jdbc.update("update remedy_offer set customer_comment = ? where customer_comment is not null and complaint_id in "
                + in, params(ids, ERASED));
        jdbc.update("update survey set comment = ? where comment is not null and complaint_id in " + in,
                params(ids, ERASED));
        jdbc.update("update case_record set description = ? where complaint_id in " + in, params(ids, ERASED));
        jdbc.update("update arbitration set appeal_reason = ? where appealed_by = 'CUSTOMER' and complaint_id in " + in,
                params(ids, ERASED));
        jdbc.update("update case_event set detail = ? where actor = ? and detail is not null and complaint_id in " + in,
                params(ids, ERASED, CaseEvents.CUSTOMER));
        int files = jdbc.update("delete from evidence_content where evidence_id in (select id from evidence "
                + "where party = 'CUSTOMER' and complaint_id in " + in + ")", args);
        jdbc.update("update evidence set note = case when note is null then null else ? end, file_name = ? "
                + "where party = 'CUSTOMER' and complaint_id in " + in, params(ids, ERASED, ERASED));
        // messages to the customer: nobody to send them to any more
        jdbc.update("update outbox_message set recipient_address = null, subject = ?, body = ?, "
                + "status = case when status = 'PENDING' then 'NO_ADDRESS' else status end "
                + "where recipient_kind = 'CUSTOMER' and complaint_no in (select complaint_no from complaint "
                + "where customer_id = ?)", ERASED, ERASED, customerId);
        return files;
    }

    /** Every text column of every desk row that belongs to one of the cases (by complaint id or number). */
    private void scrubDeskTables(List<Long> ids, List<String> numbers, Map<String, String> replacements) {
        for (Map.Entry<String, Table> entry : tables().entrySet()) {
            Table table = entry.getValue();
            if (table.name().toLowerCase(Locale.ROOT).startsWith("act_")
                    || table.name().equalsIgnoreCase("audit_record")) {
                continue;
            }
            if (table.has("complaint_id")) {
                scrubText(table, column(table, "complaint_id") + " in " + in(ids), ids, replacements);
            } else if (table.has("complaint_no")) {
                scrubText(table, column(table, "complaint_no") + " in " + in(numbers), numbers, replacements);
            }
        }
    }

    /** Camunda's rows of the cases' process instances (called processes too): variables, history, comments, logs. */
    private void scrubEngine(List<String> numbers, Map<String, String> replacements) {
        List<String> roots = jdbc.queryForList("select distinct ROOT_PROC_INST_ID_ from ACT_HI_PROCINST where "
                + "BUSINESS_KEY_ in " + in(numbers), String.class, numbers.toArray());
        if (roots.isEmpty()) {
            return;
        }
        List<String> instances = jdbc.queryForList("select ID_ from ACT_HI_PROCINST where ROOT_PROC_INST_ID_ in "
                + in(roots), String.class, roots.toArray());
        for (Table table : tables().values()) {
            if (!table.name().toLowerCase(Locale.ROOT).startsWith("act_")) {
                continue;
            }
            List<String> scope = new ArrayList<>();
            List<Object> args = new ArrayList<>();
            if (table.has("root_proc_inst_id_")) {
                scope.add(column(table, "root_proc_inst_id_") + " in " + in(roots));
                args.addAll(roots);
            }
            if (table.has("proc_inst_id_")) {
                scope.add(column(table, "proc_inst_id_") + " in " + in(instances));
                args.addAll(instances);
            }
            if (!scope.isEmpty()) {
                String where = "(" + String.join(" or ", scope) + ")";
                scrubText(table, where, args, replacements);
                scrubBinary(table, where, args, replacements);
            }
        }
    }

    /**
     * One statement per column for the values erased where quoted (nested {@code replace}, longest value innermost),
     * one per value erased only where it is the whole value.
     */
    private void scrubText(Table table, String where, Collection<?> args, Map<String, String> replacements) {
        List<Map.Entry<String, String>> quoted = replacements.entrySet().stream()
                .filter(v -> quotable(v.getKey(), v.getValue())).toList();
        for (String column : table.text()) {
            if (!quoted.isEmpty()) {
                String expression = column;
                List<Object> params = new ArrayList<>();
                for (Map.Entry<String, String> value : quoted) {
                    expression = "replace(" + expression + ", ?, ?)";
                    params.add(value.getKey());
                    params.add(value.getValue());
                }
                params.addAll(args);
                List<String> matches = new ArrayList<>();
                for (Map.Entry<String, String> value : quoted) {
                    matches.add(column + " like ? escape '!'");
                    params.add("%" + likeEscaped(value.getKey()) + "%");
                }
                jdbc.update("update " + table.sql() + " set " + column + " = " + expression + " where " + where
                        + " and (" + String.join(" or ", matches) + ")", params.toArray());
            }
            for (Map.Entry<String, String> value : replacements.entrySet()) {
                if (!quotable(value.getKey(), value.getValue())) {
                    List<Object> params = new ArrayList<>();
                    params.add(value.getValue());
                    params.addAll(args);
                    params.add(value.getKey());
                    jdbc.update("update " + table.sql() + " set " + column + " = ? where " + where + " and " + column
                            + " = ?", params.toArray());
                }
            }
        }
    }

    /** Bytes that hold text (serialized variables, comments): read, replaced, written back where something changed. */
    private void scrubBinary(Table table, String where, Collection<?> args, Map<String, String> replacements) {
        if (table.binary().isEmpty() || !table.has("id_")) {
            return;
        }
        String id = column(table, "id_");
        for (String column : table.binary()) {
            List<Map<String, Object>> rows = jdbc.queryForList("select " + id + " as row_id, " + column
                    + " as bytes from " + table.sql() + " where " + where + " and " + column + " is not null",
                    args.toArray());
            for (Map<String, Object> row : rows) {
                byte[] bytes = (byte[]) row.get("bytes");
                String text = new String(bytes, StandardCharsets.UTF_8);
                String scrubbed = text;
                for (Map.Entry<String, String> value : replacements.entrySet()) {
                    if (quotable(value.getKey(), value.getValue())) {
                        scrubbed = scrubbed.replace(value.getKey(), value.getValue());
                    }
                }
                if (!scrubbed.equals(text)) {
                    jdbc.update("update " + table.sql() + " set " + column + " = ? where " + id + " = ?",
                            scrubbed.getBytes(StandardCharsets.UTF_8), row.get("row_id"));
                }
            }
        }
    }

    /** Audit records of the cases: personal data rewritten, salt deleted; the sealed digest stays. */
    private void eraseAuditRecords(List<String> numbers, Map<String, String> replacements) {
        OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        List<Map<String, Object>> records = jdbc.queryForList("select id, actor, personal from audit_record "
                + "where complaint_no in " + in(numbers), numbers.toArray());
        for (Map<String, Object> record : records) {
            String personal = (String) record.get("personal");
            String erased = null;
            if (personal != null) {
                Map<String, Object> fields = AuditDigests.map(personal);
                if (CaseEvents.CUSTOMER.equals(record.get("actor")) && fields.get("detail") != null) {
                    fields.put("detail", ERASED);
                }
                erased = AuditDigests.json(scrub(fields, replacements));
            }
            jdbc.update("update audit_record set personal = ?, personal_salt = null, "
                    + "erased_at = coalesce(erased_at, ?) where id = ?", erased, now, record.get("id"));
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> scrub(Map<String, Object> fields, Map<String, String> replacements) {
        Map<String, Object> scrubbed = new LinkedHashMap<>();
        fields.forEach((key, value) -> scrubbed.put(key, value instanceof Map<?, ?> map
                ? scrub((Map<String, Object>) map, replacements)
                : value instanceof String text ? scrub(text, replacements) : value));
        return scrubbed;
    }

    private static String scrub(String text, Map<String, String> replacements) {
        String scrubbed = text;
        for (Map.Entry<String, String> value : replacements.entrySet()) {
            if (scrubbed.equals(value.getKey())) {
                return value.getValue();
            }
            if (quotable(value.getKey(), value.getValue())) {
                scrubbed = scrubbed.replace(value.getKey(), value.getValue());
            }
        }
        return scrubbed;
    }

    /** Whether a value is erased where it is quoted, not only where it is the whole value. */
    private static boolean quotable(String value, String replacement) {
        return value.length() >= (ERASED.equals(replacement) ? MIN_QUOTED : MIN_QUOTED_CONTACT);
    }

    private static String likeEscaped(String value) {
        return value.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }

    /** A table as the database names it; its columns quoted for statements (lower case key), text and bytes. */
    private record Table(String name, Map<String, String> columns, List<String> text, List<String> binary) {

        boolean has(String column) {
            return columns.containsKey(column);
        }

        String sql() {
            return quoted(name);
        }
    }

    /** Names exactly as the database keeps them: Flyway's quoted lower-case tables on H2 too. */
    private static String quoted(String name) {
        return '"' + name.replace("\"", "\"\"") + '"';
    }

    private static String column(Table table, String lowerCaseName) {
        return table.columns().get(lowerCaseName);
    }

    /** The tables of the desk's schema and their columns, as the database names them. */
    private Map<String, Table> tables() {
        return jdbc.execute((ConnectionCallback<Map<String, Table>>) connection -> read(connection));
    }

    private static Map<String, Table> read(Connection connection) throws SQLException {
        Map<String, Table> tables = new TreeMap<>();
        DatabaseMetaData meta = connection.getMetaData();
        try (ResultSet rs = meta.getColumns(connection.getCatalog(), connection.getSchema(), "%", "%")) {
            while (rs.next()) {
                String tableName = rs.getString("TABLE_NAME");
                Table table = tables.computeIfAbsent(tableName, name -> new Table(name, new LinkedHashMap<>(),
                        new ArrayList<>(), new ArrayList<>()));
                String column = rs.getString("COLUMN_NAME");
                int type = rs.getInt("DATA_TYPE");
                table.columns().put(column.toLowerCase(Locale.ROOT), quoted(column));
                if (TEXT_TYPES.contains(type)) {
                    table.text().add(quoted(column));
                } else if (BINARY_TYPES.contains(type)) {
                    table.binary().add(quoted(column));
                }
            }
        }
        return tables;
    }

    private static String in(Collection<?> values) {
        return values.stream().map(v -> "?").collect(Collectors.joining(", ", "(", ")"));
    }

    /** Statement parameters: the leading values, then the list's (for an {@code in} clause). */
    private static Object[] params(List<?> in, Object... leading) {
        List<Object> all = new ArrayList<>(List.of(leading));
        all.addAll(in);
        return all.toArray();
    }
}
