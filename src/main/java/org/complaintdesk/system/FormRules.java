package org.complaintdesk.system;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The rules between fields of a task form, checked when the task is completed — the same rules the forms
 * check while the agent types (a field that shows with {@code conditional.hide} and is {@code required}, a select
 * whose options follow another field). Tasklist shows what a completion breaks; engine REST answers 400 with it.
 *
 * <p>Rules look only at what the completion submits: a field the form shows for a choice is submitted with that
 * choice, so a reason typed into an earlier task never stands in for the one this decision needs. What one field
 * alone must hold (a known code, an amount within what was paid) is the steps' business, checked after these.
 */
final class FormRules {

    /** Remedies that fit each ruling: the seller's side gives nothing to pay, a split gives the buyer a part. */
    static final Map<String, List<String>> REMEDIES_BY_RULING = Map.of(
            "BUYER_FAVOUR", List.of("REFUND_FULL", "REFUND_PARTIAL", "RETURN_AND_REFUND", "EXCHANGE",
                    "COMPENSATION_COUPON", "APOLOGY"),
            "SELLER_FAVOUR", List.of("REJECT", "APOLOGY"),
            "SPLIT", List.of("REFUND_PARTIAL", "COMPENSATION_COUPON"));

    private static final Set<String> REMEDIES_WITH_AMOUNT = Set.of("REFUND_PARTIAL", "COMPENSATION_COUPON");

    /** A rule: when the submitted values break it, the agent reads the message. */
    private record Rule(Predicate<Values> broken, String message) {
    }

    private static final Rule REASON_WHEN_REJECTING = new Rule(
            v -> v.is("remedy", "REJECT") && v.blank("remedyReason"),
            "rejecting the complaint needs a reason for the customer (remedyReason)");
    private static final Rule AMOUNT_FOR_REMEDY = new Rule(
            v -> REMEDIES_WITH_AMOUNT.contains(v.text("remedy")) && !v.positive("remedyAmount"),
            "a partial refund or a coupon needs an amount of more than 0 (remedyAmount)");
    private static final Rule REMEDY_FITS_RULING = new Rule(
            v -> REMEDIES_BY_RULING.containsKey(v.text("ruling")) && !v.blank("remedy")
                    && !REMEDIES_BY_RULING.get(v.text("ruling")).contains(v.text("remedy")),
            "the remedy must fit the ruling (remedy): for the buyer any remedy but a rejection; for the seller a "
                    + "rejection or an apology; a split a partial refund or a coupon");
    private static final Rule SHARE_OF_A_SPLIT = new Rule(
            v -> v.is("ruling", "SPLIT") && !v.between("merchantShare", 1, 99),
            "a split ruling needs the merchant's share between 1 and 99 % (merchantShare)");

    /** Rules by form id (a form keeps its rules whichever task shows it). */
    private static final Map<String, List<Rule>> RULES = Map.of(
            "investigate-complaint", List.of(
                    new Rule(v -> v.is("investigationOutcome", "REQUEST_INFORMATION") && v.blank("informationRequest"),
                            "asking the customer needs the question (informationRequest)"),
                    onlyWhen("investigationOutcome", "OFFER_REMEDY", REASON_WHEN_REJECTING),
                    onlyWhen("investigationOutcome", "OFFER_REMEDY", AMOUNT_FOR_REMEDY)),
            "revise-offer", List.of(REASON_WHEN_REJECTING, AMOUNT_FOR_REMEDY),
            "decide-refund", List.of(
                    new Rule(v -> v.is("refundDecision", "NO_REFUND") && v.blank("remedyReason"),
                            "no refund needs a reason for the customer (remedyReason)"),
                    new Rule(v -> v.is("refundDecision", "REFUND") && !v.positive("refundAmount"),
                            "a refund needs an amount of more than 0 (refundAmount)")),
            "inspect-return", List.of(
                    new Rule(v -> v.is("inspectionResult", "FAIL") && v.blank("inspectionNotes"),
                            "a failed inspection needs notes saying what is wrong with the goods (inspectionNotes)")),
            "rule-on-dispute", List.of(REMEDY_FITS_RULING, SHARE_OF_A_SPLIT, AMOUNT_FOR_REMEDY),
            "review-appeal", List.of(
                    new Rule(v -> !v.blank("appealDecision") && v.blank("reviewRationale"),
                            "upholding or changing a ruling needs the reason why (reviewRationale)"),
                    onlyWhen("appealDecision", "CHANGE", REMEDY_FITS_RULING),
                    onlyWhen("appealDecision", "CHANGE", SHARE_OF_A_SPLIT),
                    onlyWhen("appealDecision", "CHANGE", AMOUNT_FOR_REMEDY)));

    /** What the submitted values of a form break, as sentences; empty when nothing. */
    static List<String> check(String formId, Map<String, Object> submitted) {
        List<String> broken = new ArrayList<>();
        Values values = new Values(submitted);
        for (Rule rule : RULES.getOrDefault(formId, List.of())) {
            if (rule.broken().test(values)) {
                broken.add(rule.message());
            }
        }
        return broken;
    }

    private static Rule onlyWhen(String field, String value, Rule rule) {
        return new Rule(v -> v.is(field, value) && rule.broken().test(v), rule.message());
    }

    /** The submitted values, read as a form submits them: text, or numbers as numbers or text. */
    private record Values(Map<String, Object> submitted) {

        String text(String name) {
            Object value = submitted.get(name);
            return value == null ? "" : value.toString().strip();
        }

        boolean blank(String name) {
            return text(name).isEmpty();
        }

        boolean is(String name, String value) {
            return value.equals(text(name));
        }

        Double number(String name) {
            Object value = submitted.get(name);
            if (value instanceof Number number) {
                return number.doubleValue();
            }
            try {
                return blank(name) ? null : Double.valueOf(text(name));
            } catch (NumberFormatException e) {
                return null;
            }
        }

        boolean positive(String name) {
            Double number = number(name);
            return number != null && number > 0;
        }

        boolean between(String name, double min, double max) {
            Double number = number(name);
            return number != null && number >= min && number <= max;
        }
    }

    private FormRules() {
    }
}
