package org.complaintdesk.intake;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import org.complaintdesk.complaint.Channel;
import org.complaintdesk.system.InvalidRequestException.FieldViolation;
import org.complaintdesk.system.InvalidRequestException;
import org.springframework.stereotype.Component;

/**
 * Checks an intake request completely before anything is stored, whichever channel it came through,
 * and reports every bad field at once.
 */
@Component
class IntakeValidation {

    /** Clocks of channels drift a little; beyond this, a time in the future is a mistake. */
    private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    private final Validator validator;
    private final Clock clock;

    IntakeValidation(Validator validator, Clock clock) {
        this.validator = validator;
        this.clock = clock;
    }

    void check(IntakeRequest request) {
        List<FieldViolation> violations = new ArrayList<>();
        for (ConstraintViolation<IntakeRequest> v : validator.validate(request)) {
            violations.add(new FieldViolation(path(v), v.getMessage()));
        }
        Channel channel = request.channel() == null ? null
                : java.util.Arrays.stream(Channel.values()).filter(c -> c.name().equals(request.channel()))
                .findFirst().orElse(null);
        var order = request.order();
        if (channel != null && channel.requiresOrder()) {
            if (order == null) {
                violations.add(new FieldViolation("order", "must not be null for channel " + channel));
            } else {
                // structured channels know the whole order; free-text ones may know only its number
                required(order.merchantId(), "order.merchantId", violations);
                required(order.amountPaid(), "order.amountPaid", violations);
                required(order.currency(), "order.currency", violations);
            }
        }
        if (order != null && order.amountPaid() != null && order.currency() == null && !violations.stream()
                .anyMatch(v -> v.field().equals("order.currency"))) {
            violations.add(new FieldViolation("order.currency", "must not be null when amountPaid is given"));
        }
        var customer = request.customer();
        if (customer != null && isBlank(customer.email()) && isBlank(customer.phone())) {
            violations.add(new FieldViolation("customer.email", "an email or a phone number is required"));
        }
        if (request.demands() != null && new HashSet<>(request.demands()).size() < request.demands().size()) {
            violations.add(new FieldViolation("demands", "must not repeat a demand"));
        }
        notInFuture(request.occurredAt(), "occurredAt", violations);
        if (request.order() != null) {
            notInFuture(request.order().paidAt(), "order.paidAt", violations);
        }
        if (!violations.isEmpty()) {
            violations.sort(Comparator.comparing(FieldViolation::field).thenComparing(FieldViolation::message));
            throw new InvalidRequestException(violations);
        }
    }

    private void notInFuture(OffsetDateTime time, String field, List<FieldViolation> violations) {
        if (time != null && time.toInstant().isAfter(clock.instant().plus(CLOCK_SKEW))) {
            violations.add(new FieldViolation(field, "must not be in the future"));
        }
    }

    private static void required(Object value, String field, List<FieldViolation> violations) {
        if (value == null || value instanceof String text && text.isBlank()) {
            violations.add(new FieldViolation(field, "must not be blank"));
        }
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    /** {@code demands[1].<list element>} → {@code demands[1]}. */
    private static String path(ConstraintViolation<?> violation) {
        return violation.getPropertyPath().toString().replace(".<list element>", "");
    }
}
