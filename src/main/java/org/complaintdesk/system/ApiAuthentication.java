package org.complaintdesk.system;

import java.util.List;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * HTTP Basic of {@code /api}: a service client's id is checked against its secrets only (never against
 * Camunda, so Camunda's login delays can never apply to it), with its role as the one authority; any other
 * name is a person, checked by Camunda ({@link CamundaIdentityAuthentication}).
 */
@Component
class ApiAuthentication implements AuthenticationProvider {

    private final ServiceClients clients;
    private final CamundaIdentityAuthentication people;

    ApiAuthentication(ServiceClients clients, CamundaIdentityAuthentication people) {
        this.clients = clients;
        this.people = people;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String name = authentication.getName();
        Object credentials = authentication.getCredentials();
        ServiceClients.Login login = clients.login(name, credentials == null ? null : credentials.toString());
        if (!login.client()) {
            return people.authenticate(authentication);
        }
        if (!login.accepted()) {
            throw new BadCredentialsException("Bad credentials");
        }
        return UsernamePasswordAuthenticationToken.authenticated(name, null,
                List.of(new SimpleGrantedAuthority(login.role())));
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
