package org.complaintdesk.intake;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.complaintdesk.process.Steps;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The first step of every case. */
@Configuration(proxyBeanMethods = false)
class IntakeSteps {

    /** "Register complaint": the facts the decisions and forms need become process variables. */
    @Bean
    JavaDelegate registerComplaintDelegate(ComplaintRegistration registration) {
        return Steps.settingFacts("Register complaint", registration::register);
    }
}
