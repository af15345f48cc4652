package org.complaintdesk.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * Base of tests whose desks run in JVMs of their own ({@link DeskJvm}): each test gets an empty database, a mail
 * server on the loopback for the desks' outbox, and a view of the database from outside the desks. Subclasses are
 * {@link OnPostgreSql}: an in-memory H2 database lives inside one JVM and cannot be shared with another.
 */
public abstract class SeparateDeskTest {

    protected final GreenMail mailServer = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
    protected FreshDatabase database;
    protected DeskDatabase records;

    @BeforeEach
    void startMailServerAndDatabase() {
        mailServer.start();
        database = FreshDatabase.create(getClass().getSimpleName().toLowerCase());
        records = new DeskDatabase(database);
    }

    @AfterEach
    void dropDatabaseAndStopMailServer() {
        database.close();
        mailServer.stop();
    }

    /** Settings for every desk of the test: its outbox sends to this test's mail server. */
    protected String[] deskSettings() {
        return DeskJvm.sendingMailTo(mailServer.getSmtp().getPort());
    }
}
