package org.complaintdesk.support;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A server on 127.0.0.1 that accepts every connection and never says a word: a mail server that hangs.
 * Closing it closes the connections it holds, so clients waiting on them fail at once.
 */
public final class HangingServer implements AutoCloseable {

    private final ServerSocket listening;
    private final List<Socket> held = new CopyOnWriteArrayList<>();

    private HangingServer(ServerSocket listening) {
        this.listening = listening;
    }

    public static HangingServer start() throws IOException {
        HangingServer server = new HangingServer(new ServerSocket(0, 50, InetAddress.getLoopbackAddress()));
        Thread acceptor = new Thread(server::acceptForever, "hanging-server-" + server.port());
        acceptor.setDaemon(true);
        acceptor.start();
        return server;
    }

    public int port() {
        return listening.getLocalPort();
    }

    /** How many connections it accepted so far. */
    public int connections() {
        return held.size();
    }

    private void acceptForever() {
        while (!listening.isClosed()) {
            try {
                held.add(listening.accept());
            } catch (IOException e) {
                return; // closed
            }
        }
    }

    @Override
    public void close() throws IOException {
        listening.close();
        for (Socket socket : held) {
            socket.close();
        }
    }
}
