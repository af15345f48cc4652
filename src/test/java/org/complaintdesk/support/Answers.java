package org.complaintdesk.support;

import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.complaintdesk.process.ComplaintHandling;
import org.complaintdesk.process.EvidenceAndArbitration;

/**
 * A customer's or merchant's answer through the API only records it and hands it to the process: the process
 * continues in a job of its own (asynchronous continuation after the message). Tests run with the job executor
 * off, so they continue the case themselves, as the job executor would a moment later.
 */
public final class Answers {

    /** The activities after whose message the process continues in a job. */
    public static final List<String> CONTINUED_AFTER = List.of(
            ComplaintHandling.Element.AWAIT_OFFER_RESPONSE, ComplaintHandling.Element.AWAIT_CUSTOMER_REPLY,
            ComplaintHandling.Element.AWAIT_SURVEY, ComplaintHandling.Element.INFORMATION_ADDED,
            ComplaintHandling.Element.AWAIT_MERCHANT_ANSWER,
            EvidenceAndArbitration.Element.AWAIT_EVIDENCE, EvidenceAndArbitration.Element.AWAIT_APPEAL);

    /** Runs the pending continuations of the complaint's process instances; @return how many ran. */
    public static int continueCase(ProcessEngine engine, String complaintNo) {
        ManagementService management = engine.getManagementService();
        int ran = 0;
        for (Job job = next(engine, complaintNo); job != null; job = next(engine, complaintNo)) {
            management.executeJob(job.getId());
            ran++;
        }
        return ran;
    }

    /** The pending continuation of the complaint's instances after an answer, or null. */
    public static Job next(ProcessEngine engine, String complaintNo) {
        for (ProcessInstance instance : engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceBusinessKey(complaintNo).list()) {
            for (String activity : CONTINUED_AFTER) {
                List<Job> jobs = engine.getManagementService().createJobQuery().processInstanceId(instance.getId())
                        .activityId(activity).messages().withRetriesLeft().list();
                if (!jobs.isEmpty()) {
                    return jobs.get(0);
                }
            }
        }
        return null;
    }

    private Answers() {
    }
}
