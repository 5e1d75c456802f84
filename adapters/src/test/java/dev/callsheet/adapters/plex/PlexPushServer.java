package dev.callsheet.adapters.plex;

import static dev.callsheet.adapters.ClientFixtures.API_KEY;

import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.BiFunction;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;
import reactor.netty.http.server.WebsocketServerSpec;
import reactor.netty.http.websocket.WebsocketInbound;
import reactor.netty.http.websocket.WebsocketOutbound;

/**
 * A Plex push channel for tests: answers the websocket upgrade on {@link PlexNotifications#PATH} when
 * the {@code X-Plex-Token} header carries {@link dev.callsheet.adapters.ClientFixtures#API_KEY} (401
 * otherwise), and plays one scripted session per connection, in order; the last one is replayed.
 */
final class PlexPushServer implements AutoCloseable {

    /** What the server did with one upgrade request. */
    record Upgrade(String uri, String token) {}

    /** One connection's script; a {@code refusal} other than 0 is the status answering the upgrade instead. */
    record Session(
            int refusal,
            boolean answersPings,
            BiFunction<WebsocketInbound, WebsocketOutbound, Publisher<Void>> script) {

        /** Answers the upgrade with HTTP {@code status} instead of opening the channel. */
        static Session refusing(int status) {
            return new Session(status, true, (in, out) -> Mono.empty());
        }

        /** Sends {@code frames}, one per text frame, then keeps the channel open until the client closes it. */
        static Session sending(List<String> frames) {
            return new Session(0, true, (in, out) -> out.sendString(Flux.fromIterable(frames))
                    .then()
                    .then(in.receive().then()));
        }

        /** Sends {@code frames}, then closes the channel. */
        static Session sendingThenClosing(List<String> frames) {
            return new Session(0, true, (in, out) -> out.sendString(Flux.fromIterable(frames))
                    .then());
        }

        /** Sends {@code frames}, then says nothing more, not even a pong. */
        static Session sendingThenSilent(List<String> frames) {
            return new Session(0, false, (in, out) -> out.sendString(Flux.fromIterable(frames))
                    .then()
                    .then(Mono.never()));
        }
    }

    private final Queue<Session> sessions = new ConcurrentLinkedQueue<>();
    private final Queue<Upgrade> upgrades = new ConcurrentLinkedQueue<>();
    private final DisposableServer server;

    PlexPushServer(Session... sessions) {
        this.sessions.addAll(List.of(sessions));
        this.server = HttpServer.create()
                .host("127.0.0.1")
                .port(0)
                .handle((request, response) -> {
                    String token = request.requestHeaders().get("X-Plex-Token");
                    upgrades.add(new Upgrade(request.uri(), token));
                    if (!request.fullPath().equals(PlexNotifications.PATH)) {
                        return response.status(404).send();
                    }
                    if (!API_KEY.equals(token)) {
                        return response.status(401).sendString(Mono.just("<html>Unauthorized</html>"));
                    }
                    Session session = this.sessions.size() > 1 ? this.sessions.poll() : this.sessions.peek();
                    if (session.refusal() != 0) {
                        return response.status(session.refusal()).send();
                    }
                    return response.sendWebsocket(
                            session.script()::apply,
                            WebsocketServerSpec.builder()
                                    .handlePing(!session.answersPings())
                                    .build());
                })
                .bindNow();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.port();
    }

    List<Upgrade> upgrades() {
        return List.copyOf(upgrades);
    }

    @Override
    public void close() {
        server.disposeNow();
    }
}
