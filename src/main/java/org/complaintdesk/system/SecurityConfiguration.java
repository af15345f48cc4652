package org.complaintdesk.system;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AndRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Who may call what.
 * <ul>
 *   <li>{@code /api/**}: HTTP Basic (stateless) of a service client against its secrets, or of a person
 *       against Camunda's users ({@link ApiAuthentication}); customer-side calls present their complaint
 *       token instead and are checked by the controller;</li>
 *   <li>{@code /engine-rest/**}: HTTP Basic through Camunda's own filter, so engine authorizations
 *       apply to the authenticated user (Camunda Modeler deploys here);</li>
 *   <li>{@code /camunda/**}: the webapps, which have their own login, session and CSRF protection;</li>
 *   <li>{@code /merchant/**}: the merchants' pages, with a login form of their own ({@link MerchantLogin});</li>
 *   <li>{@code /desk/**}: the desk's own pages (the case file, evidence), linked from Tasklist forms: they take the
 *       webapps' login from the session ({@link WebappSessionAuthentication}), are for the staff only, and refuse a
 *       form post without the session's CSRF token;</li>
 *   <li>{@code /dashboard}: the figures for supervisors and auditors, in their webapp login, which also reads
 *       {@code GET /api/analytics/**} from the browser;</li>
 *   <li>{@code /audit/**}: the auditor's pages, in the same webapp login, for auditors and supervisors, with
 *       scripts of the desk's own ({@link StaffPageSecurity});</li>
 *   <li>{@code /c/**}: the customer's case page, opened by the one-time code of a link in a message and then by a
 *       session cookie bound to one complaint; the page checks both, and a CSRF token tied to that session, itself
 *       (package {@code casepage}). Spring Security keeps no session there and adds the headers: no script, no
 *       framing, no Referer, no caching.</li>
 * </ul>
 * Camunda's first-admin setup (page and endpoint) is closed in every profile ({@link FirstAdministrator}),
 * and so is the password check of the identity REST resources, a login that no throttle would see.
 * Failed logins are throttled before any of this ({@link Throttling}).
 */
@Configuration
@ConditionalOnWebApplication
class SecurityConfiguration {

    /** After Spring Security's chain; the webapps' own authentication filter keeps its default (later) order. */
    private static final int ENGINE_AUTHENTICATION_ORDER = 100;
    /** The OpenAPI description of /api and its Swagger UI (springdoc): for staff, who sign in with HTTP Basic. */
    private static final String API_DOCS = "/v3/api-docs";
    private static final String SWAGGER_UI = "/swagger-ui";

    private static final String DASHBOARD = "/dashboard";
    private static final String ANALYTICS = "/api/analytics/**";

    /** Who reads audit trails, the export and the auditor's pages: no one who works cases, no outside party. */
    private static final List<String> AUDIT_READERS = List.of(DeskGroups.AUDITORS, DeskGroups.SUPERVISORS);

    @Bean
    @Order(1)
    SecurityFilterChain apiSecurity(HttpSecurity http, ApiAuthentication identities,
                                    ObjectMapper objectMapper) throws Exception {
        AuthenticationEntryPoint unauthenticated = (request, response, e) -> {
            response.setHeader("WWW-Authenticate", "Basic realm=\"complaint-desk\"");
            writeProblem(response, objectMapper, HttpStatus.UNAUTHORIZED, "unauthenticated", "Unauthenticated",
                    "Send valid HTTP Basic credentials.");
        };
        AccessDeniedHandler forbidden = (request, response, e) -> writeProblem(response, objectMapper,
                HttpStatus.FORBIDDEN, "forbidden", "Forbidden", "Your groups do not allow this call.");
        return http
                .securityMatcher("/api/**", "/actuator/**", API_DOCS, API_DOCS + "/**", SWAGGER_UI + ".html", SWAGGER_UI + "/**")
                .authenticationProvider(identities)
                .csrf(csrf -> csrf.disable()) // stateless Basic or token; no cookies to forge
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .httpBasic(basic -> basic.authenticationEntryPoint(unauthenticated))
                .exceptionHandling(ex -> ex.authenticationEntryPoint(unauthenticated).accessDeniedHandler(forbidden))
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/actuator/health/**", "/actuator/info").permitAll()
                        .requestMatchers(API_DOCS, API_DOCS + "/**", SWAGGER_UI + ".html", SWAGGER_UI + "/**")
                                .hasAnyAuthority(DeskGroups.STAFF.toArray(String[]::new))
                        .requestMatchers("/actuator/prometheus")
                                .hasAnyAuthority(DeskGroups.METRICS_SCRAPERS, DeskGroups.ADMINS)
                        .requestMatchers("/actuator/**").hasAuthority(DeskGroups.ADMINS)
                        .requestMatchers(HttpMethod.POST, "/api/complaints").hasAuthority(DeskGroups.CHANNELS)
                        // staff with Basic, or the customer with X-Customer-Token: decided per complaint
                        .requestMatchers(HttpMethod.GET, "/api/complaints/*").permitAll()
                        // customer-side calls: the controller checks the complaint's token
                        .requestMatchers(HttpMethod.POST, "/api/complaints/*/messages",
                                "/api/complaints/*/offer-response", "/api/complaints/*/withdraw",
                                "/api/complaints/*/survey", "/api/complaints/*/return-shipment").permitAll()
                        // customer (token) or merchant/desk (Basic): decided per complaint by the controller
                        .requestMatchers(HttpMethod.POST, "/api/complaints/*/evidence", "/api/complaints/*/evidence/done",
                                "/api/complaints/*/appeal").permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/complaints/*/evidence/*").permitAll()
                        .requestMatchers("/api/payments/**").hasAuthority(DeskGroups.PAYMENT_SERVICES)
                        .requestMatchers("/api/merchant/**").hasAuthority(DeskGroups.MERCHANTS)
                        .requestMatchers("/api/merchants/**").hasAuthority(DeskGroups.ADMINS)
                        .requestMatchers("/api/service-clients/**").hasAuthority(DeskGroups.ADMINS)
                        .requestMatchers(HttpMethod.GET, "/api/complaints/*/audit-trail", "/api/audit/export")
                        .hasAnyAuthority(AUDIT_READERS.toArray(String[]::new))
                        .requestMatchers(HttpMethod.GET, "/api/cases").hasAnyAuthority(DeskGroups.STAFF.toArray(String[]::new))
                        // analytics: supervisors and auditors read, only supervisors upload courier volumes
                        .requestMatchers(HttpMethod.POST, "/api/analytics/courier-volumes")
                        .hasAnyAuthority(DeskGroups.SUPERVISORS, DeskGroups.ADMINS)
                        .requestMatchers(HttpMethod.GET, "/api/analytics/**")
                        .hasAnyAuthority(DeskGroups.SUPERVISORS, DeskGroups.AUDITORS, DeskGroups.ADMINS)
                        .requestMatchers("/api/analytics/**").denyAll()

                        .requestMatchers(HttpMethod.GET, "/api/audit/verify")
                                .hasAnyAuthority(DeskGroups.AUDITORS, DeskGroups.SUPERVISORS, DeskGroups.ADMINS)
                        .requestMatchers("/api/customers/**").hasAuthority(DeskGroups.ADMINS)
                        .anyRequest().authenticated())
                .build();
    }

    /**
     * The desk's pages: the agent's Tasklist login (no second one), staff only; whose case it is decides the
     * controller ({@link CaseAccess}), as in the API. A browser without a login goes to Tasklist's login page; a post
     * without one is 401. Form posts carry the session's CSRF token (a hidden field); pages run no script at all.
     */
    @Bean
    @Order(2)
    SecurityFilterChain deskPages(HttpSecurity http,
            @Value("${camunda.bpm.webapp.application-path:/camunda}") String webapp) throws Exception {
        AuthenticationEntryPoint toLogin = StaffPageSecurity.toWebappLogin(webapp, "tasklist");
        return http
                .securityMatcher(DeskPages.PATH + "/**")
                .addFilterBefore(new WebappSessionAuthentication(DeskPages.ENGINE), AnonymousAuthenticationFilter.class)
                // the session is the webapps': Spring Security neither keeps its own login there, nor renews the
                // session's id or the CSRF token on every request (it would take each request for a fresh login)
                .securityContext(context -> context.securityContextRepository(
                        new RequestAttributeSecurityContextRepository()))
                .sessionManagement(session -> session.disable())
                .requestCache(cache -> cache.disable())
                .csrf(Customizer.withDefaults()) // the token lives in the session; every form sends it as _csrf
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(DeskPages.CONTENT_SECURITY_POLICY))
                        .frameOptions(frame -> frame.deny()))
                .exceptionHandling(ex -> ex.authenticationEntryPoint(toLogin))
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(HttpMethod.GET, DeskPages.STYLESHEET).permitAll()
                        .anyRequest().hasAnyAuthority(DeskGroups.STAFF.toArray(String[]::new)))
                .build();
    }

    /**
     * The dashboard ({@code /dashboard}): a page with script of its own that draws the analytics API's figures, for
     * supervisors, auditors and admins, in their login to Camunda's webapps ({@link WebappSessionAuthentication}, as the
     * desk's pages). The page reads {@code GET /api/analytics/**} with that same login, so a browser that carries a webapp
     * session and no {@code Authorization} header is served here instead of by HTTP Basic; everything else under
     * {@code /api} (every other method, every machine) stays with {@link #apiSecurity}. Only reads pass, so no CSRF
     * token is needed; the page's script, styles and data come from the desk alone (its Content-Security-Policy).
     */
    @Bean
    @Order(0) // before apiSecurity; disjoint from the customer's case page
    SecurityFilterChain dashboard(HttpSecurity http, ObjectMapper objectMapper,
            @Value("${camunda.bpm.webapp.application-path:/camunda}") String webapp) throws Exception {
        RequestMatcher analyticsReads = PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.GET, ANALYTICS);
        RequestMatcher sessionReads = new AndRequestMatcher(analyticsReads,
                request -> request.getSession(false) != null && request.getHeader(HttpHeaders.AUTHORIZATION) == null);
        AuthenticationEntryPoint toLogin = (request, response, e) -> {
            if (analyticsReads.matches(request)) {
                writeProblem(response, objectMapper, HttpStatus.UNAUTHORIZED, "unauthenticated", "Unauthenticated",
                        "Log in to Camunda's webapps again.");
            } else { // the welcome app's login serves auditors too (Tasklist's refuses them)
                response.sendRedirect(request.getContextPath() + webapp + "/app/welcome/default/");
            }
        };
        AccessDeniedHandler forbidden = (request, response, e) -> {
            if (analyticsReads.matches(request)) {
                writeProblem(response, objectMapper, HttpStatus.FORBIDDEN, "forbidden", "Forbidden",
                        "Your groups do not allow this call.");
            } else {
                response.setStatus(HttpStatus.FORBIDDEN.value());
                response.setContentType("text/html;charset=UTF-8");
                response.getWriter().write(DeskPages.page(HttpStatus.FORBIDDEN, "Forbidden",
                        "<p class=\"refused\">The dashboard is for supervisors and auditors.</p>").getBody());
            }
        };
        return http
                .securityMatchers(matchers -> matchers.requestMatchers(DASHBOARD, DASHBOARD + "/**")
                        .requestMatchers(sessionReads))
                .addFilterBefore(new WebappSessionAuthentication(DeskPages.ENGINE), AnonymousAuthenticationFilter.class)
                // the session is the webapps', as on the desk's pages: read, never written or renewed here
                .securityContext(context -> context.securityContextRepository(
                        new RequestAttributeSecurityContextRepository()))
                .sessionManagement(session -> session.disable())
                .requestCache(cache -> cache.disable())
                .csrf(csrf -> csrf.disable()) // GET only: the page posts nothing
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(StaffPageSecurity.SCRIPTED_CONTENT_SECURITY_POLICY))
                        .frameOptions(frame -> frame.deny()))
                .exceptionHandling(ex -> ex.authenticationEntryPoint(toLogin).accessDeniedHandler(forbidden))
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(HttpMethod.GET).hasAnyAuthority(DeskGroups.SUPERVISORS, DeskGroups.AUDITORS,
                                DeskGroups.ADMINS)
                        .anyRequest().denyAll())
                .build();
    }

    /**
     * The auditor's pages ({@code /audit}: search, and a case's diagram with the path it took beside its trail) and
     * the data they fetch: webapp login (Cockpit's, which auditors may open), auditors and supervisors only; scripts
     * from the desk only.
     */
    @Bean
    @Order(3)
    SecurityFilterChain auditPagesSecurity(HttpSecurity http,
            @Value("${camunda.bpm.webapp.application-path:/camunda}") String webapp) throws Exception {
        return StaffPageSecurity.scriptedPages(http, webapp, "cockpit", AUDIT_READERS, List.of("/audit/assets/**"),
                "/audit", "/audit/**");
    }

    /**
     * The customer's case page: no login of ours (the link's code and the page's cookie are checked by the page), no
     * session, no cache; the page's forms carry a CSRF token of its own session, so Spring's token is off here.
     */
    @Bean
    @Order(0)
    SecurityFilterChain customerCasePage(HttpSecurity http) throws Exception {
        return http
                .securityMatcher("/c/**")
                .csrf(csrf -> csrf.disable()) // the page's own token, tied to its session cookie, guards every post
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(DeskPages.CONTENT_SECURITY_POLICY))
                        .frameOptions(frame -> frame.deny())
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER)))
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .build();
    }

    /**
     * The merchants' pages: their own login form against the desk's Camunda users ({@link MerchantLogin}; a failed
     * login is answered 401, so {@link LoginThrottle} counts it), a session whose cookie is HttpOnly and whose id
     * changes at login, the session's CSRF token on every post, merchant users only; whose case it is decides the
     * controller (another merchant's case is not found).
     */
    @Bean
    @Order(3)
    SecurityFilterChain merchantPages(HttpSecurity http, CamundaIdentityAuthentication people) throws Exception {
        return http
                .securityMatcher(MerchantLogin.PATH, MerchantLogin.PATH + "/**")
                .authenticationProvider(people)
                .csrf(Customizer.withDefaults())
                .formLogin(login -> login.loginPage(MerchantLogin.LOGIN).loginProcessingUrl(MerchantLogin.LOGIN)
                        .defaultSuccessUrl(MerchantLogin.PATH, true)
                        .failureHandler((request, response, e) -> {
                            response.setStatus(HttpStatus.UNAUTHORIZED.value());
                            response.setContentType("text/html;charset=UTF-8");
                            CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
                            response.getWriter().write(MerchantLogin.page(csrf, true, false).getBody());
                        })
                        .permitAll())
                .logout(logout -> logout.logoutUrl(MerchantLogin.LOGOUT)
                        .logoutSuccessUrl(MerchantLogin.LOGIN + "?logout").permitAll())
                .requestCache(cache -> cache.disable())
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(DeskPages.CONTENT_SECURITY_POLICY))
                        .frameOptions(frame -> frame.deny()))
                .authorizeHttpRequests(auth -> auth.anyRequest().hasAuthority(DeskGroups.MERCHANTS))
                .build();
    }

    /** Everything else (webapps, engine REST) authenticates itself; Spring Security only adds headers. */
    @Bean
    @Order(4)
    SecurityFilterChain webappSecurity(HttpSecurity http,
            @Value("${camunda.bpm.webapp.application-path:/camunda}") String webapp) throws Exception {
        return http
                .csrf(csrf -> csrf.disable()) // the webapps bring their own CSRF prevention filter
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(webapp + "/api/admin/setup/**", webapp + "/app/admin/*/setup/**",
                                "/engine-rest/identity/verify", webapp + "/api/engine/engine/*/identity/verify")
                        .denyAll()
                        .anyRequest().permitAll())
                .build();
    }

    @Bean
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthentication() {
        FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
                new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
        registration.setName("camunda-engine-rest-auth");
        registration.addInitParameter(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
                HttpBasicAuthenticationProvider.class.getName());
        registration.addUrlPatterns("/engine-rest/*");
        registration.setOrder(ENGINE_AUTHENTICATION_ORDER);
        return registration;
    }

    /** After the engine authenticated the caller: only the desk's staff use the engine's API. */
    @Bean
    FilterRegistrationBean<EngineApiGate> engineApiGate(IdentityService identityService, ObjectMapper objectMapper) {
        FilterRegistrationBean<EngineApiGate> registration =
                new FilterRegistrationBean<>(new EngineApiGate(identityService, objectMapper));
        registration.setName("complaint-desk-engine-api-gate");
        registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*", "/camunda/api/cockpit/*",
                "/camunda/api/tasklist/*");
        registration.setOrder(ENGINE_AUTHENTICATION_ORDER + 1);
        return registration;
    }

    private static void writeProblem(HttpServletResponse response, ObjectMapper objectMapper, HttpStatus status,
                                     String slug, String title, String detail) throws IOException {
        ProblemDetail problem = Problems.of(status, slug, title, detail);
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        objectMapper.writeValue(response.getOutputStream(), problem);
    }
}
