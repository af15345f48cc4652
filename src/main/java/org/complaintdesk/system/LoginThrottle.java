package org.complaintdesk.system;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Failed logins per source address, in front of every login the desk has: HTTP Basic on {@code /api},
 * {@code /actuator} and {@code /engine-rest}, the webapps' login form and the merchants' ({@link MerchantLogin}). A source with too many failures
 * waits (429, {@code Retry-After}) before it is heard again, whoever it claims to be; that it answers before
 * the password is checked is what stops guessing.
 *
 * <p>Per user, Camunda's own back-off applies (a delay after each failure, never a permanent lock: see
 * {@code login-max-attempts}). Service clients are exempt from the wait: their 256-bit secrets cannot be
 * guessed, so their credentials are always checked, and a client sharing an address with an attacker (one
 * NAT, one proxy) keeps working. Their failures still count against the source.
 */
final class LoginThrottle extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);

    private final FailureBackoff perSource;
    private final Set<String> exemptSources;
    private final ServiceClients clients;
    private final String webappLogin;
    private final ObjectMapper json;

    /**
     * @param webappLogin path prefix of the webapps' login, {@code /camunda/api/admin/auth/user/}
     */
    LoginThrottle(FailureBackoff perSource, Set<String> exemptSources, ServiceClients clients, String webappLogin,
                  ObjectMapper json) {
        this.perSource = perSource;
        this.exemptSources = exemptSources;
        this.clients = clients;
        this.webappLogin = webappLogin;
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String source = request.getRemoteAddr();
        if (!isLoginAttempt(request) || exemptSources.contains(source)) {
            chain.doFilter(request, response);
            return;
        }
        Duration wait = perSource.waitFor(source);
        if (!wait.isZero() && !clients.exists(basicUser(request))) {
            TooManyAttempts.write(response, json, wait, "Too many failed logins from your address.");
            return;
        }
        chain.doFilter(request, response);
        if (response.getStatus() == HttpStatus.UNAUTHORIZED.value()) {
            Duration now = perSource.failed(source);
            if (!now.isZero()) {
                log.warn("Failed logins from {}: it waits {} s", source, now.toSeconds());
            }
        }
    }

    private boolean isLoginAttempt(HttpServletRequest request) {
        if (request.getHeader(HttpHeaders.AUTHORIZATION) != null) {
            return true;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return "POST".equals(request.getMethod()) && (path.startsWith(webappLogin) && path.contains("/login/")
                || path.equals(MerchantLogin.LOGIN));
    }

    /** The user name of HTTP Basic credentials, or null. */
    private static String basicUser(HttpServletRequest request) {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || header.length() < 6 || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(header.substring(6).strip()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? null : decoded.substring(0, colon);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
