package org.complaintdesk.support;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import org.complaintdesk.ComplaintDeskApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.boot.context.logging.LoggingApplicationListener;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;

/**
 * Whole desk instances ("nodes") started by a test itself, each with its own web port and engine name, on a
 * database of the test's choosing. Expensive (a full start-up each): for tests about several nodes only.
 */
public final class DeskNodes {

    /**
     * Camunda's webapps keep their runtime in static fields of the JVM, which closing a context empties: the webapps
     * of the cached test contexts would stop working. Extra desks run without them (our API, engine REST and
     * Spring Security's rules stay).
     */
    public static final String WITHOUT_WEBAPPS = "--camunda.bpm.webapp.enabled=false";

    /**
     * Desks in one JVM share one Logback context, which Spring Boot resets and configures at each start; two desks
     * starting at the same moment raced in that reset and one failed to start. Only that step takes turns: the
     * rest of the start-up (the database set-up the tests are about) still runs concurrently.
     */
    private static final ReentrantLock LOGGING_SET_UP = new ReentrantLock();

    /** Starts a desk with the test and demo profiles on {@code database}; {@code arguments} add or override settings. */
    public static ConfigurableApplicationContext start(FreshDatabase database, String... arguments) {
        List<String> all = new ArrayList<>(List.of(database.springArguments()));
        all.addAll(List.of("--server.port=0", "--camunda.bpm.generate-unique-process-engine-name=true",
                "--spring.main.banner-mode=off", WITHOUT_WEBAPPS));
        all.addAll(List.of(arguments));
        return new SpringApplicationBuilder(ComplaintDeskApplication.class).profiles("test", "demo")
                .listeners(new LoggingTurn(LoggingApplicationListener.DEFAULT_ORDER - 1, true),
                        new LoggingTurn(LoggingApplicationListener.DEFAULT_ORDER + 1, false))
                .run(all.toArray(String[]::new));
    }

    /** Takes the logging set-up's turn just before Spring Boot's logging listener, and gives it back just after. */
    private record LoggingTurn(int order, boolean take) implements ApplicationListener<ApplicationEvent>, Ordered {

        @Override
        public void onApplicationEvent(ApplicationEvent event) {
            if (event instanceof ApplicationEnvironmentPreparedEvent) {
                if (take) {
                    LOGGING_SET_UP.lock();
                } else {
                    giveBack();
                }
            } else if (event instanceof ApplicationFailedEvent) {
                giveBack(); // the logging set-up itself failed: the listener after it never ran
            }
        }

        private static void giveBack() {
            if (LOGGING_SET_UP.isHeldByCurrentThread()) {
                LOGGING_SET_UP.unlock();
            }
        }

        @Override
        public int getOrder() {
            return order;
        }
    }

    private DeskNodes() {
    }
}
