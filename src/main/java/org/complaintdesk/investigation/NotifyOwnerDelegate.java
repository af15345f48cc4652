package org.complaintdesk.investigation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.complaintdesk.process.CaseKey;
import org.complaintdesk.process.Variable;
import org.springframework.stereotype.Component;

/** Service task "Notify case owner", in the event sub-process "Customer adds information". */
@Component("notifyOwnerDelegate")
class NotifyOwnerDelegate implements JavaDelegate {

    private static final Variable<Long> NOTE_ID = Variable.number(CaseInformation.NOTE_ID);

    private final OwnerNotice notice;

    NotifyOwnerDelegate(OwnerNotice notice) {
        this.notice = notice;
    }

    @Override
    public void execute(DelegateExecution execution) {
        notice.tell(CaseKey.of(execution), NOTE_ID.get(execution), execution.getProcessInstanceId());
    }
}
