package org.complaintdesk.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpRequest;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.complaintdesk.ComplaintDeskApplication;
import org.complaintdesk.support.DeskClient;
import org.complaintdesk.support.DeskClient.Response;
import org.complaintdesk.support.Requests;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * What {@code java -jar} does on an empty database: the default profile (no {@code demo}), started here as
 * the jar starts, on a database of its own (a new H2 in memory, or a new PostgreSQL database when
 * {@code DB_URL} points to PostgreSQL). Without an administrator it refuses to start; with one from
 * configuration it starts with that administrator and the configured service client, and nothing of the demo.
 */
class FreshDeploymentTest {

    private static final String ADMIN = "root-admin";
    private static final String ADMIN_PASSWORD = "Fresh!Start-2026";

    @Test
    void emptyDatabase_refusesToStartWithoutAnAdministrator_andStartsWithOneFromConfiguration() throws Exception {
        try (FreshDatabase database = FreshDatabase.create()) {
            assertThatThrownBy(() -> start(database, List.of("--complaint-desk.first-admin.id=")).close())
                    .hasRootCauseMessage(FirstAdministrator.NO_ADMINISTRATOR);

            String channelSecret = secret();
            try (ConfigurableApplicationContext desk = start(database, List.of(
                    "--complaint-desk.first-admin.id=" + ADMIN,
                    "--complaint-desk.first-admin.password=" + ADMIN_PASSWORD,
                    "--complaint-desk.service-clients.bootstrap[0].id=shop-gateway",
                    "--complaint-desk.service-clients.bootstrap[0].role=channels",
                    "--complaint-desk.service-clients.bootstrap[0].secret-sha256=" + ServiceClients.hash(channelSecret)))) {
                IdentityService identities = desk.getBean(IdentityService.class);
                JdbcTemplate jdbc = desk.getBean(JdbcTemplate.class);
                DeskClient http = new DeskClient(Integer.parseInt(desk.getEnvironment().getProperty("local.server.port")));

                // the administrator, and nobody else: no demo users, merchants or clients
                assertThat(identities.createUserQuery().list()).extracting(u -> u.getId()).containsExactly(ADMIN);
                assertThat(identities.createUserQuery().userId(ADMIN).memberOfGroup(Groups.CAMUNDA_ADMIN).count())
                        .isEqualTo(1);
                assertThat(identities.checkPassword(ADMIN, ADMIN_PASSWORD)).isTrue();
                assertThat(jdbc.queryForList("select client_id from service_client", String.class))
                        .containsExactly("shop-gateway");
                assertThat(jdbc.queryForObject("select count(*) from merchant_user", Long.class)).isZero();
                assertThat(jdbc.queryForList("select secret_hash from service_client_secret", String.class))
                        .containsExactly(ServiceClients.hash(channelSecret));

                // the configured client files complaints with the secret whose hash was configured
                assertThat(http.send(http.request("/api/complaints", null)
                        .header("Authorization", DeskClient.basic("shop-gateway", channelSecret))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(Requests.complaint(Requests.uniqueId()))).build())
                        .status()).isEqualTo(201);
                assertThat(http.send(http.request("/api/service-clients", null)
                        .header("Authorization", DeskClient.basic(ADMIN, ADMIN_PASSWORD)).GET().build()).status())
                        .isEqualTo(200);
                assertThat(http.get("/api/cases", "demo").status()).isEqualTo(401);
                assertThat(http.postJson("/api/complaints", "gateway", Requests.complaint(Requests.uniqueId())).status())
                        .isEqualTo(401);

                // Camunda's first-admin setup is closed, and creates nothing
                Response setup = http.send(http.request("/camunda/api/admin/setup/default/user/create", null)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("""
                                {"profile": {"id": "intruder", "firstName": "I", "lastName": "N", "email": "i@x.test"},
                                 "credentials": {"password": "Intruder!2026"}}""")).build());
                assertThat(setup.status()).isIn(403, 404);
                assertThat(http.get("/camunda/app/admin/default/setup/", null).status()).isIn(403, 404);
                assertThat(identities.createUserQuery().userId("intruder").count()).isZero();

                // people's passwords follow Camunda's policy; nobody is locked for good by failures
                var engine = (ProcessEngineConfigurationImpl) desk.getBean(ProcessEngine.class).getProcessEngineConfiguration();
                assertThat(engine.isEnablePasswordPolicy()).isTrue();
                assertThat(engine.getLoginMaxAttempts()).isEqualTo(Integer.MAX_VALUE);

                // the configured administrator is created once and never overwritten by a later start
                FirstAdministrator later = firstAdministrator(desk, ADMIN, "Another!Passw0rd");
                later.createOnce(identities, desk.getBean(AuthorizationService.class));
                assertThat(identities.checkPassword(ADMIN, ADMIN_PASSWORD)).isTrue();
                // and a weak password is refused before anything is created
                FirstAdministrator weak = firstAdministrator(desk, "weak-admin", "password");
                assertThatThrownBy(() -> weak.createOnce(identities, desk.getBean(AuthorizationService.class)))
                        .hasMessageContaining("ADMIN_PASSWORD is too weak");
                assertThat(identities.createUserQuery().userId("weak-admin").count()).isZero();
            }
        }
    }

    private static FirstAdministrator firstAdministrator(ConfigurableApplicationContext desk, String id, String password) {
        return new FirstAdministrator(new FirstAdministratorProperties(id, password, null, null, null),
                desk.getBean(PlatformTransactionManager.class));
    }

    /** The desk as {@code java -jar} starts it: default profile, configuration from the arguments. */
    private static ConfigurableApplicationContext start(FreshDatabase database, List<String> settings) {
        List<String> args = new ArrayList<>(List.of(
                "--server.port=0",
                "--spring.datasource.url=" + database.url(),
                "--spring.datasource.username=" + database.user(),
                "--spring.datasource.password=" + database.password(),
                "--spring.datasource.hikari.maximum-pool-size=5",
                // another engine in the same JVM as the cached test contexts; nothing runs behind the test's back
                "--camunda.bpm.generate-unique-process-engine-name=true",
                org.complaintdesk.support.DeskNodes.WITHOUT_WEBAPPS,
                "--camunda.bpm.job-execution.enabled=false",
                "--complaint-desk.scheduling.enabled=false",
                "--spring.main.banner-mode=off",
                "--logging.level.root=warn",
                "--logging.level.org.complaintdesk=info"));
        args.addAll(settings);
        return new SpringApplicationBuilder(ComplaintDeskApplication.class).run(args.toArray(String[]::new));
    }

    private static String secret() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** An empty database for one test, removed afterwards. */
    private record FreshDatabase(String url, String user, String password, String drop) implements AutoCloseable {

        static FreshDatabase create() throws SQLException {
            String suiteUrl = System.getenv("DB_URL");
            String user = System.getenv().getOrDefault("DB_USER", "sa");
            String password = System.getenv().getOrDefault("DB_PASSWORD", "");
            if (suiteUrl != null && suiteUrl.startsWith("jdbc:postgresql:")) {
                String name = "desk_fresh_" + HexFormat.of().formatHex(UUID.randomUUID().toString().getBytes()).substring(0, 16);
                execute(suiteUrl, user, password, "create database " + name);
                String url = suiteUrl.replaceFirst("^(jdbc:postgresql://[^/]+/)[^?]*", "$1" + name);
                return new FreshDatabase(url, user, password, "drop database if exists " + name + " with (force)");
            }
            String url = "jdbc:h2:mem:fresh-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
            return new FreshDatabase(url, "sa", "", null);
        }

        @Override
        public void close() throws SQLException {
            if (drop == null) {
                execute(url, user, password, "shutdown");
            } else {
                execute(System.getenv("DB_URL"), user, password, drop);
            }
        }

        private static void execute(String url, String user, String password, String sql) throws SQLException {
            try (Connection connection = DriverManager.getConnection(url, user, password);
                 Statement statement = connection.createStatement()) {
                statement.execute(sql);
            }
        }
    }
}
