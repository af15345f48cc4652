package org.complaintdesk.support;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;

/** Users a test needs beyond the demo users, password = user id; created once per database. */
public final class TestUsers {

    public static void ensure(IdentityService identityService, String userId, String... groups) {
        if (identityService.createUserQuery().userId(userId).count() == 0) {
            User user = identityService.newUser(userId);
            user.setFirstName(userId);
            user.setLastName("Test");
            user.setEmail(userId + "@complaint-desk.local");
            user.setPassword(userId);
            identityService.saveUser(user);
        }
        for (String group : groups) {
            if (identityService.createUserQuery().userId(userId).memberOfGroup(group).count() == 0) {
                identityService.createMembership(userId, group);
            }
        }
    }

    private TestUsers() {
    }
}
