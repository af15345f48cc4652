package org.complaintdesk.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import org.camunda.bpm.engine.IdentityService;
import org.complaintdesk.support.DeskClient;
import org.complaintdesk.support.DeskClient.Response;
import org.complaintdesk.support.DeskTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Closed in every profile, the demo too: Camunda's first-admin setup, and the unthrottled password check. */
@DeskTest
class ClosedEndpointsTest {

    @LocalServerPort
    int port;

    @Autowired
    IdentityService identityService;

    @Test
    void camundaSetup_isClosed_andCreatesNothing() {
        DeskClient desk = new DeskClient(port);

        Response create = desk.send(desk.request("/camunda/api/admin/setup/default/user/create", null)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("""
                        {"profile": {"id": "intruder", "firstName": "I", "lastName": "N", "email": "i@x.test"},
                         "credentials": {"password": "intruder"}}""")).build());

        assertThat(create.status()).isEqualTo(403);
        assertThat(desk.get("/camunda/app/admin/default/setup/", null).status()).isEqualTo(403);
        assertThat(identityService.createUserQuery().userId("intruder").count()).isZero();
    }

    @Test
    void identityVerify_isClosed_itWouldCheckPasswordsPastTheThrottle() {
        DeskClient desk = new DeskClient(port);

        Response verify = desk.send(desk.request("/engine-rest/identity/verify", "sam")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\": \"demo\", \"password\": \"demo\"}")).build());

        assertThat(verify.status()).isEqualTo(403);
        assertThat(verify.body()).doesNotContain("authenticated");
    }
}
