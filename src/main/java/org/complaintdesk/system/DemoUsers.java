package org.complaintdesk.system;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * One demo user per group, password = user id; the admin {@code demo} comes from
 * {@code camunda.bpm.admin-user}. Only in profile {@code demo} ({@code ./mvnw spring-boot:run}): never in a
 * plain {@code java -jar}. The machine clients are service clients, not users ({@link DemoServiceClients}).
 */
@Component
@Profile("demo")
class DemoUsers {

    private static final Logger log = LoggerFactory.getLogger(DemoUsers.class);

    record DemoUser(String id, String firstName, String lastName, String group) {
    }

    static final List<DemoUser> USERS = List.of(
            new DemoUser("sam", "Sam", "Service", DeskGroups.SERVICE_DESK),
            new DemoUser("lena", "Lena", "Logistics", DeskGroups.LOGISTICS_DESK),
            new DemoUser("quinn", "Quinn", "Quality", DeskGroups.QUALITY_DESK),
            new DemoUser("fiona", "Fiona", "Finance", DeskGroups.FINANCE_DESK),
            new DemoUser("tara", "Tara", "Triage", DeskGroups.TRIAGE),
            new DemoUser("sofia", "Sofia", "Supervisor", DeskGroups.SUPERVISORS),
            new DemoUser("arthur", "Arthur", "Arbitrator", DeskGroups.ARBITRATORS),
            new DemoUser("wes", "Wes", "Warehouse", DeskGroups.WAREHOUSE),
            new DemoUser("audrey", "Audrey", "Auditor", DeskGroups.AUDITORS),
            new DemoUser("mia", "Mia", "Merchant", DeskGroups.MERCHANTS));

    private final IdentityService identityService;

    DemoUsers(IdentityService identityService) {
        this.identityService = identityService;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(2)
    public void createDemoUsers() {
        for (DemoUser demo : USERS) {
            if (identityService.createUserQuery().userId(demo.id()).count() > 0) {
                continue;
            }
            User user = identityService.newUser(demo.id());
            user.setFirstName(demo.firstName());
            user.setLastName(demo.lastName());
            user.setEmail(demo.id() + "@complaint-desk.local");
            user.setPassword(demo.id());
            identityService.saveUser(user);
            identityService.createMembership(demo.id(), demo.group());
            log.info("Created demo user {} in {}", demo.id(), demo.group());
        }
    }
}
