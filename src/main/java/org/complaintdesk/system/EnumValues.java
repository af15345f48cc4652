package org.complaintdesk.system;

import java.util.Arrays;
import java.util.List;
import org.complaintdesk.system.InvalidRequestException.FieldViolation;

/** Reads an enumeration value from outside (a form, a query parameter), collecting a violation when it is none. */
public final class EnumValues {

    /**
     * @param required whether a missing value is a violation; when not, it reads as null
     * @return the constant, or null when missing or invalid (then a violation was added)
     */
    public static <E extends Enum<E>> E parse(Class<E> type, Object value, String field, boolean required,
                                              List<FieldViolation> violations) {
        if (value == null || value.toString().isBlank()) {
            if (required) {
                violations.add(new FieldViolation(field, "is required: one of " + Arrays.toString(type.getEnumConstants())));
            }
            return null;
        }
        try {
            return Enum.valueOf(type, value.toString().strip());
        } catch (IllegalArgumentException e) {
            violations.add(new FieldViolation(field, "must be one of " + Arrays.toString(type.getEnumConstants())));
            return null;
        }
    }

    private EnumValues() {
    }
}
