package org.complaintdesk.negotiation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.complaintdesk.complaint.RemedyKind;
import org.complaintdesk.process.ComplaintHandling.Var;
import org.complaintdesk.system.InvalidRequestException.FieldViolation;
import org.complaintdesk.system.InvalidRequestException;

/**
 * A remedy an agent wants to offer, read from a task form (Tasklist submits untyped: numbers may arrive as
 * Long, Double or text). Checked completely: a bad proposal refuses the task completion with every problem.
 *
 * @param amount the refund or coupon amount; only for remedies that need one
 * @param reason why (required for REJECT; shown to the customer)
 */
public record RemedyProposal(RemedyKind remedy, BigDecimal amount, String reason) {

    public static RemedyProposal from(Object remedy, Object amount, Object reason, BigDecimal amountPaid) {
        List<FieldViolation> violations = new ArrayList<>();
        RemedyKind kind = null;
        try {
            kind = RemedyKind.valueOf(String.valueOf(remedy));
        } catch (IllegalArgumentException e) {
            violations.add(new FieldViolation(Var.REMEDY, "must be one of " + Arrays.toString(RemedyKind.values())));
        }
        BigDecimal value = null;
        if (kind != null && kind.needsAmount()) {
            value = number(amount);
            if (value == null) {
                violations.add(new FieldViolation(Var.REMEDY_AMOUNT, "an amount is required for " + kind));
            } else if (value.signum() <= 0) {
                violations.add(new FieldViolation(Var.REMEDY_AMOUNT, "must be more than 0"));
            } else if (amountPaid != null && value.compareTo(amountPaid) > 0) {
                violations.add(new FieldViolation(Var.REMEDY_AMOUNT, "must not exceed the amount paid, " + amountPaid));
            }
        }
        String text = reason == null ? null : reason.toString().strip();
        if (kind == RemedyKind.REJECT && (text == null || text.isEmpty())) {
            violations.add(new FieldViolation(Var.REMEDY_REASON, "a reason is required to reject the complaint"));
        }
        if (text != null && text.length() > 2000) {
            violations.add(new FieldViolation(Var.REMEDY_REASON, "must be at most 2000 characters"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations);
        }
        return new RemedyProposal(kind, value == null ? null : value.setScale(2, RoundingMode.HALF_UP),
                text == null || text.isEmpty() ? null : text);
    }

    private static BigDecimal number(Object value) {
        if (value == null || value.toString().isBlank()) {
            return null;
        }
        try {
            return value instanceof Number n ? new BigDecimal(n.toString()) : new BigDecimal(value.toString().strip());
        } catch (NumberFormatException e) {
            return BigDecimal.valueOf(-1); // reported as "must be more than 0"
        }
    }
}
