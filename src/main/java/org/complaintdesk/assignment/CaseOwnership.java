package org.complaintdesk.assignment;

import java.time.Clock;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.complaintdesk.complaint.CaseEvents;
import org.complaintdesk.complaint.CaseStep;
import org.complaintdesk.complaint.Complaint;
import org.complaintdesk.complaint.ComplaintRepository;
import org.complaintdesk.process.Actors;
import org.complaintdesk.process.CaseKey;
import org.complaintdesk.process.ComplaintHandling.Var;
import org.complaintdesk.process.ProcessFacts;
import org.complaintdesk.system.DeskGroups;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * First-contact ownership. The first agent who takes a desk task of a complaint (claims it, or is assigned
 * it) owns the complaint until it ends; every later task of the case that belongs to the owner's desk is
 * assigned to the owner directly. Tasks of other groups (triage, arbitrators, warehouse) neither make an
 * owner nor go to one. Listens to every task of every model, so a task a process owner adds in Modeler
 * follows the rule without code.
 */
@Component
class CaseOwnership {

    private static final Logger log = LoggerFactory.getLogger(CaseOwnership.class);

    private final ComplaintRepository complaints;
    private final CaseEvents events;
    private final Clock clock;

    CaseOwnership(ComplaintRepository complaints, CaseEvents events, Clock clock) {
        this.complaints = complaints;
        this.events = events;
        this.clock = clock;
    }

    @EventListener(condition = "#task.eventName == 'create'")
    @Transactional
    public void onCreate(DelegateTask task) {
        complaintOf(task).filter(c -> c.getOwnerId() != null && task.getAssignee() == null)
                .filter(c -> deskOf(task).filter(desk -> desk.equals(c.getOwnerDesk())).isPresent())
                .ifPresent(c -> task.setAssignee(c.getOwnerId()));
    }

    @EventListener(condition = "#task.eventName == 'assignment'")
    @Transactional
    public void onAssignment(DelegateTask task) {
        String agent = task.getAssignee();
        Optional<String> desk = deskOf(task);
        if (agent == null || desk.isEmpty()) {
            return;
        }
        complaintOf(task).filter(c -> c.taken(agent, desk.get(), clock.instant())).ifPresent(c -> {
            ProcessFacts.setChanged(task.getExecution(), ProcessFacts.variables(Var.OWNER, agent, Var.CASE_TAKEN, true,
                    Var.FIRST_RESPONSE_GIVEN, true));
            events.record(c, CaseStep.TAKEN, Actors.orSystem(task), agent + " owns the case for " + desk.get());
            log.info("{} took complaint {} for {} and owns it", agent, c.getComplaintNo(), desk.get());
        });
    }

    private Optional<Complaint> complaintOf(DelegateTask task) {
        return CaseKey.find(task).flatMap(complaints::findByComplaintNo);
    }

    /** The desk group among the task's candidate groups, if it is a desk task. */
    private static Optional<String> deskOf(DelegateTask task) {
        return task.getCandidates().stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                .map(IdentityLink::getGroupId)
                .filter(DeskGroups.DESKS::contains)
                .findFirst();
    }
}
