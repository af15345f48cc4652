package org.complaintdesk.system;

import java.time.Duration;
import org.springframework.boot.SpringApplicationRunListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;

/**
 * Releases the {@link StartupLock} once start-up has ended. Spring Boot calls {@code ready} after every
 * {@code ApplicationReadyEvent} listener has returned (they run synchronously inside the run listener that
 * publishes the event, which comes first), whatever their {@code @Order}: so a set-up listener added later is
 * covered without doing anything. {@code failed} releases the lock when start-up fails; closing the context does
 * too. Registered in {@code META-INF/spring.factories}.
 */
class StartupLockRelease implements SpringApplicationRunListener, Ordered {

    @Override
    public void ready(ConfigurableApplicationContext context, Duration timeTaken) {
        release(context);
    }

    @Override
    public void failed(ConfigurableApplicationContext context, Throwable exception) {
        release(context);
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    private static void release(ConfigurableApplicationContext context) {
        if (context == null || !context.isActive()) {
            return; // a context that failed to refresh is closed, and closing released the lock
        }
        // only a lock this start-up took: never create the bean (and take the lock) here
        if (context.getBeanFactory().getSingleton(StartupLock.BEAN_NAME) instanceof StartupLock lock) {
            lock.release();
        }
    }
}
