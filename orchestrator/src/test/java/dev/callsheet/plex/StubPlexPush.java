package dev.callsheet.plex;

import static dev.callsheet.plex.StubPlex.body;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpResponseStatus;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.netty.DisposableServer;
import reactor.netty.http.client.HttpClient;
import reactor.netty.http.server.HttpServer;
import reactor.netty.http.server.HttpServerRequest;
import reactor.netty.http.server.HttpServerResponse;

/**
 * The front of a stub Plex: its push channel, the websocket {@code /:/websockets/notifications}, opened
 * only for the right {@code X-Plex-Token} header (401 otherwise), and every other call passed on to
 * the {@link StubPlex} behind it. The confirmers are given this one URL, as they would be a real
 * server's, so the production client opens the channel. The test scripts the channel: the frames
 * Plex sends ({@code plex/push-*.json}, one frame each), when it drops the channel and when it
 * refuses to open it.
 */
final class StubPlexPush implements AutoCloseable {

    private static final String PATH = "/:/websockets/notifications";

    private final String token;
    private final String behind;
    private final HttpClient http = HttpClient.create();
    private final Set<Sinks.Many<String>> open = ConcurrentHashMap.newKeySet();
    private final AtomicInteger refused = new AtomicInteger();
    private final DisposableServer server;
    private volatile boolean refusing;

    /** In front of the stub Plex at {@code behind}, accepting {@code token}. */
    StubPlexPush(String token, String behind) {
        this.token = token;
        this.behind = behind;
        this.server = HttpServer.create()
                .host("127.0.0.1")
                .port(0)
                .handle((request, response) ->
                        request.fullPath().equals(PATH) ? channel(request, response) : passOn(request, response))
                .bindNow();
    }

    String url() {
        return "http://127.0.0.1:" + server.port();
    }

    /** Sends each frame, the test resource {@code plex/<name>}, on every open channel, in order. */
    void sends(String... frames) {
        // The client may hear the channel open a moment before this side has it.
        await().atMost(Duration.ofSeconds(10)).until(() -> !open.isEmpty());
        for (String frame : frames) {
            String text = body(frame).strip();
            open.forEach(channel -> assertThat(channel.tryEmitNext(text)).isEqualTo(Sinks.EmitResult.OK));
        }
    }

    /** Plex closes every open channel; whether it takes the next upgrade is {@link #refuses}'s say. */
    void drops() {
        open.forEach(Sinks.Many::tryEmitComplete);
    }

    /** Plex answers every upgrade 503 until it {@link #accepts} again. */
    void refuses() {
        refusing = true;
    }

    void accepts() {
        refusing = false;
    }

    /** How many upgrades were answered 503. */
    int refused() {
        return refused.get();
    }

    private Publisher<Void> channel(HttpServerRequest request, HttpServerResponse response) {
        if (!token.equals(request.requestHeaders().get("X-Plex-Token"))) {
            return response.status(HttpResponseStatus.UNAUTHORIZED).send();
        }
        if (refusing) {
            refused.incrementAndGet();
            return response.status(HttpResponseStatus.SERVICE_UNAVAILABLE).send();
        }
        return response.sendWebsocket((in, out) -> {
            Sinks.Many<String> frames = Sinks.many().unicast().onBackpressureBuffer();
            open.add(frames);
            // Completing the frames closes the channel from Plex's side; the client closing it ends it too.
            return Mono.firstWithSignal(
                            out.sendString(frames.asFlux()).then(), in.receive().then())
                    .doFinally(signal -> open.remove(frames));
        });
    }

    private Publisher<Void> passOn(HttpServerRequest request, HttpServerResponse response) {
        return http.headers(headers -> headers.add(request.requestHeaders())
                        .remove(HttpHeaderNames.HOST)
                        // The body goes back as it came, without its headers: it must come uncompressed.
                        .remove(HttpHeaderNames.ACCEPT_ENCODING))
                .request(request.method())
                .uri(behind + request.uri())
                .responseSingle((answer, body) -> body.asByteArray()
                        .defaultIfEmpty(new byte[0])
                        .flatMap(bytes -> {
                            String type = answer.responseHeaders().get(HttpHeaderNames.CONTENT_TYPE);
                            if (type != null) {
                                response.header(HttpHeaderNames.CONTENT_TYPE, type);
                            }
                            return response.status(answer.status())
                                    .sendByteArray(Mono.just(bytes))
                                    .then();
                        }));
    }

    @Override
    public void close() {
        server.disposeNow();
    }
}
