package org.complaintdesk.operations;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI description of {@code /api} ({@code /v3/api-docs}, Swagger UI at {@code /swagger-ui.html}, staff only),
 * generated from the controllers themselves so that it cannot drift from them. It names the two ways in: HTTP Basic
 * for staff, merchants and service clients, and the customer's token header for the customer's own complaint.
 */
@Configuration
class ApiDescription {

    static final String BASIC = "basic";
    static final String CUSTOMER_TOKEN = "customerToken";

    @Bean
    OpenAPI complaintDeskApi() {
        return new OpenAPI()
                .info(new Info().title("Complaint Desk API").version("1")
                        .description("Channels file complaints; customers answer offers, add information and evidence, "
                                + "appeal and answer the survey with their token; merchants answer and upload evidence; "
                                + "staff search cases and read case files and audit trails; administrators manage service "
                                + "clients and the merchant directory. Errors are application/problem+json."))
                .components(new Components()
                        .addSecuritySchemes(BASIC, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
                                .description("Staff and merchant users, and service clients (channels, payment "
                                        + "service, metrics scraper) with their secret"))
                        .addSecuritySchemes(CUSTOMER_TOKEN, new SecurityScheme().type(SecurityScheme.Type.APIKEY)
                                .in(SecurityScheme.In.HEADER).name("X-Customer-Token")
                                .description("The token the customer received with their complaint")))
                .addSecurityItem(new SecurityRequirement().addList(BASIC))
                .addSecurityItem(new SecurityRequirement().addList(CUSTOMER_TOKEN));
    }
}
