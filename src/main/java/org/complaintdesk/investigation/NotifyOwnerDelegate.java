package org.complaintdesk.investigation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.complaintdesk.process.CaseKey;
import org.springframework.stereotype.Component;

/** Service task "Notify case owner", in the event sub-process "Customer adds information". */
@Component("notifyOwnerDelegate")
class NotifyOwnerDelegate implements JavaDelegate {

    private final OwnerNotice notice;

    NotifyOwnerDelegate(OwnerNotice notice) {
        this.notice = notice;
    }

    @Override
    public void execute(DelegateExecution execution) {
        notice.tell(CaseKey.of(execution),
                ((Number) execution.getVariable(CaseInformation.NOTE_ID)).longValue(), execution.getProcessInstanceId());
    }
}
