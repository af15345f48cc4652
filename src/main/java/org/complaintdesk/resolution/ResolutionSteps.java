package org.complaintdesk.resolution;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.complaintdesk.process.Steps;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The steps of remedy-execution and its adapter processes that only carry out one thing for the case. Steps
 * that read the process's variables are their own {@code *Delegate} classes.
 */
@Configuration(proxyBeanMethods = false)
class ResolutionSteps {

    /** "Order replacement from fulfilment" (reshipment-by-fulfilment-service). */
    @Bean
    JavaDelegate reshipByServiceDelegate(RemedyExecution remedies) {
        return Steps.onCase("Order replacement from fulfilment", remedies::reshipByService);
    }

    /** "Issue coupon through coupon service" (coupon-by-coupon-service). */
    @Bean
    JavaDelegate couponByServiceDelegate(RemedyExecution remedies) {
        return Steps.onCase("Issue coupon through coupon service", remedies::couponByService);
    }

    /** "Send apology" (remedy-execution). */
    @Bean
    JavaDelegate sendApologyDelegate(RemedyExecution remedies) {
        return Steps.onCase("Send apology", remedies::apologise);
    }

    /** "Record return not sent" (remedy-execution). */
    @Bean
    JavaDelegate returnNotShippedDelegate(RemedyExecution remedies) {
        return Steps.onCase("Record return not sent", remedies::returnNotShipped);
    }

    /** "Confirm remedy to customer" (remedy-execution). */
    @Bean
    JavaDelegate confirmRemedyDelegate(RemedyExecution remedies) {
        return Steps.onCase("Confirm remedy to customer", remedies::done);
    }
}
