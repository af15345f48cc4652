package org.complaintdesk.system;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.complaintdesk.process.ProcessFacts;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.stereotype.Component;

/**
 * What a task form shows of the case, in words: codes (category, channel, severity, desk, demands, remedy,
 * responsible party, ruling) as labels in the staff's language ({@code labels/form-labels*.properties},
 * {@code complaint-desk.notifications.staff-locale}), amounts with their currency, and "—" for what is not
 * known. Set as task-local variables named {@code <variable>Label} or {@code <variable>Text} when a task is created
 * and again when it is assigned, so a form's summary shows the case as it was when the task came up — never what
 * the agent is typing into the same form — and tasks created before this existed get labels when they are claimed.
 * On assignment only the labels whose value changed are set again: each value set is a row of history.
 *
 * <p>Forms show them in text views and disabled fields only: neither is ever submitted, so the task completion
 * guard never sees them. Listens to every task of every model, like the desk's other task rules.
 */
@Component
class FormLabels {

    /** A code variable, the family of its labels, and whether forms always show it (then "—" when it is absent). */
    private record Code(String variable, String family, boolean always, boolean list) {

        Code(String variable, String family, boolean always) {
            this(variable, family, always, false);
        }
    }

    private static final Code[] CODES = {
        new Code("category", "category", true),
        new Code("channel", "channel", true),
        new Code("severity", "severity", true),
        new Code("desk", "desk", true),
        new Code("demands", "demand", true, true),
        new Code("remedy", "remedy", false),
        new Code("suggestedRemedy", "remedy", false),
        new Code("responsibleParty", "party", false),
        new Code("ruling", "ruling", false),
        new Code("customerVip", "vip", true),
    };

    /** Amounts shown with the case's currency: {@code amountPaid} always, the others where the case has them. */
    private static final String AMOUNT_PAID = "amountPaid";
    private static final String[] AMOUNTS = {"remedyAmount", "refundAmount", "refundableLeft"};
    private static final String CURRENCY = "currency";
    private static final String MERCHANT_SHARE = "merchantShare";
    private static final String RATIONALE = "rationale";
    /** The ruling's rationale as written, for a disabled field beside the reviewer's own {@code rationale}. */
    static final String RULING_RATIONALE = "rulingRationale";

    private final ResourceBundleMessageSource labels = new ResourceBundleMessageSource();
    private final Locale locale;

    FormLabels(@Value("${complaint-desk.notifications.staff-locale:en}") Locale locale) {
        this.locale = locale;
        labels.setBasename("labels/form-labels");
        labels.setDefaultEncoding(StandardCharsets.UTF_8.name());
        labels.setFallbackToSystemLocale(false);
        labels.setDefaultLocale(Locale.ENGLISH);
    }

    @EventListener(condition = "#task.eventName == 'create' or #task.eventName == 'assignment'")
    public void label(DelegateTask task) {
        DelegateExecution execution = task.getExecution();
        if (execution != null) { // a standalone task shows no case
            ProcessFacts.setChangedLocal(task, of(execution::hasVariable, execution::getVariable));
        }
    }

    /** The label variables of a case that {@code has} these variables, with these values. */
    Map<String, Object> of(Predicate<String> has, Function<String, Object> value) {
        Map<String, Object> shown = new LinkedHashMap<>();
        for (Code code : CODES) {
            if (code.always() || has.test(code.variable())) {
                Object codes = has.test(code.variable()) ? value.apply(code.variable()) : null;
                shown.put(code.variable() + "Label", code.list() ? list(code.family(), codes) : label(code.family(), codes));
            }
        }
        Object currency = has.test(CURRENCY) ? value.apply(CURRENCY) : null;
        shown.put(AMOUNT_PAID + "Text", amount(has.test(AMOUNT_PAID) ? value.apply(AMOUNT_PAID) : null, currency));
        for (String name : AMOUNTS) {
            if (has.test(name)) {
                shown.put(name + "Text", amount(value.apply(name), currency));
            }
        }
        if (has.test(MERCHANT_SHARE)) {
            BigDecimal share = number(value.apply(MERCHANT_SHARE));
            shown.put(MERCHANT_SHARE + "Text", share == null ? empty()
                    : share.setScale(0, RoundingMode.HALF_UP).toPlainString() + " %");
        }
        if (has.test(RATIONALE)) { // the arbitrator's words, shown unchanged while a reviewer may write new ones
            Object rationale = value.apply(RATIONALE);
            shown.put(RULING_RATIONALE, rationale == null || rationale.toString().isBlank() ? empty() : rationale);
        }
        return shown;
    }

    /** The word for a code; the code itself when there is none (a code a process owner added), "—" for no code. */
    String label(String family, Object code) {
        if (code == null || code.toString().isBlank()) {
            return empty();
        }
        return labels.getMessage(family + "." + code.toString().strip(), null, code.toString().strip(), locale);
    }

    /** A comma-separated list of codes, each as its word. */
    private String list(String family, Object codes) {
        if (codes == null || codes.toString().isBlank()) {
            return empty();
        }
        return Arrays.stream(codes.toString().split(",")).map(String::strip).filter(c -> !c.isEmpty())
                .map(c -> label(family, c)).collect(Collectors.joining(labels.getMessage("list.separator", null, ", ",
                        locale)));
    }

    private String amount(Object value, Object currency) {
        BigDecimal amount = number(value);
        if (amount == null) {
            return empty();
        }
        String text = amount.setScale(2, RoundingMode.HALF_UP).toPlainString();
        return currency == null || currency.toString().isBlank() ? text : text + " " + currency;
    }

    private static BigDecimal number(Object value) {
        if (value instanceof Number n) {
            return new BigDecimal(n.toString());
        }
        try {
            return value == null || value.toString().isBlank() ? null : new BigDecimal(value.toString().strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private String empty() {
        return labels.getMessage("empty", null, "\u2014", locale);
    }
}
