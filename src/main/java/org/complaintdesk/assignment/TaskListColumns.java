package org.complaintdesk.assignment;

import java.util.Arrays;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.complaintdesk.complaint.Category;
import org.complaintdesk.process.ComplaintHandling.Var;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tasklist shows a task's process variables as the filter's columns ({@link TasklistFilters#COLUMNS}), as they are:
 * codes would read {@code PARCEL_LOST_OR_DAMAGED} and {@code true}. When a task appears, in any model, this puts the
 * words next to the codes: {@code categoryLabel} ("Parcel lost or damaged") and {@code vipLabel} ("VIP" or "—").
 * They are display copies, made anew for every task, so a category changed by triage shows on the next task.
 */
@Component
class TaskListColumns {

    static final String CATEGORY = "categoryLabel";
    static final String VIP = "vipLabel";
    /** Set by the desk when the deadline is set or moves, in the desk's time zone. */
    static final String DEADLINE = "resolutionDueText";

    private static final Map<Category, String> CATEGORY_WORDS = Map.ofEntries(
            Map.entry(Category.PRODUCT_QUALITY, "Product quality"),
            Map.entry(Category.NOT_AS_DESCRIBED, "Not as described"),
            Map.entry(Category.COUNTERFEIT, "Counterfeit"),
            Map.entry(Category.DELIVERY_DELAY, "Delivery delay"),
            Map.entry(Category.PARCEL_LOST_OR_DAMAGED, "Parcel lost or damaged"),
            Map.entry(Category.WRONG_OR_MISSING_ITEM, "Wrong or missing item"),
            Map.entry(Category.PROMOTION_MISLEADING, "Misleading promotion"),
            Map.entry(Category.PRICE_DISPUTE, "Price dispute"),
            Map.entry(Category.SERVICE_ATTITUDE, "Service attitude"),
            Map.entry(Category.REFUND_RETURN, "Refund or return"),
            Map.entry(Category.PAYMENT, "Payment"),
            Map.entry(Category.OTHER, "Other"));

    @EventListener(condition = "#task.eventName == 'create'")
    public void onCreate(DelegateTask task) {
        if (task.getExecution() == null) {
            return; // a task created outside any process has no case
        }
        if (task.getVariable(Var.CATEGORY) instanceof String code) {
            task.getExecution().setVariable(CATEGORY, categoryWords(code));
        }
        if (task.getVariable("customerVip") instanceof Boolean vip) {
            task.getExecution().setVariable(VIP, vip ? "VIP" : "—");
        }
    }

    /** The category in words; a code the desk does not know shows as it is. */
    static String categoryWords(String code) {
        return Arrays.stream(Category.values()).filter(c -> c.name().equals(code)).findFirst()
                .map(CATEGORY_WORDS::get).orElse(code);
    }
}
