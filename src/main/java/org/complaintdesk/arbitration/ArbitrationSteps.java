package org.complaintdesk.arbitration;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.complaintdesk.process.Steps;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The steps of evidence-and-arbitration that only carry out one thing for the case. */
@Configuration(proxyBeanMethods = false)
class ArbitrationSteps {

    /** "Make ruling final": no appeal in time, or the appeal was reviewed. */
    @Bean
    JavaDelegate finalizeRulingDelegate(Rulings rulings) {
        return Steps.settingFacts("Make ruling final", rulings::makeFinal);
    }
}
