package org.complaintdesk.support;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.complaintdesk.complaint.Category;

/**
 * Steady intake for reliability tests: client threads filing distinct complaints one after the other as the
 * channel gateway, spread over one or more desks, keeping what each request was told. A request that got no answer
 * (the desk was killed, the connection broke) or {@code 503} (try again later) is kept with its body, as a real
 * channel would keep it, to be sent again with the same message id.
 */
public final class IntakeLoad implements AutoCloseable {

    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);
    private static final Category[] CATEGORIES = {Category.PRODUCT_QUALITY, Category.DELIVERY_DELAY,
            Category.PARCEL_LOST_OR_DAMAGED, Category.REFUND_RETURN, Category.NOT_AS_DESCRIBED};

    private final String prefix;
    private final List<DeskClient> desks;
    private final ExecutorService clients;
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final AtomicLong sequence = new AtomicLong();
    private final Map<String, String> accepted = new ConcurrentHashMap<>();
    private final Map<String, String> unanswered = new ConcurrentHashMap<>();
    private final ConcurrentLinkedQueue<String> refused = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<DeskClient.Response> unavailable = new ConcurrentLinkedQueue<>();
    private final AtomicLong withoutAnswer = new AtomicLong();
    /** Each request holds it shared; {@link #hold()} takes it alone, so nothing is in flight while held. */
    private final ReentrantReadWriteLock inFlight = new ReentrantReadWriteLock();

    private final Duration pause;

    private IntakeLoad(String prefix, int clients, List<DeskClient> desks, Duration pause) {
        this.prefix = prefix;
        this.pause = pause;
        this.desks = List.copyOf(desks);
        this.clients = Executors.newFixedThreadPool(Math.max(clients, 1)); // none: a load of nothing
        for (int c = 0; c < clients; c++) {
            this.clients.submit(this::fileUntilStopped);
        }
    }

    /** Starts {@code clients} threads, each sending its complaints to the desks in turn. */
    public static IntakeLoad start(String prefix, int clients, List<DeskClient> desks) {
        return new IntakeLoad(prefix, clients, desks, Duration.ZERO);
    }

    /** Like {@link #start}, each client waiting {@code pause} after each answer: a steady load, not the most it takes. */
    public static IntakeLoad paced(String prefix, int clients, List<DeskClient> desks, Duration pause) {
        return new IntakeLoad(prefix, clients, desks, pause);
    }

    /** Message id → complaint number, for every request answered 201 or 200. */
    public Map<String, String> accepted() {
        return Map.copyOf(accepted);
    }

    /** Message id → request body, for every request that got no answer or 503 (and was not sent again successfully). */
    public Map<String, String> unanswered() {
        return Map.copyOf(unanswered);
    }

    /** Every answer other than 200, 201 and 503, as status and body. */
    public List<String> refused() {
        return List.copyOf(refused);
    }

    /** How many requests got no answer at all (connection refused or broken, or no answer within 30 s). */
    public long withoutAnswer() {
        return withoutAnswer.get();
    }

    /** Every 503 answer. */
    public List<DeskClient.Response> unavailable() {
        return List.copyOf(unavailable);
    }

    /** Waits until at least {@code count} complaints were accepted, or the time is up. */
    public boolean awaitAccepted(int count, Duration within) {
        long deadline = System.nanoTime() + within.toNanos();
        while (accepted.size() < count && System.nanoTime() < deadline) {
            DeskJvm.pause(Duration.ofMillis(100));
        }
        return accepted.size() >= count;
    }

    /** Lets the requests in flight end and holds back new ones until {@link #resume()}: the database at rest. */
    public void hold() {
        inFlight.writeLock().lock();
    }

    public void resume() {
        inFlight.writeLock().unlock();
    }

    /** Stops the clients and waits for the requests in flight to end. */
    public void stop() {
        running.set(false);
        clients.shutdown();
        try {
            if (!clients.awaitTermination(REQUEST_TIMEOUT.toSeconds() + 10, TimeUnit.SECONDS)) {
                throw new IllegalStateException("intake clients did not stop");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Sends every unanswered request again, unchanged, to {@code desk}, as a channel does after an outage. */
    public void resendUnanswered(DeskClient desk) {
        for (Map.Entry<String, String> request : new ArrayList<>(unanswered.entrySet())) {
            if (send(desk, request.getKey(), request.getValue())) {
                unanswered.remove(request.getKey());
            }
        }
    }

    @Override
    public void close() {
        if (running.get()) {
            stop();
        }
    }

    private void fileUntilStopped() {
        while (running.get()) {
            long n = sequence.incrementAndGet();
            String externalId = prefix + "-" + n;
            String body = Requests.complaint(externalId, CATEGORIES[(int) (n % CATEGORIES.length)].name(),
                    "Reliability load, complaint " + n + ": the kettle stopped heating after two days.")
                    .replace("C-1001", "C-" + prefix + "-" + n);
            boolean answered;
            inFlight.readLock().lock();
            try {
                answered = send(desks.get((int) (n % desks.size())), externalId, body);
            } finally {
                inFlight.readLock().unlock();
            }
            if (!answered) {
                unanswered.put(externalId, body);
                DeskJvm.pause(Duration.ofMillis(200)); // the desk or its database is gone: do not spin
            } else if (!pause.isZero()) {
                DeskJvm.pause(pause);
            }
        }
    }

    /** Whether the desk took the request (200/201) or refused it for good; 503 is to be sent again, like no answer. */
    private boolean send(DeskClient desk, String externalId, String body) {
        HttpRequest request = desk.request("/api/complaints", "gateway").timeout(REQUEST_TIMEOUT)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build();
        DeskClient.Response response;
        try {
            response = desk.send(request);
        } catch (RuntimeException e) {
            if (e.getCause() instanceof IOException) {
                withoutAnswer.incrementAndGet();
                return false;
            }
            throw e;
        }
        if (response.status() == 201 || response.status() == 200) {
            accepted.put(externalId, response.json().get("complaintNo").asText());
        } else if (response.status() == 503) {
            unavailable.add(response);
            return false;
        } else {
            refused.add(externalId + ": " + response.status() + " " + response.body());
        }
        return true;
    }
}
