package org.complaintdesk.merchant;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.complaintdesk.process.Steps;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The steps of the merchant's side in complaint-handling that only carry out one thing for the case. */
@Configuration(proxyBeanMethods = false)
class MerchantSteps {

    /** "Note merchant's silence": the answer window passed; merchant-answer decides what silence means. */
    @Bean
    JavaDelegate noteMerchantSilenceDelegate(MerchantQuestions questions) {
        return Steps.settingFacts("Note merchant's silence", questions::silence);
    }

    /** "Grant the customer's demand": recorded like an agreement; remedy-execution carries it out. */
    @Bean
    JavaDelegate grantDemandDelegate(MerchantQuestions questions) {
        return Steps.settingFacts("Grant the customer's demand", questions::grant);
    }

    /** "Take up merchant's proposal": the proposal becomes the remedy "Send offer" offers. */
    @Bean
    JavaDelegate offerMerchantsProposalDelegate(MerchantQuestions questions) {
        return Steps.settingFacts("Take up merchant's proposal", questions::proposal);
    }
}
