package org.complaintdesk.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The desk with its mail channels configured (SMTP out, IMAP in) against a GreenMail server on
 * {@link #SMTP_PORT} and {@link #IMAP_PORT}, which the tests start. A second cached context;
 * mail tests call the pollers directly.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "camunda.bpm.generate-unique-process-engine-name=true",
        "spring.mail.host=127.0.0.1",
        "spring.mail.port=${test.smtp-port:39025}",
        "spring.mail.properties.mail.smtp.connectiontimeout=2000",
        "spring.mail.properties.mail.smtp.timeout=2000",
        "complaint-desk.outbox.batch-size=1000",
        "complaint-desk.outbox.max-attempts=3",
        "complaint-desk.email.imap.host=127.0.0.1",
        "complaint-desk.email.imap.port=${test.imap-port:39143}",
        "complaint-desk.email.imap.protocol=imap",
        "complaint-desk.email.imap.username=" + MailDeskTest.MAILBOX,
        "complaint-desk.email.imap.password=" + MailDeskTest.MAILBOX_PASSWORD})
@ActiveProfiles({"test", "demo"})
public @interface MailDeskTest {

    /** Free ports Maven reserves for each build (build-helper), so that builds side by side do not collide. */
    int SMTP_PORT = Integer.getInteger("test.smtp-port", 39025);
    int IMAP_PORT = Integer.getInteger("test.imap-port", 39143);
    String MAILBOX = "complaints@desk.local";
    String MAILBOX_PASSWORD = "secret";
}
