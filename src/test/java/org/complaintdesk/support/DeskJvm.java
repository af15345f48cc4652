package org.complaintdesk.support;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.complaintdesk.ComplaintDeskApplication;

/**
 * A whole desk in a JVM of its own, started by a test as a process that can be killed the hard way (SIGKILL): for
 * tests about crashes and about several nodes, which a desk in the test's own JVM (see {@link DeskNodes}) cannot show.
 * It runs from the test's class path with the test and demo profiles, its job executor and pollers on, on a database
 * of the test's choosing; its output goes to {@code target/desk-jvm/<name>.log}.
 */
public final class DeskJvm implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(180);

    private final String name;
    private final Process process;
    private final int port;
    private final Path log;

    private DeskJvm(String name, Process process, int port, Path log) {
        this.name = name;
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /**
     * Starts a desk and waits until it is ready to take requests.
     *
     * @param arguments settings added to (or overriding) the ones every desk JVM gets, as {@code --name=value}
     */
    public static DeskJvm start(String name, FreshDatabase database, String... arguments) {
        int port = freePort();
        Path log = Path.of("target", "desk-jvm", name + ".log");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                // a small heap and the quick compiler: these desks live for seconds and must start fast on 2 cores
                "-Xmx384m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-cp", classPath(), ComplaintDeskApplication.class.getName(),
                "--spring.profiles.active=test,demo",
                "--server.port=" + port,
                "--spring.main.banner-mode=off",
                "--camunda.bpm.webapp.enabled=false",
                "--camunda.bpm.job-execution.enabled=true",
                "--complaint-desk.scheduling.enabled=true",
                // the jobs a killed node had locked come back after this (5 minutes by default): tests cannot wait that long
                "--camunda.bpm.job-execution.lock-time-in-millis=10000",
                "--logging.level.org.camunda.bpm.engine.jobexecutor=info"));
        command.addAll(List.of(database.springArguments()));
        command.addAll(List.of(arguments));
        try {
            Files.createDirectories(log.getParent());
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.to(log.toFile()));
            // the desk reads DB_URL and friends as defaults: it must take the database named on its command line only
            builder.environment().keySet().removeIf(key -> key.startsWith("DB_"));
            Process process = builder.start();
            // a test JVM that ends without closing its desks (a failure, a timeout) must not leave them running
            Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly));
            DeskJvm desk = new DeskJvm(name, process, port, log);
            desk.awaitReady();
            return desk;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Settings that make a desk send its outbox to a mail server on the loopback at {@code smtpPort}, polling
     * often, with a claim short enough that a killed node's message is sent again within seconds, and SMTP timeouts
     * short enough for that claim (the desk checks this at start).
     */
    public static String[] sendingMailTo(int smtpPort) {
        return new String[] {"--spring.mail.host=127.0.0.1", "--spring.mail.port=" + smtpPort,
                "--spring.mail.properties[mail.smtp.connectiontimeout]=1000",
                "--spring.mail.properties[mail.smtp.timeout]=1000",
                "--spring.mail.properties[mail.smtp.writetimeout]=1000",
                "--complaint-desk.outbox.poll-interval=PT0.5S", "--complaint-desk.outbox.claim-for=PT20S"};
    }

    public int port() {
        return port;
    }

    public DeskClient client() {
        return new DeskClient(port);
    }

    /** Kills the desk with SIGKILL: no shutdown hook, no graceful shutdown, no last commit. */
    public void kill() {
        process.destroyForcibly(); // SIGKILL on Linux
        awaitExit();
    }

    /** How many lines of the desk's log contain {@code text}. */
    public long logLines(String text) {
        try (var lines = Files.lines(log, StandardCharsets.UTF_8)) {
            return lines.filter(line -> line.contains(text)).count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The last lines the desk wrote, for a failure message. */
    public String logTail() {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return name + " (" + log + "):\n" + String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
        } catch (IOException e) {
            return name + ": no log (" + e.getMessage() + ")";
        }
    }

    /** Stops the desk gracefully (SIGTERM), or kills it when it does not stop in time. */
    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroy();
            try {
                if (!process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
                    kill();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                kill();
            }
        }
    }

    private void awaitReady() {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest readiness = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health/readiness"))
                .timeout(Duration.ofSeconds(5)).GET().build();
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The desk did not start: " + logTail());
            }
            try {
                if (http.send(readiness, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            pause(Duration.ofMillis(500));
        }
        kill();
        throw new IllegalStateException("The desk was not ready within " + START_TIMEOUT + ": " + logTail());
    }

    private void awaitExit() {
        try {
            if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                throw new IllegalStateException(name + " did not end after SIGKILL");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * The test's class path: Surefire hands the forked JVM a one-jar manifest class path and names the real one. Its
     * list ends with a separator, an empty entry that Java reads as the working directory: the project, whose
     * {@code processes/} folder would then be deployed a second time.
     */
    private static String classPath() {
        String classPath = System.getProperty("surefire.test.class.path");
        if (classPath == null || classPath.isBlank()) {
            classPath = System.getProperty("java.class.path");
        }
        return Arrays.stream(classPath.split(File.pathSeparator)).filter(entry -> !entry.isBlank())
                .collect(Collectors.joining(File.pathSeparator));
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
