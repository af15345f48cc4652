package org.complaintdesk.system;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.List;
import java.util.stream.Stream;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/**
 * The engine's API (engine REST, and the engine, Cockpit and Tasklist APIs of the webapps) is for the desk's staff: those who work tasks,
 * auditors and administrators. Anyone else who authenticated — a merchant's user — is refused (403) before any
 * engine call, whatever authorizations an administrator may have granted by mistake. Within the staff, the
 * engine's authorizations decide (per case, see {@link CaseAccess}). Runs after the engine's authentication.
 */
class EngineApiGate implements Filter {

    static final List<String> ALLOWED = Stream.concat(DeskGroups.TASK_WORKERS.stream(),
            Stream.of(DeskGroups.AUDITORS, DeskGroups.ADMINS)).toList();

    private final IdentityService identityService;
    private final ObjectMapper objectMapper;

    EngineApiGate(IdentityService identityService, ObjectMapper objectMapper) {
        this.identityService = identityService;
        this.objectMapper = objectMapper;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (groupsOfCaller(request).stream().anyMatch(groups -> groups.stream().noneMatch(ALLOWED::contains))) {
            HttpServletResponse http = (HttpServletResponse) response;
            http.setStatus(HttpStatus.FORBIDDEN.value());
            http.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            objectMapper.writeValue(http.getOutputStream(), Problems.of(HttpStatus.FORBIDDEN, "forbidden", "Forbidden",
                    "The engine API is for the desk's staff."));
            return;
        }
        chain.doFilter(request, response);
    }

    /**
     * Engine REST authenticates in the engine's filter before this one; the webapps keep their login in the session
     * and authenticate in a filter of their own, which may come after this one.
     */
    private List<List<String>> groupsOfCaller(ServletRequest request) {
        Authentication engine = identityService.getCurrentAuthentication();
        if (engine != null) {
            return List.of(engine.getGroupIds() == null ? List.of() : engine.getGroupIds());
        }
        HttpSession session = request instanceof HttpServletRequest http ? http.getSession(false) : null;
        return session == null ? List.of() : AuthenticationUtil.getAuthsFromSession(session).getAuthentications()
                .stream().map(a -> a.getGroupIds() == null ? List.<String>of() : a.getGroupIds()).toList();
    }
}
