package org.complaintdesk.system;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Failures per key (an address, a complaint number) with exponential back-off: after
 * {@code freeFailures} failures the key waits {@code firstDelay}, doubling with each further failure up to
 * {@code maxDelay}. Keys with no failure for {@code forgetAfter} start afresh. At most {@code maxTracked}
 * keys are kept; when full, the least recently used is forgotten, so an attacker with very many addresses
 * costs bounded memory and at worst frees their own other addresses early, never blocks anyone else.
 */
final class FailureBackoff {

    private final ThrottleProperties.Limit limit;
    private final Duration forgetAfter;
    private final Clock clock;
    private final Map<String, Entry> entries;

    private static final class Entry {
        private int failures;
        private Instant lastFailure;
        private Instant blockedUntil;
    }

    FailureBackoff(ThrottleProperties.Limit limit, Duration forgetAfter, int maxTracked, Clock clock) {
        this.limit = limit;
        this.forgetAfter = forgetAfter;
        this.clock = clock;
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
                return size() > maxTracked;
            }
        };
    }

    /** How long the key must still wait before it is heard again; zero when it may try now. */
    synchronized Duration waitFor(String key) {
        Entry entry = current(key, clock.instant());
        return entry == null ? Duration.ZERO : remaining(entry, clock.instant());
    }

    /** Records a failure of the key; returns how long it must now wait (zero within its free failures). */
    synchronized Duration failed(String key) {
        Instant now = clock.instant();
        Entry entry = current(key, now);
        if (entry == null) {
            entry = new Entry();
            entries.put(key, entry);
        }
        entry.failures++;
        entry.lastFailure = now;
        int beyond = entry.failures - limit.freeFailures();
        if (beyond >= 0) {
            entry.blockedUntil = now.plus(delay(beyond));
        }
        return remaining(entry, now);
    }

    synchronized int size() {
        return entries.size();
    }

    private Entry current(String key, Instant now) {
        Entry entry = entries.get(key);
        if (entry != null && now.isAfter(entry.lastFailure.plus(forgetAfter))
                && (entry.blockedUntil == null || now.isAfter(entry.blockedUntil))) {
            entries.remove(key);
            return null;
        }
        return entry;
    }

    private Duration delay(int beyond) {
        Duration delay = limit.firstDelay();
        for (int i = 0; i < beyond && delay.compareTo(limit.maxDelay()) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(limit.maxDelay()) > 0 ? limit.maxDelay() : delay;
    }

    private static Duration remaining(Entry entry, Instant now) {
        return entry.blockedUntil == null || !entry.blockedUntil.isAfter(now)
                ? Duration.ZERO : Duration.between(now, entry.blockedUntil);
    }
}
