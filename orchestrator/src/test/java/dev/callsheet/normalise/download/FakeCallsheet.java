package dev.callsheet.normalise.download;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URLDecoder;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** An HTTP server standing in for Callsheet's webhook endpoint: keeps each request, answers with a set status. */
public final class FakeCallsheet implements AutoCloseable {

    private final HttpServer server;
    private final BlockingQueue<Request> requests = new LinkedBlockingQueue<>();

    private FakeCallsheet(int status) {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            requests.add(new Request(
                    exchange.getRequestMethod(),
                    exchange.getRequestURI().getPath(),
                    exchange.getRequestHeaders().getFirst("Authorization"),
                    exchange.getRequestHeaders().getFirst("Content-Type"),
                    body));
            byte[] answer = (status == 202
                            ? "{\"id\":\"3f0c\"}"
                            : "{\"status\":" + status + ",\"detail\":\"the token is not the one configured\"}")
                    .getBytes(UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        server.start();
    }

    /** Accepts every report with 202, as Callsheet does once it is stored. */
    public static FakeCallsheet accepting() {
        return new FakeCallsheet(202);
    }

    /** Refuses every report with this status. */
    public static FakeCallsheet refusing(int status) {
        return new FakeCallsheet(status);
    }

    /** A URL at which nothing listens: connecting is refused at once. */
    public static String down(String path) throws IOException {
        int port;
        try (var socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        return "http://127.0.0.1:" + port + path;
    }

    /**
     * A socket that takes connections (the kernel completes them) but never reads or answers: a
     * Callsheet that hangs.
     */
    public static ServerSocket silent() throws IOException {
        return new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    }

    public String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    /** The next request that arrived; fails when none did within a few seconds. */
    public Request request() throws InterruptedException {
        Request request = requests.poll(10, TimeUnit.SECONDS);
        if (request == null) {
            throw new AssertionError("no request reached the fake Callsheet");
        }
        return request;
    }

    public boolean receivedNothing() {
        return requests.isEmpty();
    }

    @Override
    public void close() {
        server.stop(0);
    }

    /** One request as it arrived. */
    public record Request(String method, String path, String authorization, String contentType, byte[] body) {

        /** The form fields, decoded independently of the production reader. */
        public Map<String, String> fields() {
            Map<String, String> fields = new LinkedHashMap<>();
            for (String field : new String(body, UTF_8).split("&")) {
                String[] nameAndValue = field.split("=", 2);
                fields.put(
                        URLDecoder.decode(nameAndValue[0], UTF_8),
                        nameAndValue.length == 2 ? URLDecoder.decode(nameAndValue[1], UTF_8) : "");
            }
            return fields;
        }
    }
}
