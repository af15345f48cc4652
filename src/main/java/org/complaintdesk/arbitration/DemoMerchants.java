package org.complaintdesk.arbitration;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The demo merchant user {@code mia} acts for merchant {@code M-77} (the README's example order). */
@Component
@Profile("demo")
class DemoMerchants {

    static final String DEMO_MERCHANT = "M-77";

    private final MerchantUserRepository merchantUsers;

    DemoMerchants(MerchantUserRepository merchantUsers) {
        this.merchantUsers = merchantUsers;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(4)
    public void linkDemoMerchant() {
        if (!merchantUsers.existsById("mia")) {
            merchantUsers.save(new MerchantUser("mia", DEMO_MERCHANT));
        }
    }
}
