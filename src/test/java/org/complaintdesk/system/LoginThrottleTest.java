package org.complaintdesk.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.complaintdesk.support.DeskClient;
import org.complaintdesk.support.DeskClient.Response;
import org.complaintdesk.support.DeskTest;
import org.complaintdesk.support.Sources;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * People's logins: throttled per source address (429 with Retry-After) on /api, /engine-rest and the
 * webapps' login; per user by Camunda's back-off, which never becomes a permanent lock. Sources are set
 * with X-Forwarded-For (trusted from the loopback in tests, as from a reverse proxy in production).
 */
@DeskTest
class LoginThrottleTest {

    @LocalServerPort
    int port;

    @Autowired
    IdentityService identityService;

    DeskClient desk;

    @BeforeEach
    void client() {
        desk = new DeskClient(port);
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void failuresFromOneSource_areThrottledWithRetryAfter_thenTheRightPasswordWorksAgain() {
        String attacker = source();

        for (int i = 1; i < 10; i++) {
            assertThat(cases("mallory", "guess" + i, attacker).status()).isEqualTo(401);
        }
        Response tenth = cases("mallory", "guess10", attacker);
        Response rightPassword = cases("sam", "sam", attacker);

        assertThat(tenth.status()).isEqualTo(401);
        assertThat(rightPassword.status()).as("the source waits, whoever it claims to be").isEqualTo(429);
        assertThat(rightPassword.header("Content-Type")).startsWith("application/problem+json");
        assertThat(rightPassword.json().get("type").asText()).isEqualTo("urn:complaint-desk:problem:too-many-attempts");
        long retryAfter = Long.parseLong(rightPassword.header("Retry-After"));
        assertThat(retryAfter).isBetween(1L, 900L);
        assertThat(cases("sam", "sam", source()).status()).as("another source is not affected").isEqualTo(200);

        // engine REST and the webapps' login are the same source's logins
        Response engine = desk.send(desk.request("/engine-rest/process-definition", null)
                .header("Authorization", DeskClient.basic("demo", "demo"))
                .header("X-Forwarded-For", attacker).GET().build());
        assertThat(engine.status()).isEqualTo(429);
        assertThat(engine.header("Content-Type")).startsWith("application/problem+json");
        assertThat(engine.header("Retry-After")).isNotNull();
        assertThat(webappLogin("sam", "sam", attacker).status()).isEqualTo(429);

        moveClock(retryAfter + 1);
        assertThat(cases("sam", "sam", attacker).status()).isEqualTo(200);
        // every further failure doubles the wait
        assertThat(cases("mallory", "guess11", attacker).status()).isEqualTo(401);
        assertThat(Long.parseLong(cases("sam", "sam", attacker).header("Retry-After"))).isGreaterThan(retryAfter);
    }

    @Test
    void failedWebappAndEngineLogins_countForTheSource() {
        String attacker = source();

        for (int i = 0; i < 5; i++) {
            assertThat(webappLogin("mallory", "wrong" + i, attacker).status()).isEqualTo(401);
            Response engine = desk.send(desk.request("/engine-rest/task", null)
                    .header("Authorization", DeskClient.basic("mallory", "wrong" + i))
                    .header("X-Forwarded-For", attacker).GET().build());
            assertThat(engine.status()).isEqualTo(401);
        }

        assertThat(webappLogin("demo", "demo", attacker).status()).isEqualTo(429);
        assertThat(webappLogin("demo", "demo", source()).status()).isEqualTo(200);
    }

    @Test
    void aPersonIsNeverLockedForGood_after1000Failures_theRightPasswordWorksOnceTheBackOffPassed() {
        String userId = "lockless-" + UUID.randomUUID().toString().substring(0, 8);
        User user = identityService.newUser(userId);
        user.setPassword("Right-Passw0rd!");
        identityService.saveUser(user);
        identityService.createMembership(userId, DeskGroups.AUDITORS);
        Instant start = Instant.now();

        for (int i = 0; i < 1_000; i++) {
            // each attempt after the previous one's back-off (at most 60 s), each from another address, so
            // that every failure counts for the user and none is throttled per source
            ClockUtil.setCurrentTime(Date.from(start.plusSeconds(61L * i)));
            assertThat(cases(userId, "wrong-" + i, "10.77." + (i / 250) + "." + (i % 250 + 1)).status())
                    .isEqualTo(401);
        }
        UserEntity locked = (UserEntity) identityService.createUserQuery().userId(userId).singleResult();
        assertThat(locked.getAttempts()).isEqualTo(1_000);

        // during the last back-off even the right password is refused, like a wrong one
        assertThat(cases(userId, "Right-Passw0rd!", source()).status()).isEqualTo(401);
        ClockUtil.setCurrentTime(Date.from(start.plusSeconds(61L * 1_000)));
        assertThat(cases(userId, "Right-Passw0rd!", source()).status()).isEqualTo(200);
        assertThat(((UserEntity) identityService.createUserQuery().userId(userId).singleResult()).getAttempts())
                .isZero();
    }

    private Response cases(String user, String password, String source) {
        return desk.send(desk.request("/api/cases", null)
                .header("Authorization", DeskClient.basic(user, password))
                .header("X-Forwarded-For", source).GET().build());
    }

    /** The webapps' login form, with the CSRF token the webapps hand out. */
    private Response webappLogin(String user, String password, String source) {
        Response page = desk.get("/camunda/app/tasklist/default/", null);
        String csrf = page.raw().headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("XSRF-TOKEN=")).findFirst().orElseThrow()
                .split(";")[0].substring("XSRF-TOKEN=".length());
        String session = page.raw().headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID=")).findFirst().orElseThrow().split(";")[0];
        return desk.send(desk.request("/camunda/api/admin/auth/user/default/login/tasklist", null)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-XSRF-TOKEN", csrf)
                .header("Cookie", session + "; XSRF-TOKEN=" + csrf)
                .header("X-Forwarded-For", source)
                .POST(HttpRequest.BodyPublishers.ofString("username=" + user + "&password=" + password))
                .build());
    }

    private static void moveClock(long seconds) {
        ClockUtil.setCurrentTime(Date.from(ClockUtil.getCurrentTime().toInstant().plusSeconds(seconds)));
    }

    private static String source() {
        return Sources.next();
    }
}
