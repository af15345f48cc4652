package org.complaintdesk.resolution;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.complaintdesk.process.Actors;
import org.complaintdesk.process.ComplaintHandling.Var;
import org.complaintdesk.process.RemedyExecution.Element;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Separation of duties on money: nobody pays by hand ("Issue refund") a refund that their own step set in motion
 * — deciding its amount, passing the inspection, reviewing the appeal that changed the ruling. Checked on
 * assignment and on completion, however the task is worked; the refund's requester comes from the ledger.
 */
@Component
class RefundDuties {

    private final RefundRepository refunds;

    RefundDuties(RefundRepository refunds) {
        this.refunds = refunds;
    }

    @EventListener(condition = "#task.eventName == 'assignment' || #task.eventName == 'complete'")
    @Transactional(readOnly = true)
    public void check(DelegateTask task) {
        if (!Element.ISSUE_REFUND.equals(task.getTaskDefinitionKey())) {
            return;
        }
        String user = "complete".equals(task.getEventName()) ? Actors.of(task) : task.getAssignee();
        Object refundId = task.getVariable(Var.REFUND_ID);
        if (user == null || refundId == null) {
            return;
        }
        refunds.findByRefundId(refundId.toString()).filter(refund -> user.equals(refund.getRequestedBy()))
                .ifPresent(refund -> {
                    throw new AuthorizationException(user + " set refund " + refund.getRefundId()
                            + " in motion and may not pay it by hand: another member of finance pays it.");
                });
    }
}
