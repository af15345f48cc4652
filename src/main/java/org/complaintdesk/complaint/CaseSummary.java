package org.complaintdesk.complaint;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;

/**
 * The few facts every task form shows at its top, copied into process variables because Tasklist forms
 * can only show variables. They are display copies: the complaint in our tables stays the truth.
 */
public final class CaseSummary {

    /** Camunda stores string variables up to 4,000 characters; the full text is in the complaint. */
    static final int DESCRIPTION_PREVIEW = 3_900;

    private static final DateTimeFormatter DEADLINE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    public static Map<String, Object> of(Complaint complaint, ZoneId zone) {
        Map<String, Object> vars = new HashMap<>();
        var customer = complaint.getCustomer();
        vars.put("customerName", customer.getName());
        vars.put("customerVip", customer.isVip());
        vars.put("customerLocale", customer.getLocale().tag());
        vars.put("channel", complaint.getChannel().name());
        vars.put("description", preview(complaint.getDescription()));
        vars.put("demands", String.join(", ", complaint.getDemands().stream().map(Enum::name).sorted().toList()));
        if (complaint.hasOrder()) {
            var order = complaint.getOrder();
            vars.put("orderNo", order.getOrderNo());
            vars.put("merchantId", order.getMerchantId());
            vars.put("productName", order.getProductName());
            vars.put("amountPaid", order.getAmountPaid() == null ? null : order.getAmountPaid().doubleValue());
            vars.put("currency", order.getCurrency());
        } else {
            vars.put("orderNo", "(no order given)");
        }
        vars.put("firstResponseDueText", deskTime(complaint.getFirstResponseDueAt(), zone));
        vars.put("resolutionDueText", deskTime(complaint.getResolutionDueAt(), zone));
        return vars;
    }

    /** A deadline as the task forms show it: {@code 2026-11-26 17:24 (Asia/Shanghai)}. */
    public static String deskTime(Instant time, ZoneId zone) {
        return time == null ? "\u2014" : DEADLINE.format(time.atZone(zone)) + " (" + zone.getId() + ")";
    }

    private static String preview(String description) {
        return description.length() <= DESCRIPTION_PREVIEW ? description
                : description.substring(0, DESCRIPTION_PREVIEW) + " … (full text in the complaint record)";
    }

    private CaseSummary() {
    }
}
