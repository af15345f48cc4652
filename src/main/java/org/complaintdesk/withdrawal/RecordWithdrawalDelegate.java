package org.complaintdesk.withdrawal;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.complaintdesk.process.CaseKey;
import org.springframework.stereotype.Component;

/** Service task "Record withdrawal", in the event sub-process "Customer withdraws". */
@Component("recordWithdrawalDelegate")
class RecordWithdrawalDelegate implements JavaDelegate {

    private final Withdrawals withdrawals;

    RecordWithdrawalDelegate(Withdrawals withdrawals) {
        this.withdrawals = withdrawals;
    }

    @Override
    public void execute(DelegateExecution execution) {
        withdrawals.record(CaseKey.of(execution));
    }
}
