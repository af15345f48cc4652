package org.complaintdesk.negotiation;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.complaintdesk.process.Steps;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The negotiation steps of complaint-handling that only carry out one thing for the case. */
@Configuration(proxyBeanMethods = false)
class NegotiationSteps {

    /** "Record agreement": the accepted remedy becomes what remedy-execution carries out. */
    @Bean
    JavaDelegate recordAgreementDelegate(Negotiation negotiation) {
        return Steps.settingFacts("Record agreement", negotiation::agreed);
    }

    /** "Hand over to platform": the last offer was rejected. */
    @Bean
    JavaDelegate handOverToPlatformDelegate(Negotiation negotiation) {
        return Steps.onCase("Hand over to platform", negotiation::handOverToPlatform);
    }
}
