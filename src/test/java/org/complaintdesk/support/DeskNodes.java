package org.complaintdesk.support;

import java.util.ArrayList;
import java.util.List;
import org.complaintdesk.ComplaintDeskApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

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

    /** Starts a desk with the test and demo profiles on {@code database}; {@code arguments} add or override settings. */
    public static ConfigurableApplicationContext start(FreshDatabase database, String... arguments) {
        List<String> all = new ArrayList<>(List.of(database.springArguments()));
        all.addAll(List.of("--server.port=0", "--camunda.bpm.generate-unique-process-engine-name=true",
                "--spring.main.banner-mode=off", WITHOUT_WEBAPPS));
        all.addAll(List.of(arguments));
        return new SpringApplicationBuilder(ComplaintDeskApplication.class).profiles("test", "demo")
                .run(all.toArray(String[]::new));
    }

    private DeskNodes() {
    }
}
