package dev.callsheet.adapters.nzbget;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;

/**
 * A news server on loopback that has no articles at all: it greets, then answers 430 to every
 * article request. NZBGet retries a server it cannot connect to for ever, so a refused port never
 * fails a download; a server without the articles fails it at once. Connections wait for {@link
 * #open()} before the greeting, so that a test can see the job in the queue first.
 */
public final class FakeNewsServer implements AutoCloseable {

    private final ServerSocket socket;
    private final CountDownLatch opened = new CountDownLatch(1);

    public FakeNewsServer() {
        try {
            socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Thread.ofVirtual().name("fake-nntp").start(this::accept);
    }

    public int port() {
        return socket.getLocalPort();
    }

    /** From now on connections are greeted and served. */
    public void open() {
        opened.countDown();
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }

    private void accept() {
        while (!socket.isClosed()) {
            try {
                Socket connection = socket.accept();
                Thread.ofVirtual().start(() -> serve(connection));
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void serve(Socket connection) {
        try (connection;
                BufferedReader in = new BufferedReader(
                        new InputStreamReader(connection.getInputStream(), StandardCharsets.US_ASCII))) {
            opened.await();
            OutputStream out = connection.getOutputStream();
            send(out, "200 no articles here");
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String command = line.split(" ", 2)[0].toUpperCase(Locale.ROOT);
                switch (command) {
                    case "QUIT" -> {
                        send(out, "205 bye");
                        return;
                    }
                    case "GROUP" -> send(out, "211 0 0 0 " + line.substring(6).strip());
                    case "ARTICLE", "BODY", "HEAD", "STAT" -> send(out, "430 no such article");
                    default -> send(out, "500 unknown command");
                }
            }
        } catch (IOException gone) {
            // NZBGet hung up, or the test is over.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void send(OutputStream out, String line) throws IOException {
        out.write((line + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }
}
