package org.complaintdesk.arbitration;

import java.util.Optional;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.complaintdesk.complaint.Complaint;
import org.complaintdesk.complaint.ComplaintRepository;
import org.complaintdesk.negotiation.RemedyOfferRepository;
import org.complaintdesk.process.Actors;
import org.complaintdesk.process.CaseKey;
import org.complaintdesk.process.EvidenceAndArbitration;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Separation of duties in a dispute, enforced whenever the task is assigned (claim, assignment by a supervisor)
 * and when it is completed, however that happens (Tasklist, engine REST, claimed or not):
 * <ul>
 *   <li>the arbitrator is independent of the negotiation: neither the case owner nor anyone who made the customer
 *       an offer rules on the dispute;</li>
 *   <li>nobody reviews an appeal against their own ruling.</li>
 * </ul>
 * The facts come from the desk's tables (owner, offers, the arbitration record), never from process variables.
 * Independent of the models' task listeners, so a changed model cannot drop them.
 */
@Component
class ArbitrationDuties {

    private final ComplaintRepository complaints;
    private final RemedyOfferRepository offers;
    private final ArbitrationRepository arbitrations;

    ArbitrationDuties(ComplaintRepository complaints, RemedyOfferRepository offers, ArbitrationRepository arbitrations) {
        this.complaints = complaints;
        this.offers = offers;
        this.arbitrations = arbitrations;
    }

    @EventListener(condition = "#task.eventName == 'assignment' || #task.eventName == 'complete'")
    @Transactional(readOnly = true)
    public void check(DelegateTask task) {
        boolean ruling = EvidenceAndArbitration.Element.RULE_ON_DISPUTE.equals(task.getTaskDefinitionKey());
        if (!ruling && !EvidenceAndArbitration.Element.REVIEW_APPEAL.equals(task.getTaskDefinitionKey())) {
            return;
        }
        String user = "complete".equals(task.getEventName()) ? Actors.of(task) : task.getAssignee();
        if (user == null) {
            return; // unassigned again
        }
        Complaint complaint = complaints.getByComplaintNo(CaseKey.of(task));
        if (ruling) {
            if (user.equals(complaint.getOwnerId())
                    || offers.existsByComplaintIdAndOfferedBy(complaint.getId(), user)) {
                throw new AuthorizationException(user + " handled the negotiation of complaint "
                        + complaint.getComplaintNo() + " and may not rule on its dispute.");
            }
        } else {
            Optional<String> arbitrator = arbitrations.findById(complaint.getId()).map(Arbitration::getArbitrator);
            if (arbitrator.filter(user::equals).isPresent()) {
                throw new AuthorizationException("The appeal must be reviewed by someone who did not rule: " + user
                        + " made the ruling on complaint " + complaint.getComplaintNo() + ".");
            }
        }
    }
}
