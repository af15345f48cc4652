package org.complaintdesk.followup;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.complaintdesk.process.Steps;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The follow-up steps of complaint-handling that only carry out one thing for the case. */
@Configuration(proxyBeanMethods = false)
class FollowUpSteps {

    /** "Reopen case": not solved, back to the owner once. */
    @Bean
    JavaDelegate reopenCaseDelegate(FollowUp followUp) {
        return Steps.settingFacts("Reopen case", followUp::reopen);
    }

    /** "Close case": solved, or decided by a final ruling. */
    @Bean
    JavaDelegate closeCaseDelegate(FollowUp followUp) {
        return Steps.onCase("Close case", followUp::close);
    }
}
