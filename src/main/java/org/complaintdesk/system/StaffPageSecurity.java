package org.complaintdesk.system;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;

/**
 * The security of staff pages in the webapps' login ({@link WebappSessionAuthentication}), for the desk pages and for
 * pages that run scripts of their own (the auditor's page draws BPMN diagrams; a dashboard draws charts): one chain
 * per set of paths and the groups allowed there, so that a new scripted page is one bean in
 * {@link SecurityConfiguration}.
 */
final class StaffPageSecurity {

    /**
     * Scripts and styles from the desk itself only (no inline script, no CDN), data read from the desk only; images
     * may be data: URLs, as diagram libraries draw their icons so.
     */
    static final String SCRIPTED_CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; connect-src 'self'; font-src 'self'; form-action 'self'; frame-ancestors 'none'; "
            + "base-uri 'none'";

    /** A browser without a webapp login goes to the login page of {@code app} (tasklist, cockpit); anything else is 401. */
    static AuthenticationEntryPoint toWebappLogin(String webapp, String app) {
        return (request, response, e) -> {
            if (HttpMethod.GET.matches(request.getMethod())) {
                response.sendRedirect(request.getContextPath() + webapp + "/app/" + app + "/default/");
            } else {
                response.sendError(HttpStatus.UNAUTHORIZED.value());
            }
        };
    }

    /**
     * Pages under {@code paths} for members of {@code groups}, who log in through the webapp {@code loginApp} (the
     * one their groups may open); the static files under
     * {@code publicFiles} (scripts, styles: no data) need no login. Someone logged in outside the groups gets a page
     * saying so (403).
     */
    static SecurityFilterChain scriptedPages(HttpSecurity http, String webapp, String loginApp, List<String> groups,
                                             List<String> publicFiles, String... paths) throws Exception {
        AccessDeniedHandler refused = (request, response, e) -> {
            var page = DeskPages.page(HttpStatus.FORBIDDEN, "Not for your role",
                    "<p class=\"refused\">This page is for " + DeskPages.text(String.join(", ", groups))
                            + " only.</p>");
            response.setStatus(page.getStatusCode().value());
            response.setContentType("text/html;charset=UTF-8");
            response.getOutputStream().write(page.getBody().getBytes(StandardCharsets.UTF_8));
        };
        return http
                .securityMatcher(paths)
                .addFilterBefore(new WebappSessionAuthentication(DeskPages.ENGINE), AnonymousAuthenticationFilter.class)
                // the session is the webapps' (see SecurityConfiguration.deskPages)
                .securityContext(context -> context.securityContextRepository(
                        new RequestAttributeSecurityContextRepository()))
                .sessionManagement(session -> session.disable())
                .requestCache(cache -> cache.disable())
                .csrf(Customizer.withDefaults())
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(SCRIPTED_CONTENT_SECURITY_POLICY))
                        .frameOptions(frame -> frame.deny()))
                .exceptionHandling(ex -> ex.authenticationEntryPoint(toWebappLogin(webapp, loginApp)).accessDeniedHandler(refused))
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(HttpMethod.GET, publicFiles.toArray(String[]::new)).permitAll()
                        .anyRequest().hasAnyAuthority(groups.toArray(String[]::new)))
                .build();
    }

    private StaffPageSecurity() {
    }
}
