package org.complaintdesk.system;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Administrators ({@code camunda-admin}) manage service clients: create one (its first secret is in the
 * answer), issue another secret, revoke a secret, disable or enable a client, list them. A secret is shown
 * only in the answer that issued it; lists show ids, dates and last use.
 */
@RestController
@RequestMapping("/api/service-clients")
class ServiceClientsController {

    private final ServiceClients clients;

    ServiceClientsController(ServiceClients clients) {
        this.clients = clients;
    }

    /** @param validFor how long the first secret works (ISO-8601), default {@code secret-validity} */
    record NewClient(String id, String role, Duration validFor) {
    }

    record NewSecret(Duration validFor) {
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ServiceClients.IssuedSecret> create(@RequestBody NewClient request, Authentication admin) {
        ServiceClients.IssuedSecret issued = clients.create(request.id(), request.role(), request.validFor(),
                admin.getName());
        return ResponseEntity.created(URI.create("/api/service-clients/" + issued.clientId())).body(issued);
    }

    @GetMapping
    List<ServiceClients.ClientView> list() {
        return clients.list();
    }

    @GetMapping("/{clientId}")
    ServiceClients.ClientView get(@PathVariable String clientId) {
        return clients.get(clientId);
    }

    @PostMapping(path = "/{clientId}/secrets", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ServiceClients.IssuedSecret> issue(@PathVariable String clientId,
                                                      @RequestBody(required = false) NewSecret request,
                                                      Authentication admin) {
        return ResponseEntity.status(HttpStatus.CREATED).body(clients.issueSecret(clientId,
                request == null ? null : request.validFor(), admin.getName()));
    }

    @DeleteMapping("/{clientId}/secrets/{secretId}")
    ServiceClients.ClientView revoke(@PathVariable String clientId, @PathVariable long secretId,
                                     Authentication admin) {
        return clients.revokeSecret(clientId, secretId, admin.getName());
    }

    @PostMapping("/{clientId}/disable")
    ServiceClients.ClientView disable(@PathVariable String clientId, Authentication admin) {
        return clients.enable(clientId, false, admin.getName());
    }

    @PostMapping("/{clientId}/enable")
    ServiceClients.ClientView enable(@PathVariable String clientId, Authentication admin) {
        return clients.enable(clientId, true, admin.getName());
    }
}
