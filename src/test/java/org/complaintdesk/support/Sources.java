package org.complaintdesk.support;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Client addresses for throttling tests, sent as {@code X-Forwarded-For} (the test profile trusts it from the
 * loopback, as production does from its reverse proxy). Each call gives an address no other test uses.
 */
public final class Sources {

    private static final AtomicInteger NEXT = new AtomicInteger();

    /** A fresh address of the documentation range 198.18.0.0/15. */
    public static String next() {
        int n = NEXT.incrementAndGet();
        return "198." + (18 + n / 65_000 % 2) + "." + (n / 250 % 250) + "." + (n % 250 + 1);
    }

    private Sources() {
    }
}
