package org.complaintdesk.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.List;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The desk's pages ({@code /desk/**}) are opened from Tasklist forms: they take the login the agent already has in
 * Camunda's webapps. Camunda keeps it in the HTTP session (its {@code Authentications}, one per engine); this filter
 * turns the default engine's user and groups into the caller of the request, as {@link ApiAuthentication} does for
 * HTTP Basic, so the same rules ({@link CaseAccess}, the groups) decide. Nothing is stored: without a webapp login
 * the request stays anonymous, and logging out of the webapps ends access here too.
 */
class WebappSessionAuthentication extends OncePerRequestFilter {

    private final String engine;

    WebappSessionAuthentication(String engine) {
        this.engine = engine;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        if (session != null && AuthenticationUtil.getAuthsFromSession(session)
                .getAuthenticationForProcessEngine(engine) instanceof UserAuthentication login
                && login.getIdentityId() != null) {
            List<String> groups = login.getGroupIds() == null ? List.of() : login.getGroupIds();
            SecurityContext context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(login.getIdentityId(), null,
                    groups.stream().map(SimpleGrantedAuthority::new).toList()));
            SecurityContextHolder.setContext(context);
        }
        chain.doFilter(request, response);
    }
}
