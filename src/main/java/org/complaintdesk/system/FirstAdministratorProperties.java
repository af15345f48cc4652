package org.complaintdesk.system;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The first administrator of a fresh installation ({@code ADMIN_USER}, {@code ADMIN_PASSWORD}). Created once,
 * when no user of that id exists; never changed afterwards (change the password in Admin and drop it from the
 * configuration).
 */
@ConfigurationProperties("complaint-desk.first-admin")
record FirstAdministratorProperties(String id, String password, String firstName, String lastName, String email) {

    boolean configured() {
        return id != null && !id.isBlank();
    }
}
