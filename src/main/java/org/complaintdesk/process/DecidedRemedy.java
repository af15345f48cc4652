package org.complaintdesk.process;

import java.math.BigDecimal;
import java.util.Map;
import org.complaintdesk.process.ComplaintHandling.Var;

/**
 * The remedy remedy-execution carries out: agreed with the customer ("Record agreement") or ruled by the
 * platform ("Make ruling final").
 *
 * @param remedy       a {@code RemedyKind} name
 * @param amount       the amount for refunds and coupons, else null
 * @param finalRuling  whether the platform decided it, so that a follow-up closes the case whatever the answer
 */
public record DecidedRemedy(String remedy, BigDecimal amount, boolean finalRuling) implements ProcessFacts {

    public static DecidedRemedy agreed(Enum<?> remedy, BigDecimal amount) {
        return new DecidedRemedy(remedy.name(), amount, false);
    }

    public static DecidedRemedy ruled(Enum<?> remedy, BigDecimal amount) {
        return new DecidedRemedy(remedy.name(), amount, true);
    }

    @Override
    public Map<String, Object> variables() {
        return ProcessFacts.variables(Var.REMEDY, remedy, Var.REMEDY_AMOUNT, amount == null ? null : amount.doubleValue(),
                Var.RULING_FINAL, finalRuling);
    }
}
