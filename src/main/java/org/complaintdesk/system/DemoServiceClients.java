package org.complaintdesk.system;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo's service clients, secret = id: {@code gateway} (the channels' intake client) and
 * {@code payments} (the payment service's settlement callback) and {@code prometheus} (the metrics scraper). Only in
 * profile {@code demo}.
 */
@Component
@Profile("demo")
class DemoServiceClients {

    static final String GATEWAY = "gateway";
    static final String PAYMENTS = "payments";
    static final String PROMETHEUS = "prometheus";

    private final ServiceClients clients;

    DemoServiceClients(ServiceClients clients) {
        this.clients = clients;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(3)
    public void createDemoClients() {
        ServiceClientBootstrap.register(clients, GATEWAY, DeskGroups.CHANNELS, ServiceClients.hash(GATEWAY), "demo");
        ServiceClientBootstrap.register(clients, PAYMENTS, DeskGroups.PAYMENT_SERVICES, ServiceClients.hash(PAYMENTS),
                "demo");
        ServiceClientBootstrap.register(clients, PROMETHEUS, DeskGroups.METRICS_SCRAPERS,
                ServiceClients.hash(PROMETHEUS), "demo");
    }
}
