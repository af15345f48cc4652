package org.complaintdesk.withdrawal;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.complaintdesk.process.Steps;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The steps of the event sub-process "Customer withdraws" (complaint-handling). */
@Configuration(proxyBeanMethods = false)
class WithdrawalSteps {

    @Bean
    JavaDelegate recordWithdrawalDelegate(Withdrawals withdrawals) {
        return Steps.onCase("Record withdrawal", withdrawals::record);
    }
}
