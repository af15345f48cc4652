package org.complaintdesk.audit;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.complaintdesk.system.InvalidRequestException.FieldViolation;

/** The dates of the auditor's requests ({@code from}, {@code to}): ISO days, each bad one named. */
final class DateParameters {

    private DateParameters() {
    }

    /** The day, or null when blank (a violation if {@code required}) or not a date (a violation). */
    static LocalDate parse(String field, String value, boolean required, List<FieldViolation> violations) {
        if (value == null || value.isBlank()) {
            if (required) {
                violations.add(new FieldViolation(field, "is required (a date such as 2026-11-01)"));
            }
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            violations.add(new FieldViolation(field, "must be a date such as 2026-11-01"));
            return null;
        }
    }
}
