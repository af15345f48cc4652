package org.complaintdesk.archive;

import jakarta.persistence.criteria.Predicate;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.complaintdesk.complaint.Category;
import org.complaintdesk.complaint.Outcome;
import org.complaintdesk.system.CaseAccess;
import org.complaintdesk.system.EnumValues;
import org.complaintdesk.system.InvalidRequestException.FieldViolation;
import org.complaintdesk.system.InvalidRequestException;
import org.complaintdesk.system.PlainText;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.core.Authentication;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/cases}: the case library for staff, newest first, each reader the cases they may read
 * ({@link CaseAccess}: supervisors and auditors all of them, a desk the cases it worked). Filters: {@code category},
 * {@code merchant}, {@code courier}, {@code outcome}, {@code from}/{@code to} (closing dates, inclusive,
 * in the desk's time zone), {@code q} (free text in complaint number, product and description);
 * {@code page} (from 0) and {@code size} (1–100).
 */
@RestController
class CaseSearchController {

    private final CaseRecordRepository records;
    private final CaseAccess caseAccess;
    private final ZoneId zone;

    CaseSearchController(CaseRecordRepository records, CaseAccess caseAccess,
                         @Value("${complaint-desk.time-zone}") ZoneId zone) {
        this.records = records;
        this.caseAccess = caseAccess;
        this.zone = zone;
    }

    record CasePage(List<CaseRecord> content, int page, int size, long totalElements, int totalPages) {
    }

    @GetMapping("/api/cases")
    @Transactional(readOnly = true)
    CasePage search(@RequestParam(required = false) String category, @RequestParam(required = false) String merchant,
                    @RequestParam(required = false) String courier, @RequestParam(required = false) String outcome,
                    @RequestParam(required = false) String from, @RequestParam(required = false) String to,
                    @RequestParam(required = false) String q,
                    @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size,
                    Authentication caller) {
        CaseAccess.Reader reader = CaseAccess.Reader.of(caller);
        List<FieldViolation> violations = new ArrayList<>();
        Category cat = EnumValues.parse(Category.class, category, "category", false, violations);
        Outcome out = EnumValues.parse(Outcome.class, outcome, "outcome", false, violations);
        Instant since = date(from, "from", violations, 0);
        Instant until = date(to, "to", violations, 1);
        if (page < 0) {
            violations.add(new FieldViolation("page", "must be 0 or more"));
        }
        if (size < 1 || size > 100) {
            violations.add(new FieldViolation("size", "must be from 1 to 100"));
        }
        if (q != null && q.length() > 200) {
            violations.add(new FieldViolation("q", "must be at most 200 characters"));
        }
        plainText("q", q, violations);
        plainText("merchant", merchant, violations);
        plainText("courier", courier, violations);
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations);
        }
        Specification<CaseRecord> spec = (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            where.add(caseAccess.readableBy(reader, root.get("complaintId"), query, cb));
            if (cat != null) {
                where.add(cb.equal(root.get("category"), cat));
            }
            if (out != null) {
                where.add(cb.equal(root.get("outcome"), out));
            }
            if (merchant != null && !merchant.isBlank()) {
                where.add(cb.or(cb.equal(root.get("merchantId"), merchant.strip()),
                        cb.equal(cb.lower(root.get("merchantName")), merchant.strip().toLowerCase(Locale.ROOT))));
            }
            if (courier != null && !courier.isBlank()) {
                where.add(cb.equal(cb.lower(root.get("courier")), courier.strip().toLowerCase(Locale.ROOT)));
            }
            if (since != null) {
                where.add(cb.greaterThanOrEqualTo(root.get("closedAt"), since));
            }
            if (until != null) {
                where.add(cb.lessThan(root.get("closedAt"), until));
            }
            if (q != null && !q.isBlank()) {
                String like = "%" + q.strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
                        .replace("_", "\\_") + "%";
                where.add(cb.or(cb.like(cb.lower(root.get("description")), like, '\\'),
                        cb.like(cb.lower(root.get("productName")), like, '\\'),
                        cb.like(cb.lower(root.get("complaintNo")), like, '\\')));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
        Page<CaseRecord> result = records.findAll(spec,
                PageRequest.of(page, size, Sort.by(Sort.Direction.DESC, "closedAt", "complaintId")));
        return new CasePage(result.getContent(), page, size, result.getTotalElements(), result.getTotalPages());
    }

    private static void plainText(String field, String value, List<FieldViolation> violations) {
        try {
            PlainText.check(field, value);
        } catch (InvalidRequestException e) {
            violations.addAll(e.violations());
        }
    }

    private Instant date(String value, String field, List<FieldViolation> violations, int plusDays) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip()).plusDays(plusDays).atStartOfDay(zone).toInstant();
        } catch (java.time.format.DateTimeParseException e) {
            violations.add(new FieldViolation(field, "must be a date like 2026-11-25"));
            return null;
        }
    }
}
