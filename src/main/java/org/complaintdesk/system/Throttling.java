package org.complaintdesk.system;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.util.Set;
import org.complaintdesk.complaint.CustomerTokens;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Puts the throttles in front of Spring Security, Camunda's engine REST filter and the webapps, so a
 * throttled request is answered before any credential is checked. The source is the request's remote
 * address: behind a reverse proxy, set {@code server.forward-headers-strategy=native} (and the proxy's
 * address in {@code server.tomcat.remoteip.internal-proxies} if it is not a private one), or every client
 * shares the proxy's address.
 */
@Configuration
@ConditionalOnWebApplication
class Throttling {

    private static final int BEFORE_SECURITY = SecurityProperties.DEFAULT_FILTER_ORDER - 10;

    @Bean
    FilterRegistrationBean<LoginThrottle> loginThrottle(ThrottleProperties properties, ServiceClients clients,
            ObjectMapper json, Clock clock,
            @Value("${camunda.bpm.webapp.application-path:/camunda}") String webapp) {
        FailureBackoff perSource = new FailureBackoff(properties.loginsPerSource(), properties.forgetAfter(),
                properties.maxTracked(), clock);
        String webappLogin = webapp + "/api/admin/auth/user/";
        FilterRegistrationBean<LoginThrottle> registration = new FilterRegistrationBean<>(new LoginThrottle(
                perSource, Set.copyOf(properties.exemptSources()), clients, webappLogin, json));
        registration.setName("desk-login-throttle");
        registration.addUrlPatterns("/api/*", "/actuator/*", "/engine-rest/*", webappLogin + "*", MerchantLogin.LOGIN);
        registration.setOrder(BEFORE_SECURITY);
        return registration;
    }

    @Bean
    FilterRegistrationBean<CustomerTokenThrottle> customerTokenThrottle(ThrottleProperties properties,
            CustomerTokens tokens, ObjectMapper json, Clock clock) {
        FailureBackoff perSource = new FailureBackoff(properties.tokensPerSource(), properties.forgetAfter(),
                properties.maxTracked(), clock);
        FailureBackoff perComplaint = new FailureBackoff(properties.tokensPerComplaint(), properties.forgetAfter(),
                properties.maxTracked(), clock);
        FilterRegistrationBean<CustomerTokenThrottle> registration = new FilterRegistrationBean<>(
                new CustomerTokenThrottle(tokens, perSource, perComplaint, Set.copyOf(properties.exemptSources()), json));
        registration.setName("desk-customer-token-throttle");
        registration.addUrlPatterns("/api/complaints/*");
        registration.setOrder(BEFORE_SECURITY + 1);
        return registration;
    }
}
