package org.complaintdesk.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** SMTP timeouts far below the outbox's claim time, in the shipped configuration and as a start-up check. */
class SmtpTimeoutsTest {

    @Test
    void shippedConfiguration_endsEverySendWellWithinTheClaim() throws Exception {
        StandardEnvironment environment = new StandardEnvironment();
        new YamlPropertySourceLoader().load("application.yaml", new ClassPathResource("application.yaml"))
                .forEach(environment.getPropertySources()::addLast);
        Binder binder = new Binder(ConfigurationPropertySources.from(environment.getPropertySources()));
        Map<String, String> mail = binder.bind("spring.mail.properties", Bindable.mapOf(String.class, String.class)).get();
        Duration claimFor = binder.bind("complaint-desk.outbox.claim-for", Duration.class).get();

        SmtpTimeouts timeouts = SmtpTimeouts.of(sender(mail));

        assertThat(timeouts.connect()).isEqualTo(Duration.ofSeconds(10));
        assertThat(timeouts.read()).isEqualTo(Duration.ofSeconds(20));
        assertThat(timeouts.write()).isEqualTo(Duration.ofSeconds(20));
        assertThat(claimFor).isEqualTo(Duration.ofMinutes(5));
        assertThat(timeouts.longestSend()).isLessThan(claimFor);
        timeouts.requireWithin(claimFor);
    }

    @Test
    void missingTimeout_isRefused() {
        JavaMailSenderImpl sender = sender(Map.of("mail.smtp.connectiontimeout", "10000",
                "mail.smtp.writetimeout", "20000"));

        assertThatThrownBy(() -> SmtpTimeouts.of(sender)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("spring.mail.properties[mail.smtp.timeout] is not set");
    }

    @Test
    void zeroTimeout_whichWaitsForever_isRefused() {
        JavaMailSenderImpl sender = sender(Map.of("mail.smtp.connectiontimeout", "10000", "mail.smtp.timeout", "0",
                "mail.smtp.writetimeout", "20000"));

        assertThatThrownBy(() -> SmtpTimeouts.of(sender)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("must be positive");
    }

    @Test
    void readTimeoutThatCouldOutlastTheClaim_isRefused() {
        SmtpTimeouts timeouts = SmtpTimeouts.of(sender(Map.of("mail.smtp.connectiontimeout", "10000",
                "mail.smtp.timeout", "30000", "mail.smtp.writetimeout", "30000")));

        assertThatThrownBy(() -> timeouts.requireWithin(Duration.ofMinutes(5))).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("claim-for=PT5M");
        timeouts.requireWithin(Duration.ofMinutes(10));
    }

    @Test
    void smtpsProtocol_needsItsOwnTimeouts() {
        JavaMailSenderImpl sender = sender(Map.of("mail.smtp.connectiontimeout", "10000", "mail.smtp.timeout", "20000",
                "mail.smtp.writetimeout", "20000"));
        sender.setProtocol("smtps");

        assertThatThrownBy(() -> SmtpTimeouts.of(sender)).hasMessageContaining("mail.smtps.connectiontimeout");
    }

    private static JavaMailSenderImpl sender(Map<String, String> properties) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        Properties javaMail = new Properties();
        javaMail.putAll(properties);
        sender.setJavaMailProperties(javaMail);
        return sender;
    }
}
