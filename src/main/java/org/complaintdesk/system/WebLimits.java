package org.complaintdesk.system;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.catalina.core.StandardHost;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.util.unit.DataSize;

/** Bounds on what a request may bring, and a problem+json answer for a request refused before our code. */
@Configuration
@ConditionalOnWebApplication
class WebLimits {

    @Bean
    FilterRegistrationBean<RequestBodyLimit> apiBodyLimit(@Value("${complaint-desk.limits.api-body}") DataSize limit,
                                                          ObjectMapper objectMapper) {
        return limit("complaint-desk-api-body-limit", new RequestBodyLimit(limit, true, objectMapper), "/api/*");
    }

    @Bean
    FilterRegistrationBean<RequestBodyLimit> engineRestBodyLimit(
            @Value("${complaint-desk.limits.engine-rest-body}") DataSize limit, ObjectMapper objectMapper) {
        return limit("complaint-desk-engine-rest-body-limit", new RequestBodyLimit(limit, false, objectMapper),
                "/engine-rest/*");
    }

    private static FilterRegistrationBean<RequestBodyLimit> limit(String name, RequestBodyLimit filter, String path) {
        FilterRegistrationBean<RequestBodyLimit> registration = new FilterRegistrationBean<>(filter);
        registration.setName(name);
        registration.addUrlPatterns(path);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10); // before anything reads the body
        return registration;
    }

    /** Tomcat answers requests it refuses itself (before the desk sees them) with problem+json as well. */
    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemErrorReports() {
        return factory -> factory.addContextCustomizers(context -> {
            if (context.getParent() instanceof StandardHost host) {
                host.setErrorReportValveClass(ProblemErrorReportValve.class.getName());
            }
        });
    }

    /** A request the firewall refuses (an encoded NUL or a "../" in the path, say) is a 400 problem too. */
    @Bean
    RequestRejectedHandler problemForRejectedRequests(ObjectMapper objectMapper) {
        return (request, response, rejected) -> {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            objectMapper.writeValue(response.getOutputStream(), Problems.of(HttpStatus.BAD_REQUEST,
                    "request-rejected", "Request rejected", "The request's URL or headers are not allowed."));
        };
    }
}
