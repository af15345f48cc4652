package org.complaintdesk.system;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Set;
import org.complaintdesk.complaint.CustomerTokens;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Wrong customer tokens ({@code X-Customer-Token} on {@code /api/complaints/{no}/…}), throttled per source
 * address and per complaint number.
 * <ul>
 *   <li>A source with too many wrong tokens waits (429, {@code Retry-After}) before any token of it is
 *       looked at again, right or wrong.</li>
 *   <li>A complaint number with too many wrong tokens, from anywhere, answers further wrong tokens with 429,
 *       but its own token still opens it: the limit must not let a stranger lock the customer out of their
 *       own complaint. (Guessing 256 random bits is hopeless anyway; this limit makes the attempt loud.)</li>
 * </ul>
 * A genuine token that has expired is refused (404, by the controller) but not counted: it is no guess.
 */
final class CustomerTokenThrottle extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(CustomerTokenThrottle.class);
    private static final String PREFIX = "/api/complaints/";
    private static final int MAX_KEY_LENGTH = 40;

    private final CustomerTokens tokens;
    private final FailureBackoff perSource;
    private final FailureBackoff perComplaint;
    private final Set<String> exemptSources;
    private final ObjectMapper json;

    CustomerTokenThrottle(CustomerTokens tokens, FailureBackoff perSource, FailureBackoff perComplaint,
                          Set<String> exemptSources, ObjectMapper json) {
        this.tokens = tokens;
        this.perSource = perSource;
        this.perComplaint = perComplaint;
        this.exemptSources = exemptSources;
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String token = request.getHeader(CustomerTokens.HEADER);
        String complaintNo = complaintNo(request);
        if (token == null || complaintNo == null) {
            chain.doFilter(request, response);
            return;
        }
        String source = request.getRemoteAddr();
        boolean limitSource = !exemptSources.contains(source);
        Duration wait = limitSource ? perSource.waitFor(source) : Duration.ZERO;
        if (!wait.isZero()) {
            TooManyAttempts.write(response, json, wait, "Too many wrong customer tokens from your address.");
            return;
        }
        if (tokens.check(complaintNo, token) == CustomerTokens.Access.DENIED) {
            Duration sourceWait = limitSource ? perSource.failed(source) : Duration.ZERO;
            Duration complaintWait = perComplaint.failed(complaintNo);
            Duration longer = sourceWait.compareTo(complaintWait) >= 0 ? sourceWait : complaintWait;
            if (!longer.isZero()) {
                log.warn("Wrong customer token for {} from {}: waits {} s", complaintNo, source, longer.toSeconds());
                TooManyAttempts.write(response, json, longer, "Too many wrong customer tokens.");
                return;
            }
        }
        chain.doFilter(request, response);
    }

    private static String complaintNo(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!path.startsWith(PREFIX) || path.length() == PREFIX.length()) {
            return null;
        }
        int end = path.indexOf('/', PREFIX.length());
        String complaintNo = end < 0 ? path.substring(PREFIX.length()) : path.substring(PREFIX.length(), end);
        return complaintNo.isEmpty() ? null
                : complaintNo.substring(0, Math.min(complaintNo.length(), MAX_KEY_LENGTH));
    }
}
