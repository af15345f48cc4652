package org.complaintdesk.system;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

/**
 * Creates the service clients named in configuration ({@code complaint-desk.service-clients.bootstrap}) on
 * their first start, each with the hash of its first secret. A node that loses the race to create the same
 * client on an empty database finds it created.
 */
@Component
class ServiceClientBootstrap {

    private final ServiceClients clients;
    private final ServiceClientProperties properties;

    ServiceClientBootstrap(ServiceClients clients, ServiceClientProperties properties) {
        this.clients = clients;
        this.properties = properties;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(3)
    public void createConfiguredClients() {
        for (ServiceClientProperties.Bootstrap client : properties.bootstrap()) {
            register(clients, client.id(), client.role(), client.secretSha256(), "configuration");
        }
    }

    static void register(ServiceClients clients, String id, String role, String secretHash, String by) {
        try {
            clients.register(id, role, secretHash, by);
        } catch (DataIntegrityViolationException e) {
            if (!clients.exists(id)) {
                throw e;
            }
        }
    }
}
